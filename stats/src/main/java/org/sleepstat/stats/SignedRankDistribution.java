package org.sleepstat.stats;

/**
 * The exact null distribution of the signed-rank statistic V for n values without ties or zeros:
 * V takes each value k in 0..n(n+1)/2 with probability (number of subsets of 1..n summing to k) /
 * 2^n. Counts are exact up to n = 50 (they stay below 2^53), which covers R's exact method (n &lt;
 * 50). Gives R's {@code qsignrank} and {@code psignrank} for the exact Hodges–Lehmann interval.
 */
final class SignedRankDistribution {
  /** Largest n whose subset counts are exact in a double. */
  static final int MAX_N = 50;

  private final int n;
  private final double[] counts;

  private SignedRankDistribution(int n, double[] counts) {
    this.n = n;
    this.counts = counts;
  }

  /** The distribution for {@code n} values, 1 ≤ n ≤ {@link #MAX_N}. */
  static SignedRankDistribution of(int n) {
    if (n < 1 || n > MAX_N) {
      throw new IllegalArgumentException("signed-rank n " + n + " is not in 1.." + MAX_N);
    }
    int max = n * (n + 1) / 2;
    double[] counts = new double[max + 1];
    counts[0] = 1;
    // add the ranks one at a time: subsets of 1..j summing to k
    for (int j = 1; j <= n; j++) {
      for (int k = j * (j + 1) / 2; k >= j; k--) {
        counts[k] += counts[k - j];
      }
    }
    return new SignedRankDistribution(n, counts);
  }

  /** psignrank(q, n): P(V ≤ q). */
  double cumulative(int q) {
    if (q < 0) {
      return 0;
    }
    int max = counts.length - 1;
    if (q >= max) {
      return 1;
    }
    // sum the shorter tail; both sums are exact (dyadic rationals with fewer than 53 bits)
    double scale = Math.scalb(1.0, -n);
    double p = 0;
    if (q <= max / 2) {
      for (int k = 0; k <= q; k++) {
        p += counts[k] * scale;
      }
      return p;
    }
    for (int k = q + 1; k <= max; k++) {
      p += counts[k] * scale;
    }
    return 1 - p;
  }

  /**
   * qsignrank(p, n) for p ≤ 0.5: the smallest q with P(V ≤ q) ≥ p, allowing R's fuzz of 10
   * machine epsilons.
   */
  int quantile(double p) {
    if (!(p > 0 && p <= 0.5)) {
      throw new IllegalArgumentException("signed-rank quantile of " + p + " (needs 0 < p <= 0.5)");
    }
    double target = p - 10 * Math.ulp(1.0);
    double scale = Math.scalb(1.0, -n);
    double cumulative = 0;
    int q = 0;
    while (true) {
      cumulative += counts[q] * scale;
      if (cumulative >= target) {
        return q;
      }
      q++;
    }
  }
}
