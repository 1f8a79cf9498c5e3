package org.sleepstat.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;
import org.sleepstat.analysis.PositionGroup;
import org.sleepstat.stats.Quantiles;

/**
 * The numbers a box plot draws, as R and ggplot2 compute them: quartiles by R's default {@code
 * quantile(x, type = 7)}, whiskers to the most extreme values within 1.5 IQR of the box (Tukey's
 * rule, as {@code geom_boxplot} and {@code boxplot.stats} use), and the values beyond them.
 *
 * @param n values
 * @param q1 {@code quantile(x, 0.25)}
 * @param median {@code quantile(x, 0.5)}, equal to {@code median(x)}
 * @param q3 {@code quantile(x, 0.75)}
 * @param lowerWhisker the smallest value ≥ q1 − 1.5 IQR
 * @param upperWhisker the largest value ≤ q3 + 1.5 IQR
 * @param outliers values outside the whiskers
 */
public record BoxSummary(int n, double q1, double median, double q3, double lowerWhisker,
    double upperWhisker, int outliers) {

  /**
   * The box of {@code values}.
   *
   * @throws IllegalArgumentException if there are no values or one is not finite
   */
  public static BoxSummary of(double[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("a box plot needs at least one value");
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    for (double v : sorted) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("value " + v + " is not finite");
      }
    }
    double q1 = Quantiles.type7(sorted, 0.25);
    double q3 = Quantiles.type7(sorted, 0.75);
    double reach = 1.5 * (q3 - q1);
    double low = sorted[sorted.length - 1];
    double high = sorted[0];
    int outside = 0;
    for (double v : sorted) {
      if (v < q1 - reach || v > q3 + reach) {
        outside++;
      } else {
        low = Math.min(low, v);
        high = Math.max(high, v);
      }
    }
    return new BoxSummary(sorted.length, q1, Quantiles.type7(sorted, 0.5), q3, low, high,
        outside);
  }

  /**
   * The boxes of several groups of values, whose quartiles the analysis computed (as R's {@code
   * quantile(x, type = 7)}), read once more, all groups in one pass, for the whiskers.
   *
   * @param groups the analysis's groups, with their n and quartiles
   * @param size rows 0 to size − 1 are read
   * @param groupOf the group of a row (an index into {@code groups}), or −1 for none
   * @param value the value of a row in a group
   * @throws IllegalStateException if a group's rows are not the analysis's n
   */
  static List<BoxSummary> of(List<PositionGroup> groups, int size, IntUnaryOperator groupOf,
      IntToDoubleFunction value) {
    int k = groups.size();
    double[] lowFence = new double[k];
    double[] highFence = new double[k];
    double[] low = new double[k];
    double[] high = new double[k];
    int[] n = new int[k];
    int[] outside = new int[k];
    for (int g = 0; g < k; g++) {
      double reach = 1.5 * (groups.get(g).q3() - groups.get(g).q1());
      lowFence[g] = groups.get(g).q1() - reach;
      highFence[g] = groups.get(g).q3() + reach;
      low[g] = Double.POSITIVE_INFINITY;
      high[g] = Double.NEGATIVE_INFINITY;
    }
    for (int i = 0; i < size; i++) {
      int g = groupOf.applyAsInt(i);
      if (g < 0) {
        continue;
      }
      double v = value.applyAsDouble(i);
      n[g]++;
      if (v < lowFence[g] || v > highFence[g]) {
        outside[g]++;
      } else {
        low[g] = Math.min(low[g], v);
        high[g] = Math.max(high[g], v);
      }
    }
    List<BoxSummary> boxes = new ArrayList<>(k);
    for (int g = 0; g < k; g++) {
      PositionGroup group = groups.get(g);
      if (n[g] != group.n()) {
        throw new IllegalStateException(group.position() + ": " + n[g]
            + " values in the report and " + group.n() + " in the analysis");
      }
      boxes.add(new BoxSummary(n[g], group.q1(), group.median(), group.q3(), low[g], high[g],
          outside[g]));
    }
    return boxes;
  }
}
