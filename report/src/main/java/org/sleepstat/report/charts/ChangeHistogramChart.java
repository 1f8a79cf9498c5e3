package org.sleepstat.report.charts;

import java.awt.Color;
import java.util.List;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.sleepstat.report.ChangeHistogram;
import org.sleepstat.report.OutcomeText;
import org.sleepstat.report.PairedSample;
import org.sleepstat.report.Wording;
import org.sleepstat.core.schema.NumberText;

/**
 * The distribution of one outcome's change after the mattress change: a histogram whose
 * responder bins are coloured apart from the rest, with a dashed line at the responder
 * threshold.
 */
final class ChangeHistogramChart {
  private ChangeHistogramChart() {}

  /** The chart; the sample must hold at least one pair. */
  /** @param scope whom the pairs are ({@link org.sleepstat.report.Report#pairedScope()}) */
  static XYChart build(PairedSample sample, ChangeHistogram histogram, OutcomeText text,
      String scope) {
    String outcome = sample.outcome();
    XYChart chart = new XYChart(ChartLook.WIDTH, ChartLook.HEIGHT);
    ChartLook.apply(chart.getStyler());
    chart.setTitle(text.title(outcome) + ": change after a mattress change (n = "
        + Wording.integer(histogram.n()) + " pairs)");
    chart.setXAxisTitle("Change, after − before (" + text.unit(outcome) + ", points; bins of "
        + NumberText.format(histogram.width()) + "; pairs: " + scope + ")");
    chart.setYAxisTitle("Pairs");
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setXAxisDecimalPattern("0.#");
    chart.getStyler().setYAxisDecimalPattern("0");
    String rule = "change " + (histogram.threshold() < 0 ? "≤ " : "≥ ")
        + Wording.number(histogram.threshold(), decimals(histogram.threshold()));
    int responders = histogram.responders();
    add(chart, "Responders: " + rule + " (" + Wording.integer(responders) + " of "
        + Wording.integer(histogram.n()) + ")",
        histogram.bins().stream().filter(ChangeHistogram.Bin::responders).toList(),
        Palette.RESPONDERS);
    add(chart, "Others (" + Wording.integer(histogram.n() - responders) + ")",
        histogram.bins().stream().filter(b -> !b.responders()).toList(), Palette.GREY);
    chart.addAnnotation(new AnnotationLine(histogram.threshold(), true, false));
    return chart;
  }

  /** The bins as one filled outline, the histogram's silhouette; none when there are no bins. */
  private static void add(XYChart chart, String name, List<ChangeHistogram.Bin> bins,
      Color color) {
    if (bins.isEmpty()) {
      return;
    }
    double[] x = new double[2 * bins.size() + 2];
    double[] y = new double[x.length];
    x[0] = bins.get(0).from();
    for (int i = 0; i < bins.size(); i++) {
      ChangeHistogram.Bin b = bins.get(i);
      x[2 * i + 1] = b.from();
      y[2 * i + 1] = b.count();
      x[2 * i + 2] = b.to();
      y[2 * i + 2] = b.count();
    }
    x[x.length - 1] = bins.get(bins.size() - 1).to();
    XYSeries s = chart.addSeries(name, x, y);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
    s.setMarker(SeriesMarkers.NONE);
    s.setFillColor(color);
    s.setLineColor(color);
  }

  private static int decimals(double v) {
    return v == Math.rint(v) ? 0 : Math.abs(v * 10 - Math.rint(v * 10)) < 1e-9 ? 1 : 2;
  }
}
