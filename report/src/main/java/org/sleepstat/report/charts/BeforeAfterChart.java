package org.sleepstat.report.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.sleepstat.report.OutcomeText;
import org.sleepstat.report.Wording;
import org.sleepstat.stats.MeanInterval;

/**
 * One outcome before and after the change, per group side by side (the treated, then the
 * untreated): thin lines for the pairs drawn ({@link ArmPairs}), and over them the mean before
 * and after with its 95% confidence interval ({@code t.test(x)$conf.int}) joined by a thick
 * line. Without the untreated group beside the treated, a fall in pain would invite a reading
 * that regression to the mean explains as well. The y axis spans what is drawn, within the
 * scale, with a tick every round step.
 */
final class BeforeAfterChart {
  static final String BEFORE = "Before";
  static final String AFTER = "After";
  /** Opacity of the thin lines of the pairs (0–255): a line many pairs share shows darker. */
  static final int LINE_ALPHA = 45;

  private BeforeAfterChart() {}

  /**
   * The chart; the first group holds at least 2 pairs.
   *
   * @param arms the treated (or only) group, then the untreated group if the report compares
   */
  /** @param groups what the groups are ({@link StudyArms#title}) */
  static XYChart build(String outcome, List<ArmPairs> arms, OutcomeText text, String groups) {
    XYChart chart = new XYChart(ChartLook.WIDTH, ChartLook.HEIGHT);
    ChartLook.apply(chart.getStyler());
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setAnnotationTextFontColor(ChartLook.TEXT);
    List<String> counts = new ArrayList<>();
    arms.forEach(a -> counts.add(Wording.integer(a.n())));
    chart.setTitle(text.title(outcome) + " before and after" + (arms.size() > 1 ? ", by group"
        : "") + " (n = " + String.join(" and ", counts) + " pairs)");
    chart.setXAxisTitle(groups + "; dots and bars: mean and 95% CI; thin lines: "
        + drawn(arms));
    chart.setYAxisTitle(text.title(outcome) + ", " + text.unit(outcome));
    List<String> labels = new ArrayList<>();
    for (int g = 0; g < arms.size(); g++) {
      // tick labels must differ: the second group's carry an invisible mark
      String mark = "\u200B".repeat(g);
      labels.add(BEFORE + mark);
      labels.add(AFTER + mark);
    }
    CategoryAxis.install(chart, labels);
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (ArmPairs a : arms) {
      for (double v : a.pre()) {
        low = Math.min(low, v);
        high = Math.max(high, v);
      }
      for (double v : a.post()) {
        low = Math.min(low, v);
        high = Math.max(high, v);
      }
      for (MeanInterval m : List.of(a.before(), a.after())) {
        if (m.ciLow().isDefined()) {
          low = Math.min(low, m.ciLow().getAsDouble());
          high = Math.max(high, m.ciHigh().getAsDouble());
        }
      }
    }
    double[] range = Ticks.fitY(chart.getStyler(), low, high,
        text.min(outcome).orElse(Double.NaN), text.max(outcome).orElse(Double.NaN));
    if (arms.size() > 1) {
      XYSeries divider = chart.addSeries("Between the groups", new double[] {2.5, 2.5},
          range);
      divider.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      divider.setMarker(SeriesMarkers.NONE);
      divider.setLineColor(ChartLook.GRID);
      divider.setLineWidth(2f);
    }
    for (int g = 0; g < arms.size(); g++) {
      draw(chart, arms.get(g), 1 + 2 * g);
      chart.addAnnotation(new AnnotationText(arms.get(g).label() + " (n = "
          + Wording.integer(arms.get(g).n()) + ")", 1.5 + 2 * g,
          range[1] - (range[1] - range[0]) * 0.03, false));
    }
    return chart;
  }

  private static String drawn(List<ArmPairs> arms) {
    boolean all = arms.stream().allMatch(a -> a.step() == 1);
    return all ? "each pair" : "up to " + ArmPairs.MAX_LINES + " pairs per group (every k-th)";
  }

  /** One group's pairs, means and intervals, before at x and after at x + 1. */
  private static void draw(XYChart chart, ArmPairs a, int x) {
    String name = a.label();
    double[] px = new double[3 * a.pre().length];
    double[] py = new double[px.length];
    for (int i = 0; i < a.pre().length; i++) {
      px[3 * i] = x;
      py[3 * i] = a.pre()[i];
      px[3 * i + 1] = x + 1;
      py[3 * i + 1] = a.post()[i];
      // a gap between pairs: XChart breaks a line at NaN
      px[3 * i + 2] = x + 0.5;
      py[3 * i + 2] = Double.NaN;
    }
    if (px.length > 0) {
      XYSeries lines = chart.addSeries("Pairs: " + name, px, py);
      lines.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      lines.setMarker(SeriesMarkers.NONE);
      lines.setLineColor(Palette.translucent(a.color(), LINE_ALPHA));
      lines.setLineWidth(1.5f);
      lines.setShowInLegend(false);
    }
    if (!a.before().mean().isDefined() || !a.after().mean().isDefined()) {
      return;
    }
    XYSeries means = chart.addSeries("Means: " + name, new double[] {x, x + 1},
        new double[] {a.before().mean().getAsDouble(), a.after().mean().getAsDouble()});
    means.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    means.setMarker(SeriesMarkers.NONE);
    means.setLineColor(a.color());
    means.setLineWidth(4f);
    interval(chart, BEFORE + ": " + name, x, a.before(), Palette.before(a.color()), a.color());
    interval(chart, AFTER + ": " + name, x + 1, a.after(), a.color(), a.color());
  }

  private static void interval(XYChart chart, String name, double x, MeanInterval m,
      Color fill, Color edge) {
    if (m.ciLow().isDefined()) {
      XYSeries ci = chart.addSeries("95% CI: " + name, new double[] {x, x},
          new double[] {m.ciLow().getAsDouble(), m.ciHigh().getAsDouble()});
      ci.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      ci.setMarker(SeriesMarkers.NONE);
      ci.setLineColor(edge);
      ci.setLineWidth(6f);
    }
    XYSeries mean = chart.addSeries("Mean: " + name, new double[] {x},
        new double[] {m.mean().getAsDouble()});
    mean.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    mean.setMarker(SeriesMarkers.CIRCLE);
    mean.setMarkerColor(fill);
  }
}
