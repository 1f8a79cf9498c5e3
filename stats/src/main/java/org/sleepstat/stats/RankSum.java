package org.sleepstat.stats;

import java.util.List;
import java.util.Locale;

/**
 * The Wilcoxon rank-sum (Mann–Whitney) test of two samples as R's {@code wilcox.test(x, y)} with
 * its defaults, two-sided: W = the rank sum of x among all values − n x (n x + 1) / 2; the exact
 * p-value ({@code pwilcox}) when both samples have fewer than 50 values and no value is tied,
 * else the normal approximation with the tie correction of the variance and the continuity
 * correction ({@code correct = TRUE}), as R chooses.
 *
 * @param w the statistic W of x
 * @param p the two-sided p-value
 * @param exact whether p is the exact one
 */
public record RankSum(Stat w, Stat p, boolean exact) {
  /** R computes the exact p-value below this many values per sample (and without ties). */
  static final int EXACT_BELOW = 50;

  /** The test of {@code x} against {@code y} (both done). */
  public static RankSum of(Tally x, Tally y) {
    int nx = x.count();
    int ny = y.count();
    if (nx == 0 || ny == 0) {
      Stat none = Stat.undefined(String.format(Locale.ROOT,
          "the rank-sum test needs values in both groups (%d and %d)", nx, ny));
      return new RankSum(none, none, false);
    }
    Tally pooled = Tally.pooled(List.of(x, y));
    double w = x.rankSumIn(pooled) - nx * (nx + 1.0) / 2;
    boolean ties = pooled.distinct() < pooled.count();
    if (nx < EXACT_BELOW && ny < EXACT_BELOW && !ties) {
      return new RankSum(Stat.of(w), Stat.of(exactP((int) w, nx, ny)), true);
    }
    double n = nx + (double) ny;
    double z = w - nx * (double) ny / 2;
    double sigma = Math.sqrt(nx * (double) ny / 12
        * ((n + 1) - pooled.tieTerm() / (n * (n - 1))));
    if (!(sigma > 0)) {
      return new RankSum(Stat.of(w), Stat.undefined("every value is the same: the"
          + " rank-sum test has no variance (R gives NaN)"), false);
    }
    double corrected = (z - Math.signum(z) * 0.5) / sigma;
    double p = 2 * Math.min(Distributions.normalLower(corrected),
        Distributions.normalUpper(corrected));
    return new RankSum(Stat.of(w), Stat.finiteOr(Math.min(p, 1), "p not computable"),
        false);
  }

  /**
   * R's exact two-sided p: 2 P(W ≤ w) when w ≤ m n / 2, else 2 P(W ≥ w), at most 1. The counts
   * of W come from the number of subsets of the ranks 1..m+n of size m with each sum, built up
   * one rank at a time; divided by choose(m + n, m) as R's {@code cwilcox} / {@code choose}.
   */
  static double exactP(int w, int m, int n) {
    int max = m * n;
    double[] counts = wilcoxCounts(m, n);
    double total = 0;
    for (double c : counts) {
      total += c;
    }
    double tail = 0;
    if (w > max / 2.0) {
      for (int k = w; k <= max; k++) {
        tail += counts[k];
      }
    } else {
      for (int k = 0; k <= w; k++) {
        tail += counts[k];
      }
    }
    return Math.min(2 * tail / total, 1);
  }

  /** The number of ways W takes each value 0..m n (the Gaussian binomial's coefficients). */
  static double[] wilcoxCounts(int m, int n) {
    int max = m * n;
    // ways[j][u]: subsets of size j of the ranks seen so far, with sum minus j(j+1)/2 equal to u
    double[][] ways = new double[m + 1][max + 1];
    ways[0][0] = 1;
    for (int r = 1; r <= m + n; r++) {
      for (int j = Math.min(m, r); j >= 1; j--) {
        // adding rank r as the j-th smallest shifts u by r − j (r − j ≤ n keeps u ≤ m n)
        int shift = r - j;
        if (shift > n) {
          continue;
        }
        double[] from = ways[j - 1];
        double[] to = ways[j];
        for (int u = max - shift; u >= 0; u--) {
          if (from[u] != 0) {
            to[u + shift] += from[u];
          }
        }
      }
    }
    return ways[m];
  }
}
