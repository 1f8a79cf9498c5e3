package org.sleepstat.report.charts;

import java.awt.Color;
import java.util.Locale;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.report.AgeSample;
import org.sleepstat.report.OutcomeText;
import org.sleepstat.report.Wording;
import org.sleepstat.stats.LineBand;

/**
 * A baseline outcome against mattress age: one translucent point per respondent drawn (whole
 * scores and ages jittered, deterministically, so that a thousand answers of "5" show as a
 * cloud rather than one dot), the least-squares line with the 95% confidence band of the mean
 * ({@code predict(lm(y ~ x), interval = "confidence")}) only where the ages are dense (2.5th to
 * 97.5th percentile: beyond, a line rests on a handful of respondents), and the common advice to
 * replace a mattress after {@link StudyDesign#REPLACE_FROM_YEARS}–{@link
 * StudyDesign#REPLACE_BY_YEARS} years as a shaded band when the ages are the built-in
 * mattress_age_years.
 */
final class MattressAgeChart {
  static final String POINTS = "Respondents";
  static final String BAND = "95% CI of the mean";
  static final String ADVICE = "Replacement advice";
  /** Steps of the line and band across the dense range. */
  static final int STEPS = 40;
  /** Jitter of whole values: at most this far from the value, in its units. */
  static final double JITTER = 0.25;
  private static final Color ADVICE_FILL = new Color(0xEEEEEE);

  private MattressAgeChart() {}

  /**
   * The chart; the sample must hold at least one point.
   *
   * @param ageVariable the design's mattress-age variable
   */
  static XYChart build(AgeSample sample, OutcomeText text, String ageVariable) {
    String outcome = sample.result().outcome();
    XYChart chart = new XYChart(ChartLook.WIDTH, ChartLook.HEIGHT);
    ChartLook.apply(chart.getStyler());
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
    // room between the legend's entries, which XChart otherwise sets edge to edge
    chart.getStyler().setLegendPadding(24);
    chart.getStyler().setMarkerSize(9);
    chart.getStyler().setAnnotationTextFontColor(ChartLook.TEXT);
    chart.getStyler().setPlotGridVerticalLinesVisible(false);
    String r = sample.result().pearsonR().isDefined()
        ? "; Pearson r = " + Wording.number(sample.result().pearsonR(), 2) : "";
    chart.setTitle("Baseline " + text.inSentence(outcome) + " against mattress age (n = "
        + Wording.integer(sample.result().n()) + r + ")");
    AgeSample.Drawn drawn = sample.drawn();
    double[] age = drawn.age();
    double[] y = drawn.outcome();
    boolean jitterX = Jitter.wholeNumbers(age);
    boolean jitterY = Jitter.wholeNumbers(y);
    chart.setXAxisTitle(text.title(ageVariable) + (jitterX || jitterY
        ? " (points jittered by up to ± " + Wording.number(JITTER, 2) + (jitterX && jitterY
            ? " both ways" : jitterX ? " sideways" : " up or down") + ")" : ""));
    chart.setYAxisTitle(text.title(outcome) + ", " + text.unit(outcome));
    double floor = text.min(outcome).orElse(Double.NaN);
    double ceiling = text.max(outcome).orElse(Double.NaN);
    double[] yRange = Ticks.range(min(y), max(y), floor, ceiling);
    double[] xRange = Ticks.range(Math.min(0, sample.youngest()), sample.oldest(),
        Math.min(0, sample.youngest()), Double.NaN);
    chart.getStyler().setYAxisMin(yRange[0] - (jitterY ? JITTER : 0));
    chart.getStyler().setYAxisMax(yRange[1] + (jitterY ? JITTER : 0));
    chart.getStyler().setXAxisMin(xRange[0]);
    chart.getStyler().setXAxisMax(xRange[1]);
    if (ageVariable.equals(StudyDesign.MATTRESS_AGE)
        && StudyDesign.REPLACE_FROM_YEARS < xRange[1]) {
      advice(chart, yRange[0] - (jitterY ? JITTER : 0), yRange[1] + (jitterY ? JITTER : 0),
          Math.min(StudyDesign.REPLACE_BY_YEARS, xRange[1]));
    }
    String name = drawn.step() == 1 ? POINTS : String.format(Locale.ROOT,
        "Respondents (1 in %,d of %,d drawn)", drawn.step(), sample.result().n());
    XYSeries points = chart.addSeries(name,
        jitterX ? Jitter.apply(age, JITTER, Jitter.ALONG) : age,
        jitterY ? Jitter.apply(y, JITTER, Jitter.ACROSS) : y);
    points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    points.setMarker(SeriesMarkers.CIRCLE);
    points.setMarkerColor(Palette.translucent(Palette.BLUE, 70));
    LineBand band = sample.band();
    double[] dense = sample.denseAges();
    if (band.line().slope().isDefined() && dense[1] > dense[0]) {
      line(chart, band, dense[0], dense[1]);
    }
    return chart;
  }

