package org.sleepstat.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * The Hodges–Lehmann estimate of the change (the pseudo-median of the differences) and its 95%
 * confidence interval, as R's {@code wilcox.test(x, y, paired = TRUE, conf.int = TRUE)} gives
 * them, on the non-zero differences (R drops the zeros first, for the interval too).
 *
 * <ul>
 *   <li>Exact method (fewer than 50 differences, no ties, no zeros): the estimate is the median
 *       of the n(n+1)/2 Walsh averages (x_i + x_j)/2, i ≤ j; the interval runs from the q-th
 *       smallest to the q-th largest of them, q = qsignrank(0.025, n) (at least 1). When the
 *       interval's true coverage 1 − 2·psignrank(q − 1, n) falls short of 95% by more than 2.5
 *       points, R reports it at that coverage, rounded to 2 significant digits.</li>
 *   <li>Normal approximation (otherwise): the estimate and the ends of the interval are the
 *       shifts d at which the standardized signed-rank statistic of x − d (zeros dropped, tie
 *       correction, continuity correction for the interval only) crosses 0 and ∓qnorm(0.025),
 *       found by R's uniroot with its tolerance of 1e-4 between min(x) and max(x). The statistic
 *       is a step function, so the root is a point of a jump that depends on uniroot's path: the
 *       search here takes R's path step by step ({@link BrentRoot}), with R's own values of
 *       qnorm. When ±qnorm(0.025) lies beyond what the data can reach, R doubles α until it
 *       does and lowers the reported level to 1 − α; at α ≥ 1 the interval is the median of x,
 *       at level 0. When every difference is the same, R gives the midrange and no interval.</li>
 * </ul>
 */
public final class HodgesLehmann {
  private static final double ALPHA = 1 - Distributions.CONFIDENCE;
  private static final double ROOT_TOLERANCE = 1e-4;
  private static final int ROOT_ITERATIONS = 1000;

  /**
   * R 4.2's qnorm(α/2, lower.tail = FALSE) for α = (1 − 0.95)·2^k, k = 0..5, the only levels
   * wilcox.test tries at 95%: sprintf("%.17g", qnorm((1 - 0.95) * 2^k / 2, lower.tail = FALSE)).
   * Taken from R rather than computed because the search above is path-dependent: a last-bit
   * difference in the target can move uniroot to another point of the same jump.
   */
  static final double[] Z_UPPER = {1.9599639845400536, 1.6448536269514715,
      1.2815515655445999, 0.84162123357291341, 0.25334710313579883, -0.84162123357291663};

  /** R 4.2's qnorm(α/2) for the same α (the lower-tail quantiles). */
  static final double[] Z_LOWER = {-1.9599639845400536, -1.6448536269514715,
      -1.2815515655445999, -0.84162123357291341, -0.25334710313579883, 0.84162123357291663};

  private HodgesLehmann() {}

  /**
   * The estimate and interval; NaN where R gives none, with the reason.
   *
   * @param estimate the (pseudo)median, {@code $estimate}
   * @param low lower end of {@code $conf.int}
   * @param high upper end of {@code $conf.int}
   * @param confidenceLevel {@code attr($conf.int, "conf.level")}
   * @param intervalReason why there is no interval, or null
   */
  public record Result(double estimate, double low, double high, double confidenceLevel,
      String intervalReason) {}

  /**
   * @param x the non-zero differences, at least one
   * @param exact whether R uses the exact method (fewer than 50, no ties, no zero differences)
   */
  public static Result compute(double[] x, boolean exact) {
    return exact ? exact(x) : approximate(x);
  }

