package org.sleepstat.analysis;

import java.util.Arrays;

/** Quantiles of a sample as R's {@code quantile(x, p, type = 7)}, the default of R. */
final class SampleQuantiles {
  private final double[] sorted;

  /** @param values the sample (copied); at least one value, no NaN */
  SampleQuantiles(double[] values) {
    sorted = values.clone();
    Arrays.sort(sorted);
  }

  /**
   * {@code quantile(x, p, type = 7)}, computed as R's {@code quantile.default} does it, so the
   * last bit agrees: index = 1 + (n − 1)p, h = index − floor(index), (1 − h)·x[lo] + h·x[hi].
   */
  double quantile(double p) {
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
