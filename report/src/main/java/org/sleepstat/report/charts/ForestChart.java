package org.sleepstat.report.charts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.sleepstat.analysis.AdjustedDifference;
import org.sleepstat.analysis.Estimate;
import org.sleepstat.analysis.SubgroupResult;
import org.sleepstat.core.schema.Direction;
import org.sleepstat.report.Wording;

/**
 * The forest plot of one outcome: the treated − untreated difference after, adjusted for the
 * value before, over all respondents (with the plan's covariates, {@code adjusted}) on top, then
 * each subgroup's levels with their 95% CIs, a vertical line at no difference, each subgroup's
 * interaction p-value labelled exploratory, and which side favours the treated group. The
 * chart says that the levels come from separate fits and the interaction tests assume a common
 * slope. Rows run from the top down on a y axis of categories, as {@link CategoryAxis} names
 * them.
 */
final class ForestChart {
  /** The caption's two rows at the top. */
  static final String SEPARATE_FITS = "Each level's difference: a separate fit (its own slope on"
      + " the value before)";
  static final String COMMON_SLOPE = "Interaction tests assume a common slope; their p-values"
      + " are exploratory, unadjusted";
  static final String INTERACTION = "interaction p (exploratory) ";
  /** How far an interval may reach beyond the estimates before the axis cuts it, in spans. */
  private static final double REACH = 1;
  static final String OVERALL = "All respondents, adjusted for the plan's covariates too";
  static final String LEVELS = "Subgroup level";
  private static final float CI_WIDTH = 4f;

  private ForestChart() {}

  /** One subgroup as the chart shows it: its title and level labels, and the results. */
  record Subgroup(String title, List<String> levels, SubgroupResult result) {}

