package org.sleepstat.report.charts;

import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.sleepstat.report.OutcomeText;
import org.sleepstat.report.PairedSample;
import org.sleepstat.report.Wording;
import org.sleepstat.stats.MeanInterval;

/**
 * One outcome's mean before and after the mattress change, each with its 95% confidence interval
 * ({@code t.test(x)$conf.int}), over the pairs of the paired analysis.
 */
final class BeforeAfterChart {
  static final String BEFORE = "Before (old mattress)";
  static final String AFTER = "After (new mattress)";

  private BeforeAfterChart() {}

  /** The chart; the pairs must number at least 2. */
  /** @param scope whom the pairs are ({@link org.sleepstat.report.Report#pairedScope()}) */
  static XYChart build(PairedSample sample, OutcomeText text, String scope) {
    String outcome = sample.outcome();
    XYChart chart = new XYChart(ChartLook.WIDTH, ChartLook.HEIGHT);
    ChartLook.apply(chart.getStyler());
    chart.setTitle(text.title(outcome) + " before and after a mattress change (n = "
        + Wording.integer(sample.result().n()) + " pairs)");
    chart.setXAxisTitle("Measured on the same respondents (" + scope + ")");
    chart.setYAxisTitle(text.title(outcome) + ", " + text.unit(outcome)
        + ": mean and 95% CI");
    chart.getStyler().setLegendVisible(false);
    text.min(outcome).ifPresent(chart.getStyler()::setYAxisMin);
    text.max(outcome).ifPresent(chart.getStyler()::setYAxisMax);
    CategoryAxis.install(chart, List.of(BEFORE, AFTER));
    add(chart, BEFORE, 1, sample.before(), Palette.BEFORE);
    add(chart, AFTER, 2, sample.after(), Palette.AFTER);
    return chart;
  }

  private static void add(XYChart chart, String name, int x, MeanInterval m,
      java.awt.Color color) {
    XYSeries ci = chart.addSeries("95% CI: " + name, new double[] {x, x},
        new double[] {m.ciLow().getAsDouble(), m.ciHigh().getAsDouble()});
    ci.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    ci.setMarker(SeriesMarkers.NONE);
    ci.setLineColor(color);
    ci.setLineWidth(5f);
    ci.setShowInLegend(false);
    XYSeries mean = chart.addSeries("Mean: " + name, new double[] {x},
        new double[] {m.mean().getAsDouble()});
    mean.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    mean.setMarker(SeriesMarkers.CIRCLE);
    mean.setMarkerColor(color);
  }
}
