package org.sleepstat.analysis;

/**
 * Means and sums of squares over primitive arrays, close to R's: R accumulates in long double,
 * so sums here are compensated (Neumaier), which keeps them within an ulp or so of the exact
 * sum; a plain double sum, or R's residual refinement done in double, drifts by several ulps
 * (mean(c(-3, -2, -1, 0, 2)) would be −0.8000000000000003, not R's −0.8). Deviations are taken
 * from the mean in a second pass, as R's {@code var}.
 */
final class Moments {
  private Moments() {}

  /** Mean of the first {@code n} values; {@code n >= 1}. */
  static double mean(double[] x, int n) {
    double sum = 0;
    double compensation = 0;
    for (int i = 0; i < n; i++) {
      double v = x[i];
      double t = sum + v;
      compensation += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
      sum = t;
    }
    return (sum + compensation) / n;
  }

  /** Mean of all values; at least one. */
  static double mean(double[] x) {
    return mean(x, x.length);
  }

  /** Sum of squared deviations from {@code mean} of all values. */
  static double sumOfSquares(double[] x, double mean) {
    double sum = 0;
    double compensation = 0;
    for (double v : x) {
      double d = v - mean;
      double sq = d * d;
      double t = sum + sq;
      compensation += sum >= sq ? (sum - t) + sq : (sq - t) + sum;
      sum = t;
    }
    return sum + compensation;
  }

  /** Sample variance (denominator n − 1) of all values; at least two. */
  static double variance(double[] x, double mean) {
    return sumOfSquares(x, mean) / (x.length - 1);
  }
}
