package org.sleepstat.analysis;

import java.util.Locale;
import org.sleepstat.core.survey.NumberColumn;

/**
 * Mattress age against an outcome: Pearson's r with its t-test and Fisher-z interval, and
 * Spearman's rho with the t approximation, as R's {@code cor.test(age, y)} and {@code
 * cor.test(age, y, method = "spearman", exact = FALSE)}, with a Fisher-z interval for rho too.
 */
final class Correlation {
  private Correlation() {}

  /**
   * Over the respondents with both values, in two passes over the columns and without arrays of
   * them: the first tallies both variables (means, and the distinct values whose average ranks
   * Spearman's rho needs), the second sums the cross products of the values and of their ranks,
   * in row order, two-pass as R's cor (clamped to [−1, 1]).
   *
   * @param ageName and {@code outcome} name the two variables in reasons
   */
  static MattressAgeResult compute(String outcome, String ageName, NumberColumn ageColumn,
      NumberColumn yColumn) {
    int size = ageColumn.size();
    Tally ages = new Tally();
    Tally ys = new Tally();
    for (int i = 0; i < size; i++) {
      double a = ageColumn.get(i);
      double v = yColumn.get(i);
      if (!Double.isNaN(a) && !Double.isNaN(v)) {
        ages.add(a);
        ys.add(v);
      }
    }
    ages.done();
    ys.done();
    int n = ages.count();
    if (n < 3) {
      Stat few = Stat.undefined(String.format(Locale.ROOT,
          "n = %d: a correlation test needs at least 3 respondents with both values", n));
      return new MattressAgeResult(outcome, n, few, few, few, few, few, few, few, few);
    }
    String constant = ages.isConstant() ? ageName + " has zero variance"
        : ys.isConstant() ? outcome + " has zero variance" : null;
    if (constant != null) {
      Stat none = Stat.undefined(constant);
      return new MattressAgeResult(outcome, n, none, none, none, none, none, none, none, none);
    }

    double[] ageRank = ranks(ages);
    double[] yRank = ranks(ys);
    double mx = ages.mean();
    double my = ys.mean();
    // the ranks 1..n sum to n(n + 1)/2 exactly, so their mean is that over n, as Moments.mean
    double meanRank = ((double) n * (n + 1) / 2) / n;
    double sxx = 0;
    double syy = 0;
    double sxy = 0;
    double rxx = 0;
    double ryy = 0;
    double rxy = 0;
    for (int i = 0; i < size; i++) {
      double a = ageColumn.get(i);
      double v = yColumn.get(i);
      if (Double.isNaN(a) || Double.isNaN(v)) {
        continue;
      }
      double dx = a - mx;
      double dy = v - my;
      sxx += dx * dx;
      syy += dy * dy;
      sxy += dx * dy;
      double rx = ageRank[ages.indexOf(a)] - meanRank;
      double ry = yRank[ys.indexOf(v)] - meanRank;
      rxx += rx * rx;
      ryy += ry * ry;
      rxy += rx * ry;
    }
    double r = clamp(sxy / Math.sqrt(sxx) / Math.sqrt(syy));
    double rho = clamp(rxy / Math.sqrt(rxx) / Math.sqrt(ryy));
    MattressAgeResult out = result(outcome, n, r, rho);
    if (Double.isInfinite(sxx) || Double.isInfinite(syy) || Double.isInfinite(sxy)) {
      // the products of the values overflow; Spearman's ranks do not
      Stat none = Stat.undefined(Stat.OVERFLOW);
      out = new MattressAgeResult(outcome, n, none, none, none, none, out.spearmanRho(),
          out.pSpearman(), out.spearmanCiLow(), out.spearmanCiHigh());
    }
    return out;
  }

  private static MattressAgeResult result(String outcome, int n, double r, double rho) {
    double df = n - 2;
    // R: 2 * min(pt(t, df), pt(t, df, lower.tail = FALSE)) with t = sqrt(df) r / sqrt(1 - r^2);
    // |r| = 1 makes t infinite and p 0.
    double p = Math.abs(r) == 1 ? 0
        : Distributions.tTwoSided(Math.sqrt(df) * r / Math.sqrt(1 - r * r), df);
    Stat[] pearsonCi = fisherInterval(r, n);
    double pRho = spearmanP(rho, n);
    String bad = "correlation not computable";
    Stat[] spearmanCi = fisherInterval(rho, n);
    return new MattressAgeResult(outcome, n, Stat.finiteOr(r, bad), Stat.finiteOr(p, bad),
        pearsonCi[0], pearsonCi[1], Stat.finiteOr(rho, bad), Stat.finiteOr(pRho, bad),
        spearmanCi[0], spearmanCi[1]);
  }

  /** R's average rank of each distinct value of a tally (done). */
  private static double[] ranks(Tally t) {
    double[] out = new double[t.distinct()];
    for (int k = 0; k < out.length; k++) {
      out[k] = t.averageRank(k);
    }
    return out;
  }

  private static double clamp(double r) {
    return Math.max(-1, Math.min(1, r));
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
