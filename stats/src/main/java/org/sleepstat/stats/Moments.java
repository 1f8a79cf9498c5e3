package org.sleepstat.stats;

/**
 * Means and sums of squares over primitive arrays, close to R's: R accumulates in long double,
 * so sums here are taken in double-double ({@link CompensatedSum}) and divided before their one
 * rounding; a plain double sum, or R's residual refinement done in double, drifts by several
 * ulps (mean(c(-3, -2, -1, 0, 2)) would be −0.8000000000000003, not R's −0.8). Deviations are
 * taken from the mean in a second pass, as R's {@code var}.
 */
public final class Moments {
  private Moments() {}

  /** Mean of the first {@code n} values; {@code n >= 1}. */
  static double mean(double[] x, int n) {
    CompensatedSum sum = new CompensatedSum();
    for (int i = 0; i < n; i++) {
      sum.add(x[i]);
    }
    return sum.mean(n);
  }

  /** Mean of all values; at least one. */
  public static double mean(double[] x) {
    return mean(x, x.length);
  }

  /** Sum of squared deviations from {@code mean} of all values; infinite when it overflows. */
  public static double sumOfSquares(double[] x, double mean) {
    double sum = 0;
    double compensation = 0;
    for (double v : x) {
      double d = v - mean;
      double sq = d * d;
      double t = sum + sq;
      compensation += sum >= sq ? (sum - t) + sq : (sq - t) + sum;
      sum = t;
    }
    // an overflowed sum stays infinite (the compensation of an infinity is NaN)
    return Double.isInfinite(sum) ? sum : sum + compensation;
  }

  /** Sample variance (denominator n − 1) of all values; at least two. */
  public static double variance(double[] x, double mean) {
    return sumOfSquares(x, mean) / (x.length - 1);
  }
}
