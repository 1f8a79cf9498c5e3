package org.sleepstat.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;

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
   * The boxes of several groups of values whose quartiles are known (computed as R's {@code
   * quantile(x, type = 7)}), the values read once more, all groups in one pass, for the whiskers
   * and the count beyond them; each box's n is the number of rows read for its group.
   *
   * @param q1 the first quartile of each group
   * @param median the median of each group
   * @param q3 the third quartile of each group
   * @param size rows 0 to size − 1 are read
   * @param groupOf the group of a row (an index into the quartile arrays), or −1 for none
   * @param value the value of a row in a group
   */
  public static List<BoxSummary> of(double[] q1, double[] median, double[] q3, int size,
      IntUnaryOperator groupOf, IntToDoubleFunction value) {
    int k = q1.length;
    if (median.length != k || q3.length != k) {
      throw new IllegalArgumentException(k + " first quartiles, " + median.length
          + " medians, " + q3.length + " third quartiles");
    }
    double[] lowFence = new double[k];
    double[] highFence = new double[k];
    double[] low = new double[k];
    double[] high = new double[k];
    int[] n = new int[k];
    int[] outside = new int[k];
    for (int g = 0; g < k; g++) {
      double reach = 1.5 * (q3[g] - q1[g]);
      lowFence[g] = q1[g] - reach;
      highFence[g] = q3[g] + reach;
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
      boxes.add(new BoxSummary(n[g], q1[g], median[g], q3[g], low[g], high[g], outside[g]));
    }
    return boxes;
  }
}
