package org.sleepstat.report.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.sleepstat.analysis.PairedResult;
import org.sleepstat.analysis.UntreatedPairs;
import org.sleepstat.report.Report;
import org.sleepstat.report.Reports;

/** The responder chart: both groups, both rules, the analysis's rates and Wilson intervals. */
class ResponderChartTest {
  private final Report report = Reports.sample();
  private final XYChart chart = (XYChart) ReportCharts.of(report).stream()
      .filter(c -> c.name().equals("responders")).findFirst().orElseThrow().chart();

  private XYSeries series(String name) {
    XYSeries s = chart.getSeriesMap().get(name);
    assertThat(s).as("series " + name + " of " + chart.getSeriesMap().keySet()).isNotNull();
    return s;
  }

  @Test
  void ratesOfBothGroupsAndBothRulesAreTheAnalysis() {
    List<PairedResult> treated = report.analysis().paired();
    List<UntreatedPairs> untreated = report.analysis().untreated();
    double[] yes = series("Yes (n = 149–153)").getYData();
    double[] no = series("No (n = 191–195)").getYData();
    assertThat(yes).hasSize(6);
    assertThat(no).hasSize(6);
    for (int i = 0; i < 3; i++) {
      assertThat(yes[i]).isEqualTo(treated.get(i).absolute().rate().value().getAsDouble());
      assertThat(yes[3 + i]).isEqualTo(treated.get(i).relative().rate().value().getAsDouble());
      assertThat(no[i]).isEqualTo(untreated.get(i).absolute().rate().value().getAsDouble());
      assertThat(no[3 + i]).isEqualTo(untreated.get(i).relative().rate().value().getAsDouble());
      String outcome = treated.get(i).outcome();
      assertThat(series("95% CI: No: " + outcome + ": points").getYData()).containsExactly(
          untreated.get(i).absolute().rate().ciLow().getAsDouble(),
          untreated.get(i).absolute().rate().ciHigh().getAsDouble());
      assertThat(series("95% CI: Yes: " + outcome + ": percent").getYData()).containsExactly(
          treated.get(i).relative().rate().ciLow().getAsDouble(),
          treated.get(i).relative().rate().ciHigh().getAsDouble());
    }
    // the untreated point sits right of the treated one under the same outcome
    assertThat(series("No (n = 191–195)").getXData()[0])
        .isEqualTo(1 + ResponderChart.DODGE);
    assertThat(chart.getTitle()).isEqualTo(
        "Responders by group, with 95% Wilson CIs (n = 149–153 and 191–195 pairs)");
    assertThat(chart.getXAxisTitle())
        .isEqualTo("Outcome; groups: Switched to a new mattress during the study");
  }

  @Test
  void outcomesWithTheirOwnPointsSayThemAndASwitchedOffShareLeavesOnePanel() {
    List<PairedResult> paired = report.analysis().paired();
    List<String> outcomes = paired.stream().map(PairedResult::outcome).toList();
    XYChart c = ResponderChart.build(outcomes,
        List.of(ResponderChart.treated("All respondents", paired)), report.text(),
        List.of(10.0, 2.0, 2.0), null, "single-arm study: every respondent had the change");
    assertThat(c.getStyler().getxAxisTickLabelsFormattingFunction().apply(1.0))
        .isEqualTo("Back pain on waking (10 points)");
    assertThat(c.getSeriesMap().get("All respondents (n = 149–153)").getYData()).hasSize(3);
    assertThat(c.getSeriesMap().keySet()).noneMatch(k -> k.endsWith(": percent"));
    assertThat(c.getTitle()).startsWith("Responders, with 95% Wilson CIs");
  }
}
