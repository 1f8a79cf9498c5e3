package org.sleepstat.report.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.sleepstat.analysis.ArmComparisonResult;
import org.sleepstat.analysis.SubgroupResult;
import org.sleepstat.report.Report;
import org.sleepstat.report.Reports;

/** The forest plots of the bundled sample: one per outcome, its rows, lines and words. */
class ForestChartTest {
  private final Report report = Reports.sample();
  private final List<ReportChart> charts = ReportCharts.of(report);

  private ReportChart chart(String name) {
    return charts.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  /** The visible y tick labels, from the top row down. */
  private static List<String> rows(XYChart chart) {
    List<String> labels = new ArrayList<>();
    double max = chart.getStyler().getYAxisMax();
    for (double y = max - 0.5; y >= 1; y--) {
      labels.add(chart.getStyler().getyAxisTickLabelsFormattingFunction().apply(y));
    }
    return labels;
  }

  @Test
  void everyComparedOutcomeHasAForestPlotAfterTheResponders() {
    List<String> names = charts.stream().map(ReportChart::name).toList();
    assertThat(names).containsSubsequence("responders", "forest-pain_morning",
        "forest-pain_night", "forest-sleep_quality", "by-position-pain_morning_pre");
  }

  @Test
  void titleSaysTheOutcomeTheSubgroupsAndTheN() {
    ArmComparisonResult arms = report.analysis().armComparison().get(0);
    assertThat(chart("forest-pain_morning").title()).isEqualTo(
        "Back pain on waking: difference by subgroup (n = " + arms.n() + ")");
  }

  @Test
  void overallOnTopThenEachSubgroupsLevelsWithTheirIntervals() {
    XYChart c = (XYChart) chart("forest-pain_morning").chart();
    List<String> rows = rows(c);
    ArmComparisonResult arms = report.analysis().armComparison().get(0);
    assertThat(rows.get(0).replace("\u200B", "")).isEmpty();
    assertThat(rows.get(1).replace("\u200B", "")).isEmpty();
    assertThat(rows.get(2)).isEqualTo("All respondents (n = " + arms.adjusted().n() + ")");
    assertThat(rows).containsSubsequence("Usual sleep position", "Side (n = 182)",
        "Back (n = 73)", "Sex", "Female (n = 169)", "Other (n = 4, CI cut at the axis)",
        "Value before (band)", "Low (n = 113)");
    XYSeries overall = c.getSeriesMap().get(ForestChart.OVERALL);
    assertThat(overall.getXData()[0])
        .isEqualTo(arms.adjusted().difference().value().getAsDouble());
    SubgroupResult position = report.analysis().subgroups().get(0);
    SubgroupResult.Level side = position.levels().get(0);
    XYSeries ci = c.getSeriesMap().values().stream()
        .filter(s -> s.getName().startsWith("95% CI: Side")).findFirst().orElseThrow();
    assertThat(ci.getXData()).containsExactly(side.difference().ciLow().getAsDouble(),
        side.difference().ciHigh().getAsDouble());
    XYSeries zero = c.getSeriesMap().get("No difference");
    assertThat(zero.getXData()).containsExactly(0, 0);
  }

  @Test
  void saysWhichSideFavoursTheTreatedAndThatTheInteractionIsExploratory() throws IOException {
    XYChart pain = (XYChart) chart("forest-pain_morning").chart();
    assertThat(pain.getXAxisTitle()).contains("← favours changed_mattress = yes");
    XYChart sleep = (XYChart) chart("forest-sleep_quality").chart();
    assertThat(sleep.getXAxisTitle()).contains("favours changed_mattress = yes →");
    String p = report.analysis().subgroups().get(0).interaction().p().getAsDouble() < 0.001
        ? "< 0.001" : String.format(java.util.Locale.ROOT, "= %.3f",
            report.analysis().subgroups().get(0).interaction().p().getAsDouble());
    assertThat(texts(pain)).contains(ForestChart.SEPARATE_FITS, ForestChart.COMMON_SLOPE,
        "interaction p (exploratory) " + p, pain.getTitle(), pain.getXAxisTitle());
    assertThat(ForestChart.SEPARATE_FITS).contains("separate fit", "own slope");
    assertThat(ForestChart.COMMON_SLOPE).contains("common slope", "exploratory");
  }

  @Test
  void rendersAsPng() {
    byte[] png = ChartFiles.png(chart("forest-pain_morning"));
    assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
  }

  /** Every text the chart draws, from its SVG (where text stays text). */
  private static List<String> texts(XYChart chart) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    VectorText.svg(chart, out);
    List<String> texts = new ArrayList<>();
    Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>")
        .matcher(out.toString(StandardCharsets.UTF_8));
    while (m.find()) {
      texts.add(m.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"));
    }
    return texts;
  }
}