  /**
   * The chart.
   *
   * @param title what the outcome is ("Back pain on waking")
   * @param n respondents with the group and both values
   * @param direction which way the outcome improves
   * @param overall the adjusted difference over all respondents
   * @param subgroups the outcome's subgroups in the plan's order
   * @param treated who the treated are, for the side they are favoured on
   *     ("changed_mattress = yes")
   */
  static XYChart build(String title, int n, Direction direction, AdjustedDifference overall,
      List<Subgroup> subgroups, String treated) {
    XYChart chart = new XYChart(ChartLook.WIDTH, ChartLook.HEIGHT);
    ChartLook.apply(chart.getStyler());
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
    chart.getStyler().setPlotGridHorizontalLinesVisible(false);
    chart.getStyler().setPlotGridVerticalLinesVisible(true);
    chart.getStyler().setAxisTicksMarksVisible(false);
    chart.getStyler().setAnnotationTextFont(ChartLook.font(20));
    chart.getStyler().setAnnotationTextFontColor(ChartLook.TEXT);
    chart.getStyler().setAxisTickLabelsFont(ChartLook.font(20));
    chart.getStyler().setMarkerSize(14);
    chart.setTitle(title + ": difference by subgroup (n = " + n + ")");
    chart.setYAxisTitle("Subgroup and level");
    boolean lowerBetter = direction == Direction.LOWER_IS_BETTER;
    chart.setXAxisTitle("Difference after, adjusted, 95% CI ("
        + (lowerBetter ? "← favours " + treated : "favours " + treated + " →") + ")");

    // rows from the top: the caption, all respondents, then per subgroup its header and levels
    List<String> labels = new ArrayList<>();
    List<Estimate> estimates = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (String caption : List.of(SEPARATE_FITS, COMMON_SLOPE)) {
      // invisible labels of five and six zero-width spaces (CategoryAxis's are shorter)
      labels.add("\u200B".repeat(5 + labels.size()));
      estimates.add(null);
      notes.add(caption);
    }
    int overallRow = labels.size();
    labels.add("All respondents (n = " + overall.n() + ")");
    estimates.add(overall.difference());
    notes.add(overall.difference().value().isDefined() ? null
        : "no estimate: " + overall.difference().value().reason());
    for (Subgroup s : subgroups) {
      labels.add(s.title());
      estimates.add(null);
      SubgroupResult.Interaction i = s.result().interaction();
      notes.add(s.result().levels().isEmpty()
          ? "not analysed: " + String.join("; ", s.result().notes())
          : INTERACTION + (i.p().isDefined() ? Wording.p(i.p()).substring(2) : "NA"));
      for (int l = 0; l < s.result().levels().size(); l++) {
        SubgroupResult.Level level = s.result().levels().get(l);
        boolean defined = level.difference().ciLow().isDefined();
        labels.add(s.levels().get(l) + " (n = " + level.n() + (defined ? "" : ", no estimate")
            + ")");
        estimates.add(level.difference());
        notes.add(null);
      }
    }
    int rows = labels.size();
    double[] x = range(estimates, overallRow);
    chart.getStyler().setXAxisMin(x[0]);
    chart.getStyler().setXAxisMax(x[1]);
    for (int r = 0; r < rows; r++) {
      Estimate e = estimates.get(r);
      if (e != null && e.ciLow().isDefined() && e.ciHigh().isDefined()
          && (e.ciLow().getAsDouble() < x[0] || e.ciHigh().getAsDouble() > x[1])) {
        String label = labels.get(r);
        labels.set(r, label.substring(0, label.length() - 1) + ", CI cut at the axis)");
      }
    }
    yAxis(chart, labels);

    XYSeries zero = chart.addSeries("No difference", new double[] {0, 0},
        new double[] {0.5, rows - overallRow + 0.5});
    zero.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    zero.setMarker(SeriesMarkers.NONE);
    zero.setLineColor(ChartLook.TEXT);
    zero.setLineWidth(2f);
    zero.setShowInLegend(false);

    double side = sideNote(estimates, x);
    List<double[]> levelPoints = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      double y = rows - r;
      Estimate e = estimates.get(r);
      if (notes.get(r) != null) {
        double at = r < overallRow ? (x[0] + x[1]) / 2 : side;
        chart.addAnnotation(new AnnotationText(notes.get(r), at, y, false));
      }
      if (e == null || !e.ciLow().isDefined() || !e.ciHigh().isDefined()) {
        continue;
      }
      XYSeries ci = chart.addSeries("95% CI: " + labels.get(r) + " " + r,
          new double[] {Math.max(x[0], e.ciLow().getAsDouble()),
              Math.min(x[1], e.ciHigh().getAsDouble())},
          new double[] {y, y});
      ci.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      ci.setMarker(SeriesMarkers.NONE);
      ci.setLineColor(r == overallRow ? Palette.BLACK : Palette.TREATED);
      ci.setLineWidth(CI_WIDTH);
      ci.setShowInLegend(false);
      if (r != overallRow) {
        levelPoints.add(new double[] {e.value().getAsDouble(), y});
      }
    }
    Estimate all = estimates.get(overallRow);
    if (all.value().isDefined() && all.ciLow().isDefined()) {
      XYSeries point = chart.addSeries(OVERALL, new double[] {all.value().getAsDouble()},
          new double[] {rows - overallRow});
      point.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      point.setMarker(SeriesMarkers.DIAMOND);
      point.setMarkerColor(Palette.BLACK);
    }
    if (!levelPoints.isEmpty()) {
      XYSeries points = chart.addSeries(LEVELS,
          levelPoints.stream().mapToDouble(p -> p[0]).toArray(),
          levelPoints.stream().mapToDouble(p -> p[1]).toArray());
      points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      points.setMarker(SeriesMarkers.SQUARE);
      points.setMarkerColor(Palette.TREATED);
    }
    return chart;
  }

  /**
   * The x axis: the estimates, the overall interval and no difference, and the levels'
   * intervals as far as {@link #REACH} times that span beyond it (a level of a few respondents
   * has an interval that would squeeze every other row).
   */
  private static double[] range(List<Estimate> estimates, int overallRow) {
    double low = 0;
    double high = 0;
    for (int r = 0; r < estimates.size(); r++) {
      Estimate e = estimates.get(r);
      if (e == null || !e.value().isDefined() || !e.ciLow().isDefined()) {
        continue;
      }
      low = Math.min(low, r == overallRow ? e.ciLow().getAsDouble() : e.value().getAsDouble());
      high = Math.max(high, r == overallRow ? e.ciHigh().getAsDouble()
          : e.value().getAsDouble());
    }
    double reach = REACH * Math.max(high - low, 1);
    double from = low;
    double to = high;
    for (Estimate e : estimates) {
      if (e != null && e.ciLow().isDefined() && e.ciHigh().isDefined()) {
        from = Math.min(from, Math.max(low - reach, e.ciLow().getAsDouble()));
        to = Math.max(to, Math.min(high + reach, e.ciHigh().getAsDouble()));
      }
    }
    return Ticks.range(from, to, Double.NaN, Double.NaN);
  }

  /**
   * Where the subgroups' notes go on their rows: the middle of the wider of the spaces left and
   * right of the estimates and of the line at 0, so that the line does not cross them.
   */
  private static double sideNote(List<Estimate> estimates, double[] x) {
    double low = 0;
    double high = 0;
    for (Estimate e : estimates) {
      if (e != null && e.value().isDefined()) {
        low = Math.min(low, e.value().getAsDouble());
        high = Math.max(high, e.value().getAsDouble());
      }
    }
    return x[1] - high >= low - x[0] ? (high + x[1]) / 2 : (x[0] + low) / 2;
  }

  /** Row labels on the y axis, the first row at the top; each label made distinct. */
  private static void yAxis(XYChart chart, List<String> topDown) {
    List<String> bottomUp = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int r = topDown.size() - 1; r >= 0; r--) {
      String label = topDown.get(r);
      while (!seen.add(label)) {
        label += "\u2060";
      }
      bottomUp.add(label);
    }
    chart.getStyler().setYAxisMin(0.5);
    chart.getStyler().setYAxisMax(topDown.size() + 0.5);
    chart.getStyler().setYAxisTickMarkSpacingHint(24);
    chart.getStyler().setyAxisTickLabelsFormattingFunction(y -> CategoryAxis.label(bottomUp, y));
  }
}
