package org.sleepstat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportOptionsTest {
  @Test
  void documentDateFollowsSourceDateEpochOrIsTheZipEpoch() {
    assertThat(ReportOptions.documentDate("1700000000"))
        .isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
    assertThat(ReportOptions.documentDate(null)).isEqualTo(Instant.parse("1980-01-01T00:00:00Z"));
    assertThat(ReportOptions.documentDate("yesterday")).isEqualTo(ReportOptions.NO_DATE);
  }

  @Test
  void theWorkbookIsNamedAfterTheInput() {
    ReportOptions o = new ReportOptions("survey", EnumSet.of(ChartFormat.SVG, ChartFormat.PNG),
        144, ReportOptions.NO_DATE, "1", List.of());
    assertThat(o.workbookName()).isEqualTo("survey-report.xlsx");
    assertThat(o.chartFormats()).containsExactly(ChartFormat.PNG, ChartFormat.SVG);
  }

  @Test
  void anAbsurdResolutionIsRefused() {
    assertThatThrownBy(() -> new ReportOptions("s", EnumSet.of(ChartFormat.PNG), 5,
        ReportOptions.NO_DATE, "1", List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
