package org.sleepstat.report.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.sleepstat.analysis.PropComparison;
import org.sleepstat.analysis.PropsResult;
import org.sleepstat.report.OutcomeText;
import org.sleepstat.report.Wording;
import org.sleepstat.stats.MeanInterval;

/**
 * The props the advice names, position by position: for the primary outcome's value before, the
 * mean with its 95% interval ({@code t.test(y)$conf.int}) of the respondents of a position
 * without the prop and of those with it, side by side, n under each. The comparison is within
 * a position only: positions differ in more than their props.
 */
final class PropsByPositionChart {
  static final Color WITH = Palette.BLUISH_GREEN;
  static final Color WITHOUT = Palette.GREY;

  private PropsByPositionChart() {}

  /** One position and prop with its comparison on the outcome. */
  record Group(PropsResult entry, PropComparison comparison) {}

  /**
   * The groups of {@code props} that compare {@code outcome} (a baseline column) with at least
   * one mean to draw.
   */
  static List<Group> groups(List<PropsResult> props, String outcome) {
    List<Group> out = new ArrayList<>();
    for (PropsResult r : props) {
      Optional<PropComparison> c = r.baseline().stream()
          .filter(x -> x.outcome().equals(outcome)).findFirst();
      if (c.isPresent() && (c.get().with().mean().isDefined()
          || c.get().without().mean().isDefined())) {
        out.add(new Group(r, c.get()));
      }
    }
    return out;
  }

  /** The chart of {@code groups} (at least one). */
  static XYChart build(String outcome, List<Group> groups, OutcomeText text, String position) {
    XYChart chart = new XYChart(ChartLook.WIDTH, ChartLook.HEIGHT);
    ChartLook.apply(chart.getStyler());
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setAnnotationTextFontColor(ChartLook.TEXT);
    long n = groups.stream().mapToLong(g -> g.comparison().nWith() + g.comparison().nWithout())
        .sum();
    chart.setTitle(text.title(outcome) + " before, with and without the prop (n = "
        + Wording.integer(n) + ")");
    chart.setXAxisTitle("Uses the prop: no (grey) or yes (green), respondents of that position;"
        + " dots and bars: mean and 95% CI");
    chart.setYAxisTitle(text.title(outcome) + ", " + text.unit(outcome));
    List<String> labels = new ArrayList<>();
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (int g = 0; g < groups.size(); g++) {
      PropComparison c = groups.get(g).comparison();
      String mark = "\u200B".repeat(g); // tick labels must differ
      labels.add("no, n " + Wording.integer(c.nWithout()) + mark);
      labels.add("yes, n " + Wording.integer(c.nWith()) + mark);
      for (MeanInterval m : List.of(c.with(), c.without())) {
        for (var s : List.of(m.mean(), m.ciLow(), m.ciHigh())) {
          if (s.isDefined()) {
            low = Math.min(low, s.getAsDouble());
            high = Math.max(high, s.getAsDouble());
          }
        }
      }
    }
    CategoryAxis.install(chart, labels);
    // a tick under every category: XChart would thin eight labels out to four
    chart.getStyler().setXAxisTickMarkSpacingHint(40);
    double[] range = Ticks.fitY(chart.getStyler(), low, high,
        text.min(outcome).orElse(Double.NaN), text.max(outcome).orElse(Double.NaN));
    for (int g = 0; g < groups.size(); g++) {
      Group group = groups.get(g);
      double x = 1 + 2 * g;
      if (g > 0) {
        XYSeries divider = chart.addSeries("Between " + g, new double[] {x - 0.5, x - 0.5},
            range);
        divider.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        divider.setMarker(SeriesMarkers.NONE);
        divider.setLineColor(ChartLook.GRID);
        divider.setLineWidth(2f);
      }
      String name = group.entry().position() + "/" + group.entry().prop();
      point(chart, "Without: " + name, x, group.comparison().without(), WITHOUT);
      point(chart, "With: " + name, x + 1, group.comparison().with(), WITH);
      chart.addAnnotation(new AnnotationText(Labels.level(text, position,
          group.entry().position()) + ": " + Labels.level(text, group.entry().prop(),
          group.entry().prop()).toLowerCase(Locale.ROOT), x + 0.5,
          range[1] - (range[1] - range[0]) * 0.03, false));
    }
    return chart;
  }

  private static void point(XYChart chart, String name, double x, MeanInterval m, Color color) {
    if (!m.mean().isDefined()) {
      return;
    }
    if (m.ciLow().isDefined()) {
      XYSeries ci = chart.addSeries("95% CI: " + name, new double[] {x, x},
          new double[] {m.ciLow().getAsDouble(), m.ciHigh().getAsDouble()});
      ci.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      ci.setMarker(SeriesMarkers.NONE);
      ci.setLineColor(color);
      ci.setLineWidth(6f);
    }
    XYSeries mean = chart.addSeries("Mean: " + name, new double[] {x},
        new double[] {m.mean().getAsDouble()});
    mean.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    mean.setMarker(SeriesMarkers.CIRCLE);
    mean.setMarkerColor(color);
  }
}
