package org.sleepstat.report.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.sleepstat.analysis.PairedResult;
import org.sleepstat.report.PositionSample;
import org.sleepstat.report.Report;
import org.sleepstat.report.Reports;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.stats.BoxSummary;

/** The chart models of the bundled sample: series, values, titles and axis labels. */
class ReportChartsTest {
  private final Report report = Reports.sample();
  private final List<ReportChart> charts = ReportCharts.of(report);

  private XYChart chart(String name) {
    return (XYChart) charts.stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow().chart();
  }

  private static XYSeries series(XYChart chart, String name) {
    XYSeries s = chart.getSeriesMap().get(name);
    assertThat(s).as("series " + name + " of " + chart.getSeriesMap().keySet()).isNotNull();
    return s;
  }

  @Test
  void everyOutcomeGetsItsChartsInTheOrderOfTheAnalysis() {
    assertThat(charts).extracting(ReportChart::name).containsExactly(
        "before-after-pain_morning", "change-pain_morning",
        "before-after-pain_night", "change-pain_night",
        "before-after-sleep_quality", "change-sleep_quality",
        "responders",
        "forest-pain_morning", "forest-pain_night", "forest-sleep_quality",
        "by-position-pain_morning_pre", "by-position-pain_night_pre",
        "by-position-sleep_quality_pre",
        "mattress-age-pain_morning_pre", "mattress-age-pain_night_pre",
        "mattress-age-sleep_quality_pre", "props-by-position");
  }

  @Test
  void everyChartTitleSaysWhatAndTheN() {
    assertThat(charts).allSatisfy(c -> assertThat(c.title()).containsPattern("\\(n = \\d+"));
    assertThat(charts).allSatisfy(c -> {
      assertThat(c.chart().getXAxisTitle()).isNotBlank();
      assertThat(c.chart().getYAxisTitle()).isNotBlank();
    });
  }

  @Test
  void histogramMarksTheThresholdAndItsRespondersAddUpToTheAnalysis() {
    XYChart c = chart("change-pain_morning");
    PairedResult p = report.analysis().paired().get(0);
    String responders =
        "Responders: change ≤ −2 (" + p.absolute().count() + " of " + p.n() + ")";
    XYSeries green = series(c, responders);
    XYSeries grey = series(c, "Others (" + (p.n() - p.absolute().count()) + ")");
    assertThat(binTotal(green) + binTotal(grey)).isEqualTo(p.n());
    assertThat(binTotal(green)).isEqualTo(p.absolute().count());
    // the responder bins end at the threshold, the others start there
    assertThat(green.getXData()[green.getXData().length - 1]).isEqualTo(-2);
    assertThat(grey.getXData()[0]).isEqualTo(-2);
    assertThat(c.getXAxisTitle()).startsWith("Change, after − before (NRS 0–10, points");
  }

  /** The silhouette's plateaus: (from, count), (to, count) per bin between the two zero ends. */
  private static int binTotal(XYSeries s) {
    double[] y = s.getYData();
    int total = 0;
    for (int i = 1; i + 1 < y.length; i += 2) {
      total += (int) y[i];
    }
    return total;
  }

  @Test
  void boxesAreRsQuartilesAndWhiskersNotXChartsOwn() {
    XYChart c = chart("by-position-pain_morning_pre");
    PositionSample sample = report.byPosition().get(0);
    Map<String, Double> r = Reports.rReference();
    for (PositionSample.Group g : sample.groups()) {
      String k = "box/pain_morning_pre/" + g.position() + "/";
      BoxSummary b = g.box();
      assertThat(series(c, "Box: " + g.position()).getYData()).containsExactly(
          new double[] {r.get(k + "q1"), r.get(k + "q1"), r.get(k + "q3"), r.get(k + "q3")},
          within(1e-9));
      assertThat(series(c, "Median: " + g.position()).getYData()[0])
          .isCloseTo(r.get(k + "median"), within(1e-9));
      assertThat(series(c, "Lower whisker: " + g.position()).getYData()[0])
          .isCloseTo(r.get(k + "lower_whisker"), within(1e-9));
      assertThat(series(c, "Upper whisker: " + g.position()).getYData()[1])
          .isCloseTo(r.get(k + "upper_whisker"), within(1e-9));
      assertThat(b.outliers()).isEqualTo(r.get(k + "beyond").intValue());
      // each value beyond the whiskers is drawn once
      XYSeries beyond = c.getSeriesMap().get("Beyond the whiskers: " + g.position());
      assertThat(beyond == null ? 0 : beyond.getYData().length).isEqualTo((int) Arrays.stream(
          values(g.position(), "pain_morning_pre"))
          .filter(v -> v < b.lowerWhisker() || v > b.upperWhisker()).distinct().count());
    }
    assertThat(CategoryAxis.label(List.of("side (n = 207)", "back (n = 79)"), 1.0))
        .isEqualTo("side (n = 207)");
  }

  /** The values of an outcome in one sleep position, read from the survey. */
  private double[] values(String position, String outcome) {
    LevelColumn positions = report.survey().levels("sleep_position").orElseThrow();
    NumberColumn y = report.survey().numbers(outcome).orElseThrow();
    return IntStream.range(0, report.survey().size())
        .filter(i -> positions.text(i).equals(position) && !y.isMissing(i))
        .mapToDouble(y::get).toArray();
  }

  @Test
  void boxesShowTheLevelLabelsTheMeansAndThePointsWithinTheWhiskers() {
    XYChart c = chart("by-position-pain_morning_pre");
    PositionSample sample = report.byPosition().get(0);
    assertThat(c.getStyler().getxAxisTickLabelsFormattingFunction().apply(1.0))
        .isEqualTo("Side (n = 207)");
    assertThat(c.getXAxisTitle()).startsWith("Usual sleep position (box: quartiles;");
    for (int i = 0; i < sample.groups().size(); i++) {
      PositionSample.Group g = sample.groups().get(i);
      // the diamond's left, top, right and bottom corners: centred on the analysis's mean
      XYSeries mean = series(c, "Mean: " + g.position());
      assertThat(mean.getYData()[0])
          .isEqualTo(sample.result().groups().get(i).mean());
      assertThat(mean.getXData()[1]).isEqualTo(i + 1);
      XYSeries points = series(c, "Respondents: " + g.position());
      double[] inside = Arrays.stream(values(g.position(), "pain_morning_pre"))
          .filter(v -> v >= g.box().lowerWhisker() && v <= g.box().upperWhisker()).toArray();
      // fewer than PositionPoints.MAX_PER_BOX: every value within the whiskers, in file order
      assertThat(points.getYData()).containsExactly(inside);
      for (double x : points.getXData()) {
        assertThat(x).isBetween(i + 1 - PositionBoxChart.HALF_WIDTH,
            i + 1 + PositionBoxChart.HALF_WIDTH);
      }
    }
  }
}
