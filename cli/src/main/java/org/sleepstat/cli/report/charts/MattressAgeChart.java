package org.sleepstat.cli.report.charts;

import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.sleepstat.cli.report.AgeSample;
import org.sleepstat.cli.report.FittedLine;
import org.sleepstat.cli.report.OutcomeText;
import org.sleepstat.cli.report.Wording;

/** A baseline outcome against mattress age: one point per respondent and the least-squares line. */
final class MattressAgeChart {
  static final String POINTS = "Respondents";
  /**
   * Points drawn at most: beyond this a scatter says nothing more and its SVG and PDF grow by
   * megabytes, so a large survey shows every k-th respondent in file order (the line and the
   * statistics use them all).
   */
  static final int MAX_POINTS = 5_000;

  private MattressAgeChart() {}

  /** The chart; the sample must hold at least one point. */
  static XYChart build(AgeSample sample, OutcomeText text) {
    String outcome = sample.result().outcome();
    XYChart chart = new XYChart(ChartLook.WIDTH, ChartLook.HEIGHT);
    ChartLook.apply(chart.getStyler());
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
    chart.getStyler().setMarkerSize(10);
    text.min(outcome).ifPresent(chart.getStyler()::setYAxisMin);
    text.max(outcome).ifPresent(chart.getStyler()::setYAxisMax);
    String r = sample.result().pearsonR().isDefined()
        ? "; Pearson r = " + Wording.number(sample.result().pearsonR(), 2) : "";
    chart.setTitle("Baseline " + text.inSentence(outcome) + " against mattress age (n = "
        + Wording.integer(sample.result().n()) + r + ")");
    chart.setXAxisTitle("Age of the old mattress (years)");
    chart.setYAxisTitle(text.title(outcome) + ", " + text.unit(outcome));
    Points drawn = Points.of(sample.age(), sample.outcome());
    XYSeries points = chart.addSeries(drawn.name(), drawn.x(), drawn.y());
    points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    points.setMarker(SeriesMarkers.CIRCLE);
    points.setMarkerColor(Palette.translucent(Palette.BLUE, 110));
    FittedLine line = sample.line();
    if (line.slope().isDefined()) {
      double from = Double.POSITIVE_INFINITY;
      double to = Double.NEGATIVE_INFINITY;
      for (double a : sample.age()) {
        from = Math.min(from, a);
        to = Math.max(to, a);
      }
      XYSeries fit = chart.addSeries("Least-squares line: "
          + Wording.number(line.slope(), 2) + " per year", new double[] {from, to},
          new double[] {line.at(from), line.at(to)});
      fit.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      fit.setMarker(SeriesMarkers.NONE);
      fit.setLineColor(Palette.MARK);
      fit.setLineWidth(5f);
    }
    return chart;
  }

  /** The points drawn: all of them, or one in k when there are more than {@link #MAX_POINTS}. */
  private record Points(String name, double[] x, double[] y) {
    static Points of(double[] x, double[] y) {
      int step = (x.length + MAX_POINTS - 1) / MAX_POINTS;
      if (step <= 1) {
        return new Points(POINTS, x, y);
      }
      int drawn = (x.length + step - 1) / step;
      double[] xs = new double[drawn];
      double[] ys = new double[drawn];
      for (int i = 0; i < drawn; i++) {
        xs[i] = x[i * step];
        ys[i] = y[i * step];
      }
      return new Points(String.format(Locale.ROOT, "Respondents (1 in %,d of %,d drawn)", step,
          x.length), xs, ys);
    }
  }
}
