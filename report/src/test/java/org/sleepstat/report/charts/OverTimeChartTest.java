package org.sleepstat.report.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.sleepstat.analysis.RepeatedResult;
import org.sleepstat.core.survey.RepeatedMeasures;
import org.sleepstat.report.OverTimeReports;
import org.sleepstat.report.Report;
import org.sleepstat.report.Reports;

class OverTimeChartTest {
  private static final Report WAVES = OverTimeReports.waves();

  @Test
  void oneChartPerRepeatedOutcomeNamedOverTime() {
    List<String> names = ReportCharts.of(WAVES).stream().map(ReportChart::name)
        .filter(n -> n.startsWith("over-time-")).toList();
    assertThat(names).containsExactlyElementsOf(WAVES.analysis().repeated().stream()
        .map(r -> "over-time-" + r.outcome()).toList());
    assertThat(ReportCharts.overTime(WAVES)).hasSize(names.size()).isNotEmpty();
  }

  @Test
  void twoWavesGiveNoOverTimeChart() {
    assertThat(ReportCharts.of(Reports.sample())).extracting(ReportChart::name)
        .noneMatch(n -> n.startsWith("over-time-"));
  }

  @Test
  void modelMeansAndIntervalsAreTheAnalysisNumbersAtTheWeeks() {
    RepeatedResult r = WAVES.analysis().repeated().get(0);
    XYChart chart = (XYChart) ReportCharts.overTime(WAVES).get(0).chart();
    double[] weeks = {0, 2, 4, 12};
    assertThat(OverTimeChart.positions(r.waves())).containsExactly(weeks);
    List<String> levels = r.groups();
    assertThat(levels).containsExactly("no", "yes");
    for (int g = 0; g < levels.size(); g++) {
      String label = g == 0 ? "No" : "Yes";
      OverTimeChart.Group group = new OverTimeChart.Group(java.util.Optional.of(levels.get(g)),
          label, Palette.TREATED);
      XYSeries means = chart.getSeriesMap().get(OverTimeChart.modelSeries(group));
      double shift = OverTimeChart.offset(g, 2, 12);
      assertThat(shift).isNotZero();
      int k = 0;
      for (RepeatedResult.Cell c : r.means()) {
        if (!c.group().orElseThrow().equals(levels.get(g))) {
          continue;
        }
        assertThat(means.getXData()[k]).isCloseTo(weeks[k] + shift, within(1e-12));
        assertThat(means.getYData()[k]).isEqualTo(c.model().estimate().getAsDouble());
        XYSeries ci = chart.getSeriesMap().get(OverTimeChart.intervalSeries(group, c.wave()));
        assertThat(ci.getYData()).containsExactly(c.model().ciLow().getAsDouble(),
            c.model().ciHigh().getAsDouble());
        assertThat(ci.getXData()).containsExactly(weeks[k] + shift, weeks[k] + shift);
        XYSeries observed = chart.getSeriesMap().get(OverTimeChart.observedSeries(group));
        assertThat(observed.getYData()[k]).isEqualTo(c.mean().getAsDouble());
        assertThat(observed.getXData()[k]).isGreaterThan(means.getXData()[k]);
        k++;
      }
      assertThat(k).isEqualTo(r.waves().size());
    }
  }

  @Test
  void treatedGroupIsDrawnInTheTreatedColourAndTheReferenceInTheUntreated() {
    XYChart chart = (XYChart) ReportCharts.overTime(WAVES).get(0).chart();
    assertThat(chart.getSeriesMap().get("Yes: model mean, 95% CI").getLineColor())
        .isEqualTo(Palette.TREATED);
    assertThat(chart.getSeriesMap().get("No: model mean, 95% CI").getLineColor())
        .isEqualTo(Palette.UNTREATED);
  }

  @Test
  void titleAndAxesSayTheOutcomeNAndWhichDirectionIsBetter() {
    RepeatedResult r = WAVES.analysis().repeated().get(0);
    XYChart chart = (XYChart) ReportCharts.overTime(WAVES).get(0).chart();
    assertThat(chart.getTitle()).startsWith(WAVES.text().title(r.outcome()) + " over time")
        .contains("n = " + r.respondents() + " respondents");
    assertThat(chart.getYAxisTitle()).endsWith("(lower is better)");
    assertThat(chart.getXAxisTitle()).startsWith("Weeks since baseline");
  }

  @Test
  void wavesWithoutWeeksAreEvenlySpaced() {
    List<RepeatedMeasures.Wave> waves = List.of(
        new RepeatedMeasures.Wave("baseline", OptionalDouble.of(0)),
        new RepeatedMeasures.Wave("follow-up", OptionalDouble.empty()),
        new RepeatedMeasures.Wave("later", OptionalDouble.empty()));
    assertThat(OverTimeChart.inWeeks(waves)).isFalse();
    assertThat(OverTimeChart.positions(waves)).containsExactly(1, 2, 3);
  }
}
