package org.sleepstat.report.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.sleepstat.analysis.RepeatedResult;
import org.sleepstat.core.schema.Direction;
import org.sleepstat.core.survey.RepeatedMeasures;
import org.sleepstat.report.OutcomeText;
import org.sleepstat.report.Wording;

/**
 * One outcome over three or more waves: per group the mixed model's means (emmeans) joined by a
 * line with their 95% CIs, and beside each a ring at the observed mean of the values, so that a
 * reader sees where the model and the raw means part (dropout). Waves sit at their time in weeks
 * when every wave has one, else evenly spaced under their labels; the groups are set a little
 * apart so that their intervals do not hide each other. A row at the bottom gives the n per wave
 * and group. Without a model (refused fit) only the observed means are drawn, and the title
 * says why.
 */
final class OverTimeChart {
  /** How far apart the groups' means are set, as a share of the x axis's span. */
  static final double DODGE = 0.014;
  /** How far an observed mean sits right of its model mean, as a share of the span. */
  static final double BESIDE = 0.009;
  private static final float CI_WIDTH = 4f;
  private static final int LEGEND_PADDING = 28;

  private OverTimeChart() {}

  /** A group of the model as the chart names and colours it. */
  record Group(Optional<String> level, String label, Color color) {}

  /** The series name of a group's model means, for its legend entry and for tests. */
  static String modelSeries(Group g) {
    return g.label() + ": model mean, 95% CI";
  }

  /** The series name of a group's observed means. */
  static String observedSeries(Group g) {
    return g.label() + ": observed mean";
  }

  /** The series name of a group's interval at a wave. */
  static String intervalSeries(Group g, String wave) {
    return "95% CI: " + g.label() + ", " + wave;
  }

  /**
   * The x of each wave: its weeks when every wave has them, else 1, 2, …, k.
   */
  static double[] positions(List<RepeatedMeasures.Wave> waves) {
    boolean weeks = waves.stream().allMatch(w -> w.weeks().isPresent());
    double[] x = new double[waves.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = weeks ? waves.get(i).weeks().getAsDouble() : i + 1;
    }
    return x;
  }

  /** Whether the waves sit at their weeks. */
  static boolean inWeeks(List<RepeatedMeasures.Wave> waves) {
    return waves.stream().allMatch(w -> w.weeks().isPresent());
  }

  /** The offset of group {@code g} of {@code count} from its wave's x, for an axis of span. */
  static double offset(int g, int count, double span) {
    return (g - (count - 1) / 2.0) * DODGE * span;
  }

