package org.sleepstat.stats;

import java.util.Arrays;

/**
 * The Hodges–Lehmann estimate of the shift between two samples (the median of the differences
 * x_i − y_j) and its 95% confidence interval, as R's {@code wilcox.test(x, y, conf.int = TRUE)}
 * gives them ({@code $estimate}, {@code $conf.int}); the rank-sum test itself is {@link RankSum}.
 *
 * <ul>
 *   <li>Exact method (both samples below 50 values, no value tied in the pooled sample): the
 *       estimate is the median of the n x · n y differences; the interval runs from the qu-th
 *       smallest to the qu-th largest of them, qu = qwilcox(0.025, n x, n y) (at least 1). When
 *       its coverage 1 − 2·pwilcox(qu − 1) falls short of 95% by more than 2.5 points, R reports
 *       that coverage as the level (unrounded, unlike the one-sample interval).</li>
 *   <li>Normal approximation (otherwise): the ends are the shifts d at which the standardized
 *       rank-sum statistic of (x − d, y) (tie correction, continuity correction) crosses
 *       ±qnorm(0.025), searched by R's uniroot with its tolerance 1e-4 between min x − max y and
 *       max x − min y ({@link BrentRoot} takes R's path); an end the statistic cannot reach is the
 *       end of that range, as R gives. The estimate is the root of the statistic without the
 *       continuity correction.</li>
 * </ul>
 * When every x is equal and every y is equal, the range of shifts is a single point and R stops
 * (uniroot needs lower &lt; upper): there is no estimate.
 */
public final class HodgesLehmannShift {
  private static final double ALPHA = 1 - Distributions.CONFIDENCE;
  private static final double ROOT_TOLERANCE = 1e-4;
  private static final int ROOT_ITERATIONS = 1000;
  /** R's qwilcox subtracts this from p before it searches (a fuzz against rounding). */
  private static final double QUANTILE_FUZZ = 10 * Math.ulp(1.0);

  private HodgesLehmannShift() {}

  /**
   * The estimate and interval of the shift of {@code x} against {@code y}; NaN where R gives
   * none, with the reason in {@link HodgesLehmann.Result#intervalReason()}.
   *
   * @param x the first sample, at least one value, none NaN
   * @param y the second sample, at least one value, none NaN
   */
  public static HodgesLehmann.Result compute(double[] x, double[] y) {
    if (x.length == 0 || y.length == 0) {
      throw new IllegalArgumentException("both samples need a value (" + x.length + " and "
          + y.length + ")");
    }
    double[] xs = sortedCopy(x);
    double[] ys = sortedCopy(y);
    if (xs.length < RankSum.EXACT_BELOW && ys.length < RankSum.EXACT_BELOW && !tied(xs, ys)) {
      return exact(xs, ys);
    }
    return approximate(xs, ys);
  }

