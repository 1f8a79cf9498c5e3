package org.sleepstat.report.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sleepstat.report.Reports;

class LabelsTest {
  @Test
  void levelsWithoutAPlanLabelAreMadeReadable() {
    var text = Reports.sample().text();
    assertThat(Labels.level(text, "sleep_position", "side")).isEqualTo("Side");
    assertThat(Labels.level(text, "mattress_firmness", "medium_firm")).isEqualTo("Medium firm");
  }
}
