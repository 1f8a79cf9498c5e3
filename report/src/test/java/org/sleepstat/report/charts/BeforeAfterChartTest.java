package org.sleepstat.report.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.sleepstat.analysis.PairedResult;
import org.sleepstat.analysis.UntreatedPairs;
import org.sleepstat.report.Report;
import org.sleepstat.report.Reports;

/** The before-and-after chart: both groups side by side, their means, CIs and pairs. */
class BeforeAfterChartTest {
  private final Report report = Reports.sample();

  private XYChart chart(Report r, String name) {
    return (XYChart) ReportCharts.of(r).stream().filter(c -> c.name().equals(name))
        .findFirst().orElseThrow().chart();
  }

  private static XYSeries series(XYChart chart, String name) {
    XYSeries s = chart.getSeriesMap().get(name);
    assertThat(s).as("series " + name + " of " + chart.getSeriesMap().keySet()).isNotNull();
    return s;
  }

  @Test
  void bothGroupsMeansAndTIntervalsAreTheAnalysisAndRs() {
    XYChart c = chart(report, "before-after-pain_morning");
    assertThat(c.getTitle())
        .isEqualTo("Back pain on waking before and after, by group (n = 149 and 195 pairs)");
    PairedResult treated = report.analysis().paired().get(0);
    UntreatedPairs untreated = report.analysis().untreated().get(0);
    assertThat(series(c, "Mean: Before: Yes").getYData()[0])
        .isCloseTo(treated.means().pre().getAsDouble(), within(1e-12));
    assertThat(series(c, "Mean: After: Yes").getYData()[0])
        .isCloseTo(treated.means().post().getAsDouble(), within(1e-12));
    assertThat(series(c, "Mean: Before: No").getYData()[0])
        .isCloseTo(untreated.meanPre().getAsDouble(), within(1e-12));
    assertThat(series(c, "Mean: After: No").getYData()[0])
        .isCloseTo(untreated.meanPost().getAsDouble(), within(1e-12));
    // R 4.2: t.test(x)$conf.int over each group's pairs (report-charts-expected.tsv)
    Map<String, Double> r = Reports.rReference();
    assertThat(series(c, "95% CI: Before: Yes").getYData()).containsExactly(
        new double[] {r.get("before_after/pain_morning/before/ci_low"),
            r.get("before_after/pain_morning/before/ci_high")}, within(1e-9));
    assertThat(series(c, "95% CI: After: No").getYData()).containsExactly(
        new double[] {r.get("before_after_no/pain_morning/after/ci_low"),
            r.get("before_after_no/pain_morning/after/ci_high")}, within(1e-9));
    assertThat(series(c, "95% CI: After: No").getXData()).containsExactly(4, 4);
    assertThat(c.getStyler().getxAxisTickLabelsFormattingFunction().apply(3.0))
        .startsWith("Before");
  }

  @Test
  void thinLinesJoinEachPairDrawnAndAreTheSameEveryTime() {
    XYSeries yes = series(chart(report, "before-after-pain_morning"), "Pairs: Yes");
    XYSeries again = series(chart(report, "before-after-pain_morning"), "Pairs: Yes");
    // 149 pairs, under ArmPairs.MAX_LINES: every pair, three points each (before, after, gap)
    assertThat(yes.getXData()).hasSize(3 * 149);
    assertThat(yes.getYData()).containsExactly(again.getYData());
    assertThat(yes.getXData()[0]).isEqualTo(1);
    assertThat(yes.getXData()[1]).isEqualTo(2);
    assertThat(yes.getYData()[2]).isNaN();
    int first = report.analysis().rows().paired().get(0).row(0);
    assertThat(yes.getYData()[0]).isEqualTo(report.survey().numbers("pain_morning_pre")
        .orElseThrow().get(first));
  }

  @Test
  void aLargeGroupDrawsAtMostTwoHundredLinesButItsMeanUsesAll() {
    StringBuilder csv = new StringBuilder("respondent_id,sleep_position,changed_mattress,"
        + "pain_morning_pre,pain_morning_post\n");
    for (int i = 0; i < 1_000; i++) {
      csv.append('R').append(i).append(",side,").append(i % 2 == 0 ? "yes" : "no").append(',')
          .append(i % 11).append(',').append((i * 7) % 11).append('\n');
    }
    Report big = Reports.ofCsv("big.csv", csv.toString());
    XYChart c = chart(big, "before-after-pain_morning");
    // 500 untreated pairs: every 3rd, 167 lines
    assertThat(series(c, "Pairs: No").getXData()).hasSize(3 * 167);
    assertThat(series(c, "Mean: Before: No").getYData()[0]).isCloseTo(
        big.analysis().untreated().get(0).meanPre().getAsDouble(), within(1e-12));
    assertThat(c.getXAxisTitle()).contains("up to 200 pairs per group");
  }

  @Test
  void withoutAGroupColumnTheOneGroupSaysSo() {
    String csv = "respondent_id,sleep_position,pain_morning_pre,pain_morning_post\n"
        + "A,side,5,3\nB,back,6,4\nC,side,4,4\n";
    Report one = Reports.ofCsv("one.csv", csv);
    XYChart c = chart(one, "before-after-pain_morning");
    assertThat(one.analysis().untreated()).isEmpty();
    assertThat(c.getSeriesMap()).containsKey("Mean: Before: All respondents")
        .doesNotContainKey("Mean: Before: No");
    assertThat(c.getXAxisTitle())
        .startsWith("one group: the file has no changed_mattress column");
    assertThat(c.getTitle()).endsWith("before and after (n = 3 pairs)");
  }

  @Test
  void theYAxisSpansTheDataInRoundStepsWithinTheScale() {
    XYChart c = chart(report, "before-after-sleep_quality");
    assertThat(c.getStyler().getYAxisMin()).isGreaterThanOrEqualTo(0.0);
    assertThat(c.getStyler().getYAxisMax()).isLessThanOrEqualTo(10.0);
    assertThat(Ticks.range(4.2, 6.1, 0, 10)).containsExactly(4.0, 6.5);
    assertThat(Ticks.step(10)).isEqualTo(2);
    assertThat(Ticks.step(2.2)).isEqualTo(0.5);
    assertThat(List.of(Ticks.label(-2), Ticks.label(-0.5), Ticks.label(1500), Ticks.label(-0.0)))
        .containsExactly("\u22122", "\u22120.5", "1,500", "0");
    // values near the largest double (an overflowing survey) neither overflow nor print 309 digits
    assertThat(Ticks.label(-1.5e308)).isEqualTo("\u22121.50e+308");
    assertThat(Ticks.range(-1.5e308, 1.5e308, Double.NaN, Double.NaN))
        .containsExactly(-1.5e308, 1.5e308);
  }
}
