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

  private PositionBoxChart() {}

  static XYChart build(PositionSample sample, OutcomeText text, String position) {
    String outcome = sample.outcome();
    XYChart chart = new XYChart(ChartLook.WIDTH, ChartLook.HEIGHT);
    ChartLook.apply(chart.getStyler());
    chart.getStyler().setLegendVisible(false);
    text.min(outcome).ifPresent(chart.getStyler()::setYAxisMin);
    text.max(outcome).ifPresent(chart.getStyler()::setYAxisMax);
    chart.setTitle("Baseline " + text.inSentence(outcome) + " by sleep position (n = "
        + Wording.integer(sample.result().n()) + ")");
    chart.setXAxisTitle("Usual sleep position (box: quartiles; whiskers: to 1.5 IQR; points:"
        + " beyond)");
    chart.setYAxisTitle(text.title(outcome) + ", " + text.unit(outcome));
    List<String> labels = new ArrayList<>();
    for (PositionSample.Group g : sample.groups()) {
      labels.add(text.level(position, g.position()) + " (n = " + Wording.integer(g.box().n())
          + ")");
    }
    CategoryAxis.install(chart, labels);
    for (int i = 0; i < sample.groups().size(); i++) {
      draw(chart, i + 1, sample.groups().get(i));
    }
    return chart;
  }

  private static void draw(XYChart chart, int x, PositionSample.Group g) {
    BoxSummary b = g.box();
    String name = g.position();
    double left = x - HALF_WIDTH;
    double right = x + HALF_WIDTH;
    XYSeries box = chart.addSeries("Box: " + name, new double[] {left, right, right, left},
        new double[] {b.q1(), b.q1(), b.q3(), b.q3()});
    box.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
    box.setMarker(SeriesMarkers.NONE);
    box.setFillColor(Palette.SKY_BLUE);
    box.setLineColor(Palette.SKY_BLUE);
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
  }

  private static void line(XYChart chart, String name, double[] x, double[] y, float width) {
    XYSeries s = chart.addSeries(name, x, y);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(Palette.BLACK);
    s.setLineWidth(width);
  }
}