  /** The line and, when defined, its band, from {@code from} to {@code to} only. */
  private static void line(XYChart chart, LineBand band, double from, double to) {
    double[] x = new double[STEPS + 1];
    for (int i = 0; i <= STEPS; i++) {
      x[i] = from + (to - from) * i / STEPS;
    }
    boolean finite = Double.isFinite(band.fit(from)) && Double.isFinite(band.fit(to));
    for (double v : x) {
      finite &= !band.defined() || Double.isFinite(band.high(v)) && Double.isFinite(band.low(v));
    }
    if (!finite) {
      return; // values near the largest double: the line or its band overflows
    }
    if (band.defined()) {
      double[] bx = new double[2 * x.length];
      double[] by = new double[bx.length];
      for (int i = 0; i < x.length; i++) {
        bx[i] = x[i];
        by[i] = band.high(x[i]);
        bx[bx.length - 1 - i] = x[i];
        by[bx.length - 1 - i] = band.low(x[i]);
      }
      XYSeries area = chart.addSeries(BAND, bx, by);
      area.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
      area.setMarker(SeriesMarkers.NONE);
      area.setFillColor(Palette.translucent(Palette.MARK, 80));
      area.setLineColor(Palette.translucent(Palette.MARK, 80));
    }
    double[] fit = new double[] {band.fit(from), band.fit(to)};
    XYSeries line = chart.addSeries("Least-squares line: "
        + Wording.number(band.line().slope(), 2) + " per year (ages "
        + Ticks.label(Math.round(from * 10) / 10.0) + "–" + Ticks.label(Math.round(to * 10)
        / 10.0) + ": 95% of respondents)", new double[] {from, to}, fit);
    line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    line.setMarker(SeriesMarkers.NONE);
    line.setLineColor(Palette.MARK);
    line.setLineWidth(5f);
  }

  /** The advice band, shaded behind the points, labelled at its top. */
  private static void advice(XYChart chart, double bottom, double top, double to) {
    double from = StudyDesign.REPLACE_FROM_YEARS;
    XYSeries shade = chart.addSeries(ADVICE + " (" + Ticks.label(from) + "–"
        + Ticks.label(StudyDesign.REPLACE_BY_YEARS) + " years)",
        new double[] {from, to, to, from}, new double[] {bottom, bottom, top, top});
    shade.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
    shade.setMarker(SeriesMarkers.NONE);
    shade.setFillColor(ADVICE_FILL);
    shade.setLineColor(ADVICE_FILL);
    shade.setShowInLegend(false);
    chart.addAnnotation(new AnnotationText("Advice: replace after " + Ticks.label(from) + "–"
        + Ticks.label(StudyDesign.REPLACE_BY_YEARS) + " years", (from + to) / 2,
        top - (top - bottom) * 0.03, false));
  }

  private static double min(double[] v) {
    double m = Double.POSITIVE_INFINITY;
    for (double d : v) {
      m = Math.min(m, d);
    }
    return m;
  }

  private static double max(double[] v) {
    double m = Double.NEGATIVE_INFINITY;
    for (double d : v) {
      m = Math.max(m, d);
    }
    return m;
  }
}
