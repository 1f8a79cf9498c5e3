package org.sleepstat.cli.report;

import java.util.Arrays;
import org.sleepstat.analysis.Quantiles;

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
    return new BoxSummary(sorted.length, q1, Quantiles.type7(sorted, 0.5), q3, low, high, outside);
  }

}
