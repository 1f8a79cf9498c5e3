package org.sleepstat.stats;

/**
 * Sample quantiles and medians exactly as R computes them: {@code quantile(x, p)} (type 7, R's
 * default) evaluated as {@code quantile.default} does, so the last bit agrees, and {@code
 * median(x)}, the middle value or the mean of the middle two.
 */
public final class Quantiles {
  private Quantiles() {}

  /**
   * {@code quantile(x, p, type = 7)} of values sorted ascending: index = 1 + (n − 1)p, h = index −
   * floor(index), (1 − h)·x[lo] + h·x[hi], interpolating only where x[hi] differs.
   */
  public static double type7(double[] sorted, double p) {
    double index = 1 + (sorted.length - 1) * p;
    int lo = (int) Math.floor(index);
    int hi = (int) Math.ceil(index);
    double q = sorted[lo - 1];
    if (index > lo && sorted[hi - 1] != q) {
      double h = index - lo;
      q = (1 - h) * q + h * sorted[hi - 1];
    }
    return q;
  }

  /** {@code median(x)} of values sorted ascending. */
  public static double medianOfSorted(double[] sorted) {
    int n = sorted.length;
    int half = n / 2;
    if (n % 2 == 1) {
      return sorted[half];
    }
    // halved first when the sum overflows (exact for such values), as R's long double mean
    double sum = sorted[half - 1] + sorted[half];
    return Double.isInfinite(sum) ? sorted[half - 1] / 2 + sorted[half] / 2 : sum / 2;
  }

  /** {@code median(x)}; {@code values} is left as it is. */
  public static double median(double[] values) {
    double[] v = values.clone();
    GridSort.sort(v);
    return medianOfSorted(v);
  }
}
