package org.sleepstat.report.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sleepstat.analysis.RepeatedResult;
import org.sleepstat.report.OverTimeReports;
import org.sleepstat.report.Report;
import org.sleepstat.report.Reports;

class OverTimeTableTest {
  @Test
  void documentOfTwoWavesHasNoOverTimeTable() {
    assertThat(OverTimeTable.of(Reports.sample(), 6)).isEmpty();
  }

  @Test
  void tableHasARowPerWaveAndGroupWithTheModelMeanAndTheDifferenceOnTheTreatedRow() {
    Report waves = OverTimeReports.waves();
    DocTable t = OverTimeTable.of(waves, 6).orElseThrow();
    int rows = waves.analysis().repeated().stream().mapToInt(r -> r.means().size()).sum();
    assertThat(t.rows()).hasSize(rows);
    assertThat(t.caption()).startsWith("Table 6. Outcomes over time");
    RepeatedResult r = waves.analysis().repeated().get(0);
    RepeatedResult.Cell yes = r.means().get(1);
    assertThat(yes.group()).contains("yes");
    RepeatedResult.Inference d = r.between().get(0).value();
    assertThat(t.rows().get(1).cells()).containsExactly("", r.waves().get(0).label(), "Yes",
        String.valueOf(yes.n()), Cells.meanSd(yes.mean(), yes.sd()),
        Cells.number(yes.model().estimate(), 2) + " ("
            + Cells.interval(yes.model().ciLow(), yes.model().ciHigh(), 2) + ")",
        Cells.number(d.estimate(), 2) + " (" + Cells.interval(d.ciLow(), d.ciHigh(), 2) + ")",
        Cells.p(d.p()));
    assertThat(t.rows().get(0).cells().get(6)).isEmpty();
    assertThat(t.notes()).anyMatch(n -> n.contains("wave:changed_mattress F(3, "));
  }
}
