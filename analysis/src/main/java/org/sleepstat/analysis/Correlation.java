package org.sleepstat.analysis;

import java.util.Locale;

/**
 * Mattress age against an outcome: Pearson's r with its t-test and Fisher-z interval, and
 * Spearman's rho with the t approximation, as R's {@code cor.test(age, y)} and {@code
 * cor.test(age, y, method = "spearman", exact = FALSE)}, with a Fisher-z interval for rho too.
 */
final class Correlation {
  private Correlation() {}

  /**
   * @param ageName and {@code outcome} name the two variables in reasons
   * @param age mattress ages, none missing
   * @param y outcome values, none missing, same length
   */
  static MattressAgeResult compute(String outcome, String ageName, double[] age, double[] y) {
    int n = y.length;
    if (n < 3) {
      Stat few = Stat.undefined(String.format(Locale.ROOT,
          "n = %d: a correlation test needs at least 3 respondents with both values", n));
      return new MattressAgeResult(outcome, n, few, few, few, few, few, few, few, few);
    }
    String constant = constantReason(ageName, age, outcome, y);
    if (constant != null) {
      Stat none = Stat.undefined(constant);
      return new MattressAgeResult(outcome, n, none, none, none, none, none, none, none, none);
    }

    double r = pearson(age, y);
    double df = n - 2;
    // R: 2 * min(pt(t, df), pt(t, df, lower.tail = FALSE)) with t = sqrt(df) r / sqrt(1 - r^2);
    // |r| = 1 makes t infinite and p 0.
    double p = Math.abs(r) == 1 ? 0
        : Distributions.tTwoSided(Math.sqrt(df) * r / Math.sqrt(1 - r * r), df);
    Stat[] pearsonCi = fisherInterval(r, n);
    double rho = pearson(Ranks.of(age).ranks(), Ranks.of(y).ranks());
    double pRho = spearmanP(rho, n);
    String bad = "correlation not computable";
    Stat[] spearmanCi = fisherInterval(rho, n);
    return new MattressAgeResult(outcome, n, Stat.finiteOr(r, bad), Stat.finiteOr(p, bad),
        pearsonCi[0], pearsonCi[1], Stat.finiteOr(rho, bad), Stat.finiteOr(pRho, bad),
        spearmanCi[0], spearmanCi[1]);
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
    return new Stat[] {
      Stat.finiteOr(Math.tanh(z - half), "Fisher-z interval not computable"),
      Stat.finiteOr(Math.tanh(z + half), "Fisher-z interval not computable")
    };
  }

  private static String constantReason(String ageName, double[] age, String outcome, double[] y) {
    if (isConstant(age)) {
      return ageName + " has zero variance";
    }
    if (isConstant(y)) {
      return outcome + " has zero variance";
    }
    return null;
  }

  private static boolean isConstant(double[] v) {
    for (double x : v) {
      if (x != v[0]) {
        return false;
      }
    }
    return true;
  }

  /** Pearson's r of two non-constant arrays, two-pass, clamped to [−1, 1] as R's cor. */
  static double pearson(double[] x, double[] y) {
    double mx = Moments.mean(x);
    double my = Moments.mean(y);
    double sxx = 0;
    double syy = 0;
    double sxy = 0;
    for (int i = 0; i < x.length; i++) {
      double dx = x[i] - mx;
      double dy = y[i] - my;
      sxx += dx * dx;
      syy += dy * dy;
      sxy += dx * dy;
    }
    double r = sxy / Math.sqrt(sxx) / Math.sqrt(syy);
    return Math.max(-1, Math.min(1, r));
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
