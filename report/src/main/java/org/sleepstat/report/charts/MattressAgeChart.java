package org.sleepstat.report.charts;

import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.sleepstat.report.AgeSample;
import org.sleepstat.report.OutcomeText;
import org.sleepstat.report.Wording;
import org.sleepstat.stats.FittedLine;

/** A baseline outcome against mattress age: one point per respondent and the least-squares line. */
final class MattressAgeChart {
  static final String POINTS = "Respondents";

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
    AgeSample.Drawn drawn = sample.drawn();
    String name = drawn.step() == 1 ? POINTS : String.format(Locale.ROOT,
        "Respondents (1 in %,d of %,d drawn)", drawn.step(), sample.result().n());
    XYSeries points = chart.addSeries(name, drawn.age(), drawn.outcome());
    points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    points.setMarker(SeriesMarkers.CIRCLE);
    points.setMarkerColor(Palette.translucent(Palette.BLUE, 110));
    FittedLine line = sample.line();
    if (line.slope().isDefined()) {
      double from = sample.youngest();
      double to = sample.oldest();
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
}
