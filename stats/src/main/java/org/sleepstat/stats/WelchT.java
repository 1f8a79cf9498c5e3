package org.sleepstat.stats;

import java.util.Locale;

/**
 * Welch's two-sample t-test, as R's {@code t.test(x, y)} (its default, {@code var.equal =
 * FALSE}), from the two samples' tallies: t = (mean x − mean y) / √(var x / n x + var y / n y)
 * with the Welch–Satterthwaite degrees of freedom, two-sided. Undefined, with R's reason, where
 * R stops: fewer than 2 values in a sample, or data essentially constant.
 *
 * @param t the statistic
 * @param df the degrees of freedom
 * @param p the two-sided p-value
 */
public record WelchT(Stat t, Stat df, Stat p) {
  /** R's t.test refuses data whose standard error is below this multiple of the larger mean. */
  private static final double ESSENTIALLY_CONSTANT = 10 * Math.ulp(1.0);

  /** The test of {@code x} against {@code y} (both done). */
  public static WelchT of(Tally x, Tally y) {
    int nx = x.count();
    int ny = y.count();
    if (nx < 2 || ny < 2) {
      return undefined(String.format(Locale.ROOT,
          "Welch's t-test needs at least 2 values per group (%d and %d)", nx, ny));
    }
    double vx = x.variance() / nx;
    double vy = y.variance() / ny;
    double se = Math.sqrt(vx + vy);
    if (!Double.isFinite(se)) {
      return undefined(Stat.OVERFLOW);
    }
    if (se < ESSENTIALLY_CONSTANT * Math.max(Math.abs(x.mean()), Math.abs(y.mean()))) {
      return undefined("the values are essentially constant in both groups (R's t.test stops)");
    }
    double df = (vx + vy) * (vx + vy) / (vx * vx / (nx - 1) + vy * vy / (ny - 1));
    double t = x.meanMinus(y) / se;
    String bad = "Welch's t-test not computable";
    return new WelchT(Stat.finiteOr(t, bad), Stat.finiteOr(df, bad),
        Stat.finiteOr(Distributions.tTwoSided(t, df), bad));
  }

  private static WelchT undefined(String reason) {
    Stat none = Stat.undefined(reason);
    return new WelchT(none, none, none);
  }
}