  /**
   * The chart.
   *
   * @param groups the model's groups in {@code r.groups()}'s order (one, unnamed, without a
   *     group)
   * @param groupsTitle what the groups are ({@link StudyArms#title})
   */
  static XYChart build(RepeatedResult r, List<Group> groups, OutcomeText text,
      Direction direction, String groupsTitle) {
    XYChart chart = new XYChart(ChartLook.WIDTH, ChartLook.HEIGHT);
    ChartLook.apply(chart.getStyler());
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
    // XChart sets the entries of a horizontal legend as far apart as their padding
    chart.getStyler().setLegendPadding(LEGEND_PADDING);
    chart.getStyler().setAnnotationTextFontColor(ChartLook.TEXT);
    chart.getStyler().setAnnotationTextFont(ChartLook.font(20));
    String outcome = text.title(r.outcome());
    chart.setTitle(outcome + " over time" + (groups.size() > 1 ? ", by group" : "") + " (n = "
        + Wording.integer(r.respondents()) + " respondents, "
        + Wording.integer(r.observations()) + " values)"
        + (r.fitted() ? "" : ": no model, observed means only"));
    List<String> labels = groups.stream().map(Group::label).toList();
    boolean weeks = inWeeks(r.waves());
    chart.setXAxisTitle((weeks ? "Weeks since " + r.waveLabels().get(0) : "Wave")
        + "; n per wave: " + String.join(" / ", labels) + "; groups: " + groupsTitle);
    chart.setYAxisTitle(outcome + ", " + text.unit(r.outcome()) + " ("
        + (direction == Direction.LOWER_IS_BETTER ? "lower" : "higher") + " is better)");
    double[] x = positions(r.waves());
    double span;
    if (weeks) {
      span = Math.max(x[x.length - 1] - x[0], 1);
      chart.getStyler().setXAxisMin(x[0] - 0.06 * span);
      chart.getStyler().setXAxisMax(x[x.length - 1] + 0.06 * span);
    } else {
      span = x.length + 1;
      CategoryAxis.install(chart, r.waveLabels());
    }
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (RepeatedResult.Cell c : r.means()) {
      for (var s : List.of(c.mean(), c.model().ciLow(), c.model().ciHigh())) {
        if (s.isDefined()) {
          low = Math.min(low, s.getAsDouble());
          high = Math.max(high, s.getAsDouble());
        }
      }
    }
    // room under the lowest value for the row of n
    double room = Math.max(high - low, 1) * 0.12;
    double[] range = Ticks.fitY(chart.getStyler(), low - room, high,
        text.min(r.outcome()).orElse(Double.NaN), text.max(r.outcome()).orElse(Double.NaN));
    for (int g = 0; g < groups.size(); g++) {
      draw(chart, r, groups.get(g), x, offset(g, groups.size(), span), BESIDE * span);
    }
    for (int i = 0; i < x.length; i++) {
      String wave = r.waveLabels().get(i);
      List<String> ns = new ArrayList<>();
      for (Group g : groups) {
        ns.add(cell(r, wave, g).map(c -> Wording.integer(c.n())).orElse("0"));
      }
      chart.addAnnotation(new AnnotationText("n " + String.join(" / ", ns), x[i],
          range[0] + (range[1] - range[0]) * 0.04, false));
    }
    return chart;
  }

  private static Optional<RepeatedResult.Cell> cell(RepeatedResult r, String wave, Group g) {
    return r.means().stream().filter(c -> c.wave().equals(wave) && c.group().equals(g.level()))
        .findFirst();
  }

  private static void draw(XYChart chart, RepeatedResult r, Group g, double[] x, double shift,
      double beside) {
    List<Double> mx = new ArrayList<>();
    List<Double> my = new ArrayList<>();
    List<Double> ox = new ArrayList<>();
    List<Double> oy = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      String wave = r.waveLabels().get(i);
      Optional<RepeatedResult.Cell> c = cell(r, wave, g);
      if (c.isEmpty()) {
        continue;
      }
      RepeatedResult.Inference m = c.get().model();
      double at = x[i] + shift;
      if (m.estimate().isDefined()) {
        mx.add(at);
        my.add(m.estimate().getAsDouble());
        if (m.ciLow().isDefined() && m.ciHigh().isDefined()) {
          XYSeries ci = chart.addSeries(intervalSeries(g, wave), new double[] {at, at},
              new double[] {m.ciLow().getAsDouble(), m.ciHigh().getAsDouble()});
          ci.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
          ci.setMarker(SeriesMarkers.NONE);
          ci.setLineColor(g.color());
          ci.setLineWidth(CI_WIDTH);
          ci.setShowInLegend(false);
        }
      }
      if (c.get().mean().isDefined()) {
        ox.add(at + beside);
        oy.add(c.get().mean().getAsDouble());
      }
    }
    if (!mx.isEmpty()) {
      XYSeries means = chart.addSeries(modelSeries(g), mx, my);
      means.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      means.setMarker(SeriesMarkers.CIRCLE);
      means.setMarkerColor(g.color());
      means.setLineColor(g.color());
      means.setLineWidth(3f);
    }
    if (!ox.isEmpty()) {
      XYSeries observed = chart.addSeries(observedSeries(g), ox, oy);
      observed.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      observed.setMarker(new Ring());
      observed.setMarkerColor(g.color());
    }
  }
}
