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
import org.sleepstat.stats.FittedLine;

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
        "by-position-pain_morning_pre", "by-position-pain_night_pre",
        "by-position-sleep_quality_pre",
        "mattress-age-pain_morning_pre", "mattress-age-pain_night_pre",
        "mattress-age-sleep_quality_pre");
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
  void beforeAfterShowsTheMeansAndTheirTIntervals() {
    XYChart c = chart("before-after-pain_morning");
    assertThat(c.getTitle()).isEqualTo("Back pain on waking before and after a mattress change"
        + " (n = 149 pairs)");
    assertThat(c.getXAxisTitle())
        .isEqualTo("Measured on the same respondents (changed_mattress = yes)");
    assertThat(c.getYAxisTitle()).isEqualTo("Back pain on waking, NRS 0–10: mean and 95% CI");
    PairedResult p = report.analysis().paired().get(0);
    assertThat(series(c, "Mean: " + BeforeAfterChart.BEFORE).getYData()[0])
        .isCloseTo(p.means().pre().getAsDouble(), within(1e-12));
    assertThat(series(c, "Mean: " + BeforeAfterChart.AFTER).getYData()[0])
        .isCloseTo(p.means().post().getAsDouble(), within(1e-12));
    // R 4.2: t.test(pre)$conf.int over the 149 pairs (report-charts-expected.tsv)
    Map<String, Double> r = Reports.rReference();
    assertThat(series(c, "95% CI: " + BeforeAfterChart.BEFORE).getYData()).containsExactly(
        new double[] {r.get("before_after/pain_morning/before/ci_low"),
            r.get("before_after/pain_morning/before/ci_high")}, within(1e-9));
    assertThat(series(c, "95% CI: " + BeforeAfterChart.AFTER).getXData()).containsExactly(2, 2);
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
  void respondersAreDrawnWithTheirWilsonIntervals() {
    XYChart c = chart("responders");
    List<PairedResult> paired = report.analysis().paired();
    assertThat(series(c, ResponderChart.RATES).getYData()).containsExactly(
        paired.stream().mapToDouble(p -> p.absolute().rate().value().getAsDouble()).toArray());
    for (PairedResult p : paired) {
      assertThat(series(c, "95% CI: " + p.outcome()).getYData()).containsExactly(
          p.absolute().rate().ciLow().getAsDouble(), p.absolute().rate().ciHigh().getAsDouble());
    }
    assertThat(c.getTitle()).isEqualTo("Responders after a mattress change, with 95% CIs"
        + " (n = 149–153 pairs)");
    assertThat(c.getXAxisTitle()).isEqualTo("Outcome (pairs: changed_mattress = yes)");
    assertThat(c.getYAxisTitle()).isEqualTo("Improved by 2 points or more (% of pairs, 95% CI)");
  }

  @Test
  void respondersOfOutcomesWithTheirOwnPointsSayTheirPointsBesideEachOutcome() {
    List<PairedResult> paired = report.analysis().paired();
    List<Double> points = List.of(10.0, 2.0, 2.0);
    XYChart c = ResponderChart.build(paired, report.text(), points, report.pairedScope());
    assertThat(c.getYAxisTitle()).isEqualTo("Responders (% of pairs, 95% CI)");
    assertThat(c.getXAxisTitle()).isEqualTo("Outcome (pairs: changed_mattress = yes)");
    assertThat(c.getStyler().getxAxisTickLabelsFormattingFunction().apply(1.0))
        .endsWith("(10 points, n = " + paired.get(0).n() + ")");
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
  void aLargeScatterDrawsOneRespondentInKButTheLineUsesAll() {
    StringBuilder csv = new StringBuilder("respondent_id,sleep_position,mattress_age_years,"
        + "pain_morning_pre\n");
    for (int i = 0; i < 12_000; i++) {
      csv.append('R').append(i).append(",side,").append(i % 20).append(',').append(i % 11)
          .append('\n');
    }
    Report big = Reports.ofCsv("big.csv", csv.toString());
    XYChart c = (XYChart) ReportCharts.of(big).stream()
        .filter(r -> r.name().equals("mattress-age-pain_morning_pre")).findFirst().orElseThrow()
        .chart();
    XYSeries points = c.getSeriesMap().values().iterator().next();
    // at most AgeSample.MAX_POINTS = 2,000: every 6th of 12,000, from the first in file order
    assertThat(points.getName()).isEqualTo("Respondents (1 in 6 of 12,000 drawn)");
    assertThat(points.getXData()).hasSize(2000);
    assertThat(points.getXData()[1]).isEqualTo(6 % 20);
    assertThat(points.getYData()[1]).isEqualTo(6 % 11);
    assertThat(c.getTitle()).contains("n = 12,000;");
    XYSeries line = c.getSeriesMap().values().stream()
        .filter(s -> s.getName().startsWith("Least-squares line")).findFirst().orElseThrow();
    FittedLine all = big.mattressAge().get(0).line();
    assertThat(line.getYData()[0]).isEqualTo(all.at(line.getXData()[0]));
  }

  @Test
  void mattressAgeDrawsEveryRespondentAndRsLeastSquaresLine() {
    XYChart c = chart("mattress-age-pain_morning_pre");
    XYSeries points = series(c, MattressAgeChart.POINTS);
    assertThat(points.getXData()).hasSize(367);
    XYSeries line = c.getSeriesMap().values().stream()
        .filter(s -> s.getName().startsWith("Least-squares line")).findFirst().orElseThrow();
    Map<String, Double> r = Reports.rReference();
    double[] x = line.getXData();
    double[] y = line.getYData();
    assertThat(x[0]).isEqualTo(Arrays.stream(points.getXData()).min().orElseThrow());
    for (int i = 0; i < 2; i++) {
      assertThat(y[i]).isCloseTo(r.get("line/pain_morning_pre/intercept")
          + r.get("line/pain_morning_pre/slope") * x[i], within(1e-9));
    }
    assertThat(c.getXAxisTitle()).isEqualTo("Age of the old mattress (years)");
  }
}
