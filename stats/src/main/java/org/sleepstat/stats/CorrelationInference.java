package org.sleepstat.stats;

/**
 * Tests of a correlation coefficient as R's {@code cor.test(x, y)} (Pearson: t-test with n − 2
 * degrees of freedom and the Fisher-z 95% interval) and {@code cor.test(x, y, method =
 * "spearman", exact = FALSE)} (Spearman's rho with the t approximation), with a Fisher-z interval
 * for rho too (R's cor.test gives none). The coefficients themselves come from the caller, which
 * sums the cross products in its own pass over the data.
 */
public final class CorrelationInference {
  private CorrelationInference() {}

  /**
   * A coefficient with its two-sided p-value and 95% interval; each undefined with the reason
   * when not computable.
   */
  public record Result(Stat estimate, Stat p, Stat ciLow, Stat ciHigh) {}

  /** A correlation clamped to [−1, 1], as R's cor. */
  public static double clamp(double r) {
    return Math.max(-1, Math.min(1, r));
  }

  /** {@code cor.test(x, y)} from Pearson's r over n ≥ 3 pairs. */
  public static Result pearson(double r, int n) {
    double df = n - 2;
    // R: 2 * min(pt(t, df), pt(t, df, lower.tail = FALSE)) with t = sqrt(df) r / sqrt(1 - r^2);
    // |r| = 1 makes t infinite and p 0.
    double p = Math.abs(r) == 1 ? 0
        : Distributions.tTwoSided(Math.sqrt(df) * r / Math.sqrt(1 - r * r), df);
    Stat[] ci = fisherInterval(r, n);
    String bad = "correlation not computable";
    return new Result(Stat.finiteOr(r, bad), Stat.finiteOr(p, bad), ci[0], ci[1]);
  }

  /**
   * {@code cor.test(x, y, method = "spearman", exact = FALSE)} from Spearman's rho over n ≥ 3
   * pairs, with the Fisher-z interval.
   */
  public static Result spearman(double rho, int n) {
    double pRho = spearmanP(rho, n);
    String bad = "correlation not computable";
    Stat[] ci = fisherInterval(rho, n);
    return new Result(Stat.finiteOr(rho, bad), Stat.finiteOr(pRho, bad), ci[0], ci[1]);
  }

  /**
   * The 95% Fisher-z interval of a correlation, as cor.test gives it for Pearson: tanh(atanh(r) ±
   * qnorm(0.975) / sqrt(n − 3)); for Spearman's rho the same formula (R's cor.test gives none).
   */
  private static Stat[] fisherInterval(double r, int n) {
    if (n <= 3) {
      Stat none = Stat.undefined("n = " + n + ": the Fisher-z interval needs n > 3");
      return new Stat[] {none, none};
    }
    double z = atanh(r);
    double half = Distributions.Z_975 / Math.sqrt(n - 3);
    // StrictMath: the same digits on every Java (Java 24 and later give Math.tanh an intrinsic
    // whose last digit may differ; on Java 17 Math.tanh is this very function)
    return new Stat[] {
      Stat.finiteOr(StrictMath.tanh(z - half), "Fisher-z interval not computable"),
      Stat.finiteOr(StrictMath.tanh(z + half), "Fisher-z interval not computable")
    };
  }

  /**
   * cor.test's two-sided Spearman p-value with exact = FALSE, step by step as R computes it: S =
   * (n³ − n)(1 − rho)/6, r = 1 − S/den with den = n(n² − 1)/6, then the t distribution with n − 2
   * degrees of freedom on r / sqrt((1 − r²)/(n − 2)), doubled and capped at 1.
   */
  static double spearmanP(double rho, int size) {
    double n = size;
    double q = (n * n * n - n) * (1 - rho) / 6;
    double den = n * (n * n - 1) / 6;
    double r = 1 - q / den;
    double t = r / Math.sqrt((1 - r * r) / (n - 2));
    double p;
    if (q > (n * n * n - n) / 6) {
      p = Math.abs(r) == 1 ? 0 : Distributions.tLower(t, n - 2);
    } else {
      p = Math.abs(r) == 1 ? 0 : Distributions.tUpper(t, n - 2);
    }
    return Math.min(2 * p, 1);
  }

  private static double atanh(double r) {
    return 0.5 * Math.log1p(2 * r / (1 - r));
  }
}
