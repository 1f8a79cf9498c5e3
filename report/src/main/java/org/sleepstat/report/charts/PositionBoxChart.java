package org.sleepstat.report.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.sleepstat.report.OutcomeText;
import org.sleepstat.report.PositionSample;
import org.sleepstat.report.Wording;
import org.sleepstat.stats.BoxSummary;

/**
 * A baseline outcome by sleep position as box plots whose quartiles are R's ({@code quantile(x,
 * type = 7)}), with whiskers to the most extreme values within 1.5 IQR and the values beyond them
 * as points (each value once), as ggplot2's {@code geom_boxplot} draws them.
 *
 * <p>The boxes are drawn on an XY chart from the numbers of {@link BoxSummary}: XChart's BoxChart
 * computes its boxes itself from the data (its quartile methods include type 7, but it takes no
 * precomputed quartiles), ends its whiskers at the 1.5 IQR fence itself rather than at the last
 * value inside it, draws no outliers and paints in fixed blue and red instead of the report's
 * palette.
 */
final class PositionBoxChart {
  /** Half the width of a box, in category units. */
  static final double HALF_WIDTH = 0.3;
  /** Half the width of the mean's diamond, in category units. */
  static final double MEAN_HALF = 0.045;
  /** The plot's width over its height at the report's size, to draw a diamond square. */
  private static final double PLOT_ASPECT = 1400.0 / 620;

  private PositionBoxChart() {}

  /**
   * The chart.
   *
   * @param position the design's position variable
   * @param inside per group, the values within its whiskers drawn as points ({@link
   *     PositionPoints})
   */
  static XYChart build(PositionSample sample, OutcomeText text, String position,
      double[][] inside) {
    String outcome = sample.outcome();
    XYChart chart = new XYChart(ChartLook.WIDTH, ChartLook.HEIGHT);
    ChartLook.apply(chart.getStyler());
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setMarkerSize(9);
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (PositionSample.Group g : sample.groups()) {
      low = Math.min(low, g.box().lowerWhisker());
      high = Math.max(high, g.box().upperWhisker());
      for (double v : g.beyond()) {
        low = Math.min(low, v);
        high = Math.max(high, v);
      }
    }
    double[] range = Ticks.fitY(chart.getStyler(), low, high, text.min(outcome).orElse(Double.NaN),
        text.max(outcome).orElse(Double.NaN));
    chart.setTitle("Baseline " + text.inSentence(outcome) + " by sleep position (n = "
        + Wording.integer(sample.result().n()) + ")");
    chart.setXAxisTitle(text.title(position) + " (box: quartiles; whiskers: to 1.5 IQR;"
        + " ◆ mean; points: respondents)");
    chart.setYAxisTitle(text.title(outcome) + ", " + text.unit(outcome));
    List<String> labels = new ArrayList<>();
    for (PositionSample.Group g : sample.groups()) {
      labels.add(Labels.level(text, position, g.position()) + " (n = "
          + Wording.integer(g.box().n()) + ")");
    }
    CategoryAxis.install(chart, labels);
    for (int i = 0; i < sample.groups().size(); i++) {
      draw(chart, i + 1, sample.groups().get(i), inside[i],
          sample.result().groups().get(i).mean(), range[0], range[1], sample.groups().size());
    }
    return chart;
  }

  private static void draw(XYChart chart, int x, PositionSample.Group g, double[] inside,
      double mean, double yMin, double yMax, int count) {
    BoxSummary b = g.box();
    String name = g.position();
    double left = x - HALF_WIDTH;
    double right = x + HALF_WIDTH;
    XYSeries box = chart.addSeries("Box: " + name, new double[] {left, right, right, left},
        new double[] {b.q1(), b.q1(), b.q3(), b.q3()});
    box.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
    box.setMarker(SeriesMarkers.NONE);
    box.setFillColor(Palette.translucent(Palette.BASELINE, 150));
    box.setLineColor(Palette.BASELINE);
    if (inside.length > 0) {
      double[] xs = new double[inside.length];
      Arrays.fill(xs, x);
      XYSeries points = chart.addSeries("Respondents: " + name,
          Jitter.apply(xs, HALF_WIDTH * 0.8, Jitter.ALONG), inside);
      points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      points.setMarker(SeriesMarkers.CIRCLE);
      points.setMarkerColor(Palette.translucent(Color.DARK_GRAY, 60));
    }
    line(chart, "Median: " + name, new double[] {left, right},
        new double[] {b.median(), b.median()}, 5f);
    line(chart, "Lower whisker: " + name, new double[] {x, x},
        new double[] {b.lowerWhisker(), b.q1()}, 3f);
    line(chart, "Upper whisker: " + name, new double[] {x, x},
        new double[] {b.q3(), b.upperWhisker()}, 3f);
    // each value once (equal values would be drawn on top of each other anyway), and at most
    // OutsideValues.MAX_DRAWN of them: a large survey can have thousands beyond the whiskers
    double[] ys = g.beyond();
    if (ys.length > 0) {
      double[] xs = new double[ys.length];
      Arrays.fill(xs, x);
      XYSeries points = chart.addSeries("Beyond the whiskers: " + name, xs, ys);
      points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      points.setMarker(SeriesMarkers.CIRCLE);
      points.setMarkerColor(Palette.translucent(Color.DARK_GRAY, 160));
    }
    // the mean as a diamond in data units (XChart's markers share one size per chart, and the
    // points need a small one): as high on the page as it is wide
    double span = (yMax - yMin) / count * PLOT_ASPECT;
    double yPerX = Double.isFinite(span) && Double.isFinite(mean + MEAN_HALF * span)
        && Double.isFinite(mean - MEAN_HALF * span) ? span : 0;
    XYSeries m = chart.addSeries("Mean: " + name,
        new double[] {x - MEAN_HALF, x, x + MEAN_HALF, x},
        new double[] {mean, mean + MEAN_HALF * yPerX, mean, mean - MEAN_HALF * yPerX});
    m.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
    m.setMarker(SeriesMarkers.NONE);
    m.setFillColor(Palette.MEAN);
    m.setLineColor(Color.WHITE);
  }

  private static void line(XYChart chart, String name, double[] x, double[] y, float width) {
    XYSeries s = chart.addSeries(name, x, y);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(Palette.BLACK);
    s.setLineWidth(width);
  }
}
