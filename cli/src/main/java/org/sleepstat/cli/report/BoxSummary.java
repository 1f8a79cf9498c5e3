package org.sleepstat.cli.report;

import java.util.Arrays;

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
    double q1 = quantile(sorted, 0.25);
    double q3 = quantile(sorted, 0.75);
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
    return new BoxSummary(sorted.length, q1, quantile(sorted, 0.5), q3, low, high, outside);
  }

  /**
   * {@code quantile(x, p, type = 7)} of sorted values, as R's {@code quantile.default} computes
   * it (index 1 + (n − 1)p, linear interpolation between its neighbours), so the last bit agrees.
   */
  static double quantile(double[] sorted, double p) {
    int n = sorted.length;
    double index = 1 + (n - 1) * p;
    int lo = (int) Math.floor(index);
    int hi = (int) Math.ceil(index);
    double q = sorted[lo - 1];
    if (index > lo && sorted[hi - 1] != q) {
      double h = index - lo;
      q = (1 - h) * q + h * sorted[hi - 1];
    }
    return q;
  }
}