  private static Result exact(double[] x) {
    int n = x.length;
    double[] walsh = new double[n * (n + 1) / 2];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        walsh[k++] = x[i] + x[j];
      }
    }
    Arrays.sort(walsh);
    for (int i = 0; i < walsh.length; i++) {
      walsh[i] /= 2; // as R: sort the sums, then halve (exact)
    }
    SignedRankDistribution v = SignedRankDistribution.of(n);
    int qu = Math.max(1, v.quantile(ALPHA / 2));
    int ql = walsh.length - qu;
    double achievedAlpha = 2 * v.cumulative(qu - 1);
    double level = Distributions.CONFIDENCE;
    if (achievedAlpha - ALPHA > ALPHA / 2) {
      level = 1 - new BigDecimal(achievedAlpha).round(new MathContext(2, RoundingMode.HALF_EVEN))
          .doubleValue();
    }
    return new Result(sortedMedian(walsh), walsh[qu - 1], walsh[ql], level, null);
  }

  private static Result approximate(double[] x) {
    return approximate(new ShiftedSignedRank(x));
  }

  /** The normal-approximation estimate and interval of the values {@code w} ranks. */
  public static Result approximate(ShiftedSignedRank w) {
    double min = w.min();
    double max = w.max();
    double wMin = w.standardized(min, true);
    double wMax = Double.isFinite(wMin) ? w.standardized(max, true) : Double.NaN;
    if (!Double.isFinite(wMax)) {
      return new Result((min + max) / 2, Double.NaN, Double.NaN, Double.NaN,
          "all non-zero changes are equal: no interval");
    }
    int k = 0;
    while (wMin - Z_UPPER[k] < 0 || wMax - Z_LOWER[k] > 0) {
      k++; // R doubles alpha until both ends are reachable; k = 5 (alpha = 1.6) always is
    }
    double alpha = ALPHA * (1 << k);
    double level = Distributions.CONFIDENCE;
    if (alpha >= 1 || 1 - level < alpha * 0.75) {
      level = 1 - Math.min(1, alpha);
    }
    double low;
    double high;
    if (alpha < 1) {
      low = root(w, min, max, wMin, wMax, Z_UPPER[k]);
      high = root(w, min, max, wMin, wMax, Z_LOWER[k]);
    } else {
      low = high = w.median();
    }
    double estimate = BrentRoot.find(d -> w.standardized(d, false), min, max,
        w.standardized(min, false), w.standardized(max, false), ROOT_TOLERANCE,
        ROOT_ITERATIONS);
    return new Result(estimate, low, high, level, null);
  }

  private static double root(ShiftedSignedRank w, double min, double max, double wMin,
      double wMax, double z) {
    return BrentRoot.find(d -> w.standardized(d, true) - z, min, max, wMin - z, wMax - z,
        ROOT_TOLERANCE, ROOT_ITERATIONS);
  }

  /**
   * R's W(d): the signed-rank statistic of x − d (zeros dropped) minus its mean, with the
   * continuity correction when {@code correct}, over its tie-corrected standard deviation. NaN
   * when no non-zero difference is left. Ranks a shifted copy of x from scratch: the definition
   * that {@link ShiftedSignedRank} computes faster.
   */
  static double standardized(double[] x, double d, boolean correct) {
    double[] shifted = new double[x.length];
    int nx = 0;
    for (double v : x) {
      double s = v - d;
      if (s != 0) {
        shifted[nx++] = s;
      }
    }
    double[] abs = new double[nx];
    for (int i = 0; i < nx; i++) {
      abs[i] = Math.abs(shifted[i]);
    }
    Ranks ranks = Ranks.of(abs);
    double positive = 0;
    for (int i = 0; i < nx; i++) {
      if (shifted[i] > 0) {
        positive += ranks.ranks()[i];
      }
    }
    double n = nx;
    double z = positive - n * (n + 1) / 4;
    double sigma = Math.sqrt(n * (n + 1) * (2 * n + 1) / 24 - ranks.tieTerm() / 48);
    double correction = correct ? Math.signum(z) * 0.5 : 0;
    return (z - correction) / sigma;
  }

  /** R's median() of {@code v}, which it sorts in place. */
  private static double sortedMedian(double[] v) {
    GridSort.sort(v);
    return Quantiles.medianOfSorted(v);
  }
}
