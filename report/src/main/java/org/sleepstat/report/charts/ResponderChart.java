package org.sleepstat.report.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.sleepstat.analysis.Estimate;
import org.sleepstat.analysis.PairedResult;
import org.sleepstat.analysis.UntreatedPairs;
import org.sleepstat.report.OutcomeText;
import org.sleepstat.report.Wording;

/**
 * The share of responders per outcome and group with its 95% Wilson score interval ({@code
 * prop.test(responders, n, correct = FALSE)$conf.int}), both numbers from the analysis: the
 * treated beside the untreated, for both rules (improved by the outcome's points; by its share
 * of the own baseline, unless the plan switches that rule off), each rule a panel. Points and
 * lines because the interval is not symmetric.
 */
final class ResponderChart {
  /** Half the distance between the groups' points within an outcome, in category units. */
  static final double DODGE = 0.15;

  private ResponderChart() {}

  /** One group's responder results: its name, colour and the rules' rates per outcome. */
  record Group(String name, Color color, List<PairedResult.Responders> byPoints,
      List<PairedResult.Responders> byShare, List<Integer> n) {}

  /** The treated group of {@code results}. */
  static Group treated(String name, List<PairedResult> results) {
    return new Group(name, Palette.TREATED,
        results.stream().map(PairedResult::absolute).toList(),
        results.stream().map(PairedResult::relative).toList(),
        results.stream().map(PairedResult::n).toList());
  }

  /** The untreated group of {@code results}. */
  static Group untreated(String name, List<UntreatedPairs> results) {
    return new Group(name, Palette.UNTREATED,
        results.stream().map(UntreatedPairs::absolute).toList(),
        results.stream().map(UntreatedPairs::relative).toList(),
        results.stream().map(UntreatedPairs::n).toList());
  }

  /**
   * The chart of the outcomes with pairs; at least one.
   *
   * @param outcomes the outcomes, in the order of the groups' lists
   * @param groups the treated (or only) group, then the untreated if the report compares
   * @param points the improvement that makes a responder, per outcome
   * @param percent the share of the baseline that makes a responder (its label, "30%"), or
   *     null when no outcome applies that rule
   * @param title what the groups are ({@link StudyArms#title})
   */
  static XYChart build(List<String> outcomes, List<Group> groups, OutcomeText text,
      List<Double> points, String percent, String title) {
    XYChart chart = new XYChart(ChartLook.WIDTH, ChartLook.HEIGHT);
    ChartLook.apply(chart.getStyler());
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
    chart.getStyler().setLegendPadding(24);
    chart.getStyler().setAnnotationTextFontColor(ChartLook.TEXT);
    // two panels of outcome names side by side: a smaller font keeps every name under its point
    chart.getStyler().setAxisTickLabelsFont(ChartLook.font(18));
    chart.getStyler().setyAxisTickLabelsFormattingFunction(
        y -> Wording.number(100 * y, 0) + "%");
    List<String> counts = new ArrayList<>();
    for (Group g : groups) {
      int fewest = g.n().stream().mapToInt(Integer::intValue).min().orElseThrow();
      int most = g.n().stream().mapToInt(Integer::intValue).max().orElseThrow();
      counts.add(Wording.range(fewest, most));
    }
    chart.setTitle("Responders" + (groups.size() > 1 ? " by group" : "")
        + ", with 95% Wilson CIs (n = " + String.join(" and ", counts) + " pairs)");
    boolean same = points.stream().distinct().count() == 1;
    chart.setXAxisTitle("Outcome" + (same ? "" : " (its responder points)") + "; groups: "
        + title);
    chart.setYAxisTitle("Responders (% of pairs, 95% CI)");
    List<String> labels = new ArrayList<>();
    int panels = percent == null ? 1 : 2;
    for (int p = 0; p < panels; p++) {
      for (int i = 0; i < outcomes.size(); i++) {
        labels.add(text.title(outcomes.get(i)) + (same || p == 1 ? ""
            : " (" + points(points.get(i)) + ")") + "\u200B".repeat(p));
      }
    }
    CategoryAxis.install(chart, labels);
    double high = 0;
    for (int g = 0; g < groups.size(); g++) {
      Group group = groups.get(g);
      double offset = groups.size() == 1 ? 0 : (2 * g - 1) * DODGE;
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      for (int p = 0; p < panels; p++) {
        List<PairedResult.Responders> rules = p == 0 ? group.byPoints() : group.byShare();
        for (int i = 0; i < outcomes.size(); i++) {
          PairedResult.Responders r = rules.get(i);
          Estimate rate = r.rate();
          if (!r.applied() || !rate.ciLow().isDefined()) {
            continue;
          }
          double at = p * outcomes.size() + i + 1 + offset;
          x.add(at);
          y.add(rate.value().getAsDouble());
          high = Math.max(high, rate.ciHigh().getAsDouble());
          XYSeries ci = chart.addSeries("95% CI: " + group.name() + ": " + outcomes.get(i)
              + ": " + (p == 0 ? "points" : "percent"), new double[] {at, at},
              new double[] {rate.ciLow().getAsDouble(), rate.ciHigh().getAsDouble()});
          ci.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
          ci.setMarker(SeriesMarkers.NONE);
          ci.setLineColor(group.color());
          ci.setLineWidth(5f);
          ci.setShowInLegend(false);
        }
      }
      XYSeries rates = chart.addSeries(group.name() + " (n = " + counts.get(g) + ")",
          x.stream().mapToDouble(Double::doubleValue).toArray(),
          y.stream().mapToDouble(Double::doubleValue).toArray());
      rates.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      rates.setMarker(SeriesMarkers.CIRCLE);
      rates.setMarkerColor(group.color());
    }
    double top = Math.min(1, Ticks.range(0, high, 0, 1)[1] + 0.1);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(top);
    if (panels == 2) {
      XYSeries divider = chart.addSeries("Between the rules", new double[] {outcomes.size()
          + 0.5, outcomes.size() + 0.5}, new double[] {0, top});
      divider.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      divider.setMarker(SeriesMarkers.NONE);
      divider.setLineColor(ChartLook.GRID);
      divider.setLineWidth(2f);
      divider.setShowInLegend(false);
    }
    for (int p = 0; p < panels; p++) {
      String rule = p == 0 ? (same ? "Improved by " + points(points.get(0)) + " or more"
          : "Improved by the outcome's points") : "Improved by " + percent
          + " of the own baseline or more";
      chart.addAnnotation(new AnnotationText(rule, p * outcomes.size() + 0.5
          + outcomes.size() / 2.0, top * 0.96, false));
    }
    return chart;
  }

  static String points(double points) {
    return Wording.number(points, points == Math.rint(points) ? 0 : 1) + " point"
        + (points == 1 ? "" : "s");
  }
}
