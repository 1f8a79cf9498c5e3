package org.sleepstat.stats;

/**
 * The Wilson score interval for a proportion, written as R's {@code prop.test(x, n, correct =
 * FALSE)$conf.int} computes it (two-sided, no continuity correction), including R's exact 0 and
 * 1 at the ends (x = 0 or x = n).
 */
public final class WilsonInterval {
  private WilsonInterval() {}

  /**
   * Returns {low, high}.
   *
   * @param x successes, 0 ≤ x ≤ n
   * @param n trials, n ≥ 1
   * @param z the normal quantile for the confidence level, e.g. qnorm(0.975)
   */
  public static double[] of(int x, int n, double z) {
    double estimate = (double) x / n;
    double z22n = z * z / (2.0 * n);
    double high = estimate >= 1 ? 1
        : (estimate + z22n + z * Math.sqrt(estimate * (1 - estimate) / n + z22n / (2.0 * n)))
            / (1 + 2 * z22n);
    double low = estimate <= 0 ? 0
        : (estimate + z22n - z * Math.sqrt(estimate * (1 - estimate) / n + z22n / (2.0 * n)))
            / (1 + 2 * z22n);
    return new double[] {Math.max(low, 0), Math.min(high, 1)};
  }
}
