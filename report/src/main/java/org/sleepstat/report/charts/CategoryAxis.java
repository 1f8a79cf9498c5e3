package org.sleepstat.report.charts;

import java.util.List;
import org.knowm.xchart.XYChart;

/**
 * Named categories on the x axis of an {@link XYChart}, at x = 1, 2, …, k: XChart's category and
 * box charts cannot draw intervals whose ends differ (a Wilson interval is not symmetric) nor box
 * plots from given quartiles, so those charts are XY charts with categories.
 *
 * <p>XChart 3.8 places ticks at round steps and keeps widening the step until every tick label
 * is different and the longest fits between two ticks. So the axis runs from 0.5 to k + 0.5, a
 * whole x gets its category's name, and every other tick gets a different invisible label (a run
 * of up to four zero-width characters): the step settles at 1 (or 0.5 with room to spare), with
 * a named tick under every category and nothing visible between them.
 */
final class CategoryAxis {
  private static final char[] INVISIBLE = {'\u200B', '\u200C', '\u200D'};
  /** Distinct invisible labels of at most four characters: 3 + 9 + 27 + 81. */
  private static final int DISTINCT = 120;

  private CategoryAxis() {}

  /** Puts {@code labels} under x = 1, 2, …, k. */
  static void install(XYChart chart, List<String> labels) {
    List<String> copy = List.copyOf(labels);
    chart.getStyler().setXAxisMin(0.5);
    chart.getStyler().setXAxisMax(copy.size() + 0.5);
    chart.getStyler().setxAxisTickLabelsFormattingFunction(x -> label(copy, x));
    chart.getStyler().setPlotGridVerticalLinesVisible(false);
  }

  /**
   * The label of the tick at {@code x}: the category's name at a whole x from 1 to k, else an
   * invisible label that differs between ticks a quarter apart (XChart's ticks never come closer
   * on this axis) within any 30 units.
   */
  static String label(List<String> labels, double x) {
    double whole = Math.rint(x);
    if (Math.abs(x - whole) < 1e-9 && whole >= 1 && whole <= labels.size()) {
      return labels.get((int) whole - 1);
    }
    int n = Math.floorMod(Math.round(x * 4), DISTINCT) + 1;
    StringBuilder b = new StringBuilder(4);
    while (n > 0) {
      n--;
      b.append(INVISIBLE[n % INVISIBLE.length]);
      n /= INVISIBLE.length;
    }
    return b.toString();
  }

  /** Whether a tick label is one of the invisible ones. */
  static boolean isInvisible(String label) {
    return !label.isEmpty() && label.chars().allMatch(c -> c == INVISIBLE[0]
        || c == INVISIBLE[1] || c == INVISIBLE[2]);
  }
}
