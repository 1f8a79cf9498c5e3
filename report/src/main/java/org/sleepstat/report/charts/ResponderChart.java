package org.sleepstat.report.charts;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.sleepstat.analysis.Estimate;
import org.sleepstat.analysis.PairedResult;
import org.sleepstat.report.OutcomeText;
import org.sleepstat.report.Wording;

/**
 * The share of responders per outcome with its 95% Wilson score interval ({@code
 * prop.test(responders, n, correct = FALSE)$conf.int}), drawn as points and lines because the
 * interval is not symmetric.
 */
final class ResponderChart {
  static final String RATES = "Responders";

  private ResponderChart() {}

  /**
   * The chart of the results with pairs; at least one.
   *
   * @param points the improvement that makes a responder, per result
   * @param scope whom the pairs are ({@link org.sleepstat.report.Report#pairedScope()})
   */
  static XYChart build(List<PairedResult> results, OutcomeText text, List<Double> points,
      String scope) {
    XYChart chart = new XYChart(ChartLook.WIDTH, ChartLook.HEIGHT);
    ChartLook.apply(chart.getStyler());
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(1.0);
    chart.getStyler().setyAxisTickLabelsFormattingFunction(
        y -> Wording.number(100 * y, 0) + "%");
    int fewest = results.stream().mapToInt(PairedResult::n).min().orElseThrow();
    int most = results.stream().mapToInt(PairedResult::n).max().orElseThrow();
    chart.setTitle("Responders after a mattress change, with 95% CIs (n = "
        + Wording.range(fewest, most) + " pairs)");
    chart.setXAxisTitle("Outcome (pairs: " + scope + ")");
    boolean same = points.stream().distinct().count() == 1;
    chart.setYAxisTitle(same ? "Improved by " + points(points.get(0))
        + " or more (% of pairs, 95% CI)" : "Responders (% of pairs, 95% CI)");
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      PairedResult p = results.get(i);
      labels.add(text.title(p.outcome()) + " (" + (same ? "" : points(points.get(i)) + ", ")
          + "n = " + Wording.integer(p.n()) + ")");
    }
    CategoryAxis.install(chart, labels);
    double[] x = new double[results.size()];
    double[] y = new double[results.size()];
    for (int i = 0; i < results.size(); i++) {
      PairedResult p = results.get(i);
      x[i] = i + 1;
      Estimate rate = p.absolute().rate();
      y[i] = rate.value().getAsDouble();
      XYSeries ci = chart.addSeries("95% CI: " + p.outcome(), new double[] {i + 1, i + 1},
          new double[] {rate.ciLow().getAsDouble(), rate.ciHigh().getAsDouble()});
      ci.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      ci.setMarker(SeriesMarkers.NONE);
      ci.setLineColor(Palette.RESPONDERS);
      ci.setLineWidth(5f);
      ci.setShowInLegend(false);
    }
    XYSeries rates = chart.addSeries(RATES, x, y);
    rates.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    rates.setMarker(SeriesMarkers.CIRCLE);
    rates.setMarkerColor(Palette.RESPONDERS);
    return chart;
  }

  private static String points(double points) {
    return Wording.number(points, points == Math.rint(points) ? 0 : 1) + " point"
        + (points == 1 ? "" : "s");
  }
}
