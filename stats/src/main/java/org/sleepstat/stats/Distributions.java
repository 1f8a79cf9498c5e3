package org.sleepstat.stats;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.FDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Tail probabilities and quantiles as R's pt, pf, pchisq and qnorm/qt give them. Upper tails use
 * the survival functions, not 1 − cdf, so small p-values keep their precision (as R's {@code
 * lower.tail = FALSE}).
 */
public final class Distributions {
  /** Two-sided 95% confidence. */
  static final double CONFIDENCE = 0.95;

  /** qnorm(0.975). */
  public static final double Z_975 =
      NormalDistribution.of(0, 1).inverseCumulativeProbability((1 + CONFIDENCE) / 2);

  private Distributions() {}

  /** qt(0.975, df). */
  public static double tQuantile975(double df) {
    return TDistribution.of(df).inverseCumulativeProbability((1 + CONFIDENCE) / 2);
  }

  /** 2 * min(pt(t, df), pt(t, df, lower.tail = FALSE)). */
  public static double tTwoSided(double t, double df) {
    TDistribution dist = TDistribution.of(df);
    return 2 * Math.min(dist.cumulativeProbability(t), dist.survivalProbability(t));
  }

  /** pt(t, df, lower.tail = FALSE). */
  public static double tUpper(double t, double df) {
    return TDistribution.of(df).survivalProbability(t);
  }

  /** pt(t, df). */
  public static double tLower(double t, double df) {
    return TDistribution.of(df).cumulativeProbability(t);
  }

  /** pf(f, df1, df2, lower.tail = FALSE). */
  public static double fUpper(double f, double df1, double df2) {
    return FDistribution.of(df1, df2).survivalProbability(f);
  }

  /** pnorm(z). */
  public static double normalLower(double z) {
    return NormalDistribution.of(0, 1).cumulativeProbability(z);
  }

  /** pnorm(z, lower.tail = FALSE). */
  public static double normalUpper(double z) {
    return NormalDistribution.of(0, 1).survivalProbability(z);
  }

  /** pchisq(x, df, lower.tail = FALSE). */
  static double chiSquaredUpper(double x, double df) {
    return ChiSquaredDistribution.of(df).survivalProbability(x);
  }
}