  private static double[] sortedCopy(double[] v) {
    double[] s = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      s[i] = v[i] + 0.0; // −0.0 is 0.0, as R ranks it
    }
    Arrays.sort(s);
    return s;
  }

  /** Whether a value occurs twice in the pooled sample (both sorted). */
  private static boolean tied(double[] xs, double[] ys) {
    double[] all = new double[xs.length + ys.length];
    System.arraycopy(xs, 0, all, 0, xs.length);
    System.arraycopy(ys, 0, all, xs.length, ys.length);
    Arrays.sort(all);
    for (int i = 1; i < all.length; i++) {
      if (all[i] == all[i - 1]) {
        return true;
      }
    }
    return false;
  }

  private static HodgesLehmann.Result exact(double[] x, double[] y) {
    int m = x.length;
    int n = y.length;
    double[] diffs = new double[m * n];
    int k = 0;
    for (double xi : x) {
      for (double yj : y) {
        diffs[k++] = xi - yj;
      }
    }
    Arrays.sort(diffs);
    double[] counts = RankSum.wilcoxCounts(m, n);
    double total = 0;
    for (double c : counts) {
      total += c;
    }
    int qu = Math.max(1, quantile(counts, total, ALPHA / 2));
    int ql = m * n - qu;
    double achieved = 2 * cumulative(counts, total, qu - 1);
    double level = Distributions.CONFIDENCE;
    if (achieved - ALPHA > ALPHA / 2) {
      level = 1 - achieved;
    }
    return new HodgesLehmann.Result(Quantiles.medianOfSorted(diffs), diffs[qu - 1], diffs[ql],
        level, null);
  }

  /** R's qwilcox(p, m, n) for p ≤ 0.5: the first w whose cumulative probability reaches p. */
  private static int quantile(double[] counts, double total, double p) {
    double target = p - QUANTILE_FUZZ;
    double sum = 0;
    int q = 0;
    while (true) {
      sum += counts[q] / total;
      if (sum >= target) {
        return q;
      }
      q++;
    }
  }

  /** R's pwilcox(q, m, n) in the lower tail: Σ counts[0..q] / choose(m + n, n). */
  private static double cumulative(double[] counts, double total, int q) {
    double sum = 0;
    for (int i = 0; i <= q; i++) {
      sum += counts[i] / total;
    }
    return sum;
  }

  private static HodgesLehmann.Result approximate(double[] x, double[] y) {
    double muMin = x[0] - y[y.length - 1];
    double muMax = x[x.length - 1] - y[0];
    if (!(muMin < muMax)) {
      return new HodgesLehmann.Result(Double.NaN, Double.NaN, Double.NaN, Double.NaN,
          "every value of each group is the same: no shift to estimate (R's uniroot stops)");
    }
    ShiftedRankSum w = new ShiftedRankSum(x, y);
    double wMin = w.standardized(muMin, true);
    double wMax = w.standardized(muMax, true);
    double low = root(w, muMin, muMax, wMin, wMax, HodgesLehmann.Z_UPPER[0]);
    double high = root(w, muMin, muMax, wMin, wMax, HodgesLehmann.Z_LOWER[0]);
    double estimate = BrentRoot.find(d -> w.standardized(d, false), muMin, muMax,
        w.standardized(muMin, false), w.standardized(muMax, false), ROOT_TOLERANCE,
        ROOT_ITERATIONS);
    return new HodgesLehmann.Result(estimate, low, high, Distributions.CONFIDENCE, null);
  }

  /** R's root(zq): an end of the range when the statistic cannot reach zq there, else uniroot. */
  private static double root(ShiftedRankSum w, double muMin, double muMax, double wMin,
      double wMax, double z) {
    double lower = wMin - z;
    if (lower <= 0) {
      return muMin;
    }
    double upper = wMax - z;
    if (upper >= 0) {
      return muMax;
    }
    return BrentRoot.find(d -> w.standardized(d, true) - z, muMin, muMax, lower, upper,
        ROOT_TOLERANCE, ROOT_ITERATIONS);
  }

  /**
   * R's W(d) of the two-sample interval: the rank sum of x − d among (x − d, y) less its mean,
   * with the continuity correction sign(dz)·0.5 when {@code correct}, over its tie-corrected
   * standard deviation. Both samples are kept sorted, so x − d stays sorted and one merge ranks
   * the pooled values for each d.
   */
  static final class ShiftedRankSum {
    /** The distinct values of x, ascending, and how often each occurs. */
    private final double[] xValues;
    private final int[] xCounts;
    /** The same for y. */
    private final double[] yValues;
    private final int[] yCounts;
    private final int m;
    private final int n;

    ShiftedRankSum(double[] sortedX, double[] sortedY) {
      m = sortedX.length;
      n = sortedY.length;
      xValues = distinct(sortedX);
      xCounts = counts(sortedX, xValues.length);
      yValues = distinct(sortedY);
      yCounts = counts(sortedY, yValues.length);
    }

    /**
     * Ranks the pooled values by tie groups, as one merge of the sorted samples would, but over
     * their distinct values: a survey's scores take few values, so a million respondents are a
     * few dozen groups. Distinct values of x that x − d rounds to one value are one group, as
     * they would be in the merge; every sum is taken in the same order as there.
     */
    double standardized(double d, boolean correct) {
      int xk = xValues.length;
      int yk = yValues.length;
      double rankSum = 0;
      double tieTerm = 0;
      int i = 0;
      int j = 0;
      long before = 0;
      while (i < xk || j < yk) {
        double v = j >= yk || (i < xk && xValues[i] - d <= yValues[j]) ? xValues[i] - d
            : yValues[j];
        int cx = 0;
        while (i < xk && xValues[i] - d == v) {
          cx += xCounts[i];
          i++;
        }
        int cy = 0;
        while (j < yk && yValues[j] == v) {
          cy += yCounts[j];
          j++;
        }
        double t = cx + cy;
        rankSum += cx * (before + (t + 1) / 2);
        tieTerm += t * t * t - t;
        before += cx + cy;
      }
      return standardized(rankSum, tieTerm, m, n, correct);
    }

    /**
     * The rank sum of the m values of x among m + n, less its mean, with the continuity
     * correction when {@code correct}, over its standard deviation with the ties' term Σ t³ − t.
     */
    static double standardized(double rankSum, double tieTerm, int m, int n, boolean correct) {
      double mm = m;
      double nn = n;
      double dz = rankSum - mm * (mm + 1) / 2 - mm * nn / 2;
      double correction = correct ? Math.signum(dz) * 0.5 : 0;
      double sigma = Math.sqrt(mm * nn / 12
          * ((mm + nn + 1) - tieTerm / ((mm + nn) * (mm + nn - 1))));
      return (dz - correction) / sigma;
    }

    /** The distinct values of sorted {@code v} (equal as {@code ==} compares), ascending. */
    private static double[] distinct(double[] v) {
      int k = 0;
      double[] out = new double[v.length];
      for (int i = 0; i < v.length; i++) {
        if (i == 0 || v[i] != v[i - 1]) {
          out[k++] = v[i];
        }
      }
      return Arrays.copyOf(out, k);
    }

    /** How often each of the {@code k} distinct values of sorted {@code v} occurs. */
    private static int[] counts(double[] v, int k) {
      int[] out = new int[k];
      int g = -1;
      for (int i = 0; i < v.length; i++) {
        if (i == 0 || v[i] != v[i - 1]) {
          g++;
        }
        out[g]++;
      }
      return out;
    }
  }
}
