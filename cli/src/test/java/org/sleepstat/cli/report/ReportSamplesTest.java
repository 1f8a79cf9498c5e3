package org.sleepstat.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.sleepstat.analysis.PairedResult;

class ReportSamplesTest {
  @Test
  void theChartsDrawTheRespondentsTheAnalysisUsed() {
    Report report = Reports.sample();
    for (PairedSample s : report.paired()) {
      assertThat(s.pre()).hasSize(s.result().n());
      assertThat(s.before().mean().getAsDouble()).isEqualTo(s.result().meanPre().getAsDouble(),
          within(1e-12));
    }
    for (PositionSample s : report.byPosition()) {
      for (int i = 0; i < s.groups().size(); i++) {
        assertThat(s.groups().get(i).box().median())
            .isEqualTo(s.result().groups().get(i).median());
      }
    }
    assertThat(report.mattressAge()).allSatisfy(a ->
        assertThat(a.age()).hasSize(a.result().n()));
  }

  @Test
  void aSampleThatDisagreesWithItsResultIsRefused() {
    PairedResult result = Reports.sample().analysis().paired().get(0);
    assertThatThrownBy(() -> new PairedSample(result, new double[] {1}, new double[] {2}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("analysis used " + result.n());
  }
}
