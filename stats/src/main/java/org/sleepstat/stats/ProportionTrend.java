package org.sleepstat.stats;

import java.util.Locale;
import java.util.Objects;

/**
 * The Cochran–Armitage test for a trend in proportions across ordered groups, as R's {@code
 * prop.trend.test(x, n)} with its default scores 1..k (the groups' positions). R fits the group
 * shares on the scores by weighted least squares (weights n / (p(1 − p)), p the pooled share) and
 * takes the regression sum of squares; that is the closed form used here: with s̄ = Σ nᵢsᵢ / N,
 * χ² = (Σ xᵢ(sᵢ − s̄))² / (p(1 − p) Σ nᵢ(sᵢ − s̄)²) on 1 df. A group with n = 0 has no share and
 * drops out of R's fit (its share is NaN) while the others keep their scores; so it does here.
 *
 * <pre>{@code
 * ProportionTrend.Result r = ProportionTrend.test(new int[] {83, 90, 129, 70},
 *     new int[] {86, 93, 136, 82}); // chi-squared 8.2249, p 0.00413
 * }</pre>
 */
public final class ProportionTrend {
  private ProportionTrend() {}

  /**
   * The test's values, each undefined (with the reason) when the test is.
   *
   * @param chiSquared {@code $statistic}
   * @param df {@code $parameter}, 1
   * @param p {@code $p.value}, {@code pchisq(chiSquared, 1, lower.tail = FALSE)}
   */
  public record Result(Stat chiSquared, Stat df, Stat p) {
    /** Checks that nothing is null. */
    public Result {
      Objects.requireNonNull(chiSquared, "chiSquared");
      Objects.requireNonNull(df, "df");
      Objects.requireNonNull(p, "p");
    }

    static Result undefined(String reason) {
      Stat none = Stat.undefined(reason);
      return new Result(none, none, none);
    }
  }

  /**
   * Tests for a trend in x / n over the groups in order, scored 1..k.
   *
   * @param x successes per group, 0 ≤ x ≤ n
   * @param n trials per group, ≥ 0, same length
   * @throws IllegalArgumentException if the lengths differ or a count is out of range
   */
  public static Result test(int[] x, int[] n) {
    if (x.length != n.length) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "x has %d groups, n has %d", x.length, n.length));
    }
    long total = 0;
    long successes = 0;
    int groups = 0;
    double scoreSum = 0;
    for (int i = 0; i < x.length; i++) {
      if (n[i] < 0 || x[i] < 0 || x[i] > n[i]) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "group %d: need 0 <= x <= n, got x = %d, n = %d", i + 1, x[i], n[i]));
      }
      if (n[i] > 0) {
        groups++;
        total += n[i];
        successes += x[i];
        scoreSum += (double) n[i] * (i + 1);
      }
    }
    if (groups < 2) {
      return Result.undefined("fewer than 2 groups with observations (" + groups
          + "): no trend to test");
    }
    if (successes == 0 || successes == total) {
      // R's weights n / (p(1 - p)) are infinite here and lm.wfit stops.
      return Result.undefined((successes == 0 ? "none" : "all") + " of the " + total
          + " observations are successes: no variation to test");
    }
    double pooled = (double) successes / total;
    double meanScore = scoreSum / total;
    double numerator = 0;
    double spread = 0;
    for (int i = 0; i < x.length; i++) {
      double d = (i + 1) - meanScore;
      numerator += x[i] * d;
      spread += n[i] * d * d;
    }
    double chi = numerator * numerator / (pooled * (1 - pooled) * spread);
    if (!Double.isFinite(chi)) {
      return Result.undefined(Stat.OVERFLOW);
    }
    return new Result(Stat.of(chi), Stat.of(1), Stat.of(Distributions.chiSquaredUpper(chi, 1)));
  }
}
