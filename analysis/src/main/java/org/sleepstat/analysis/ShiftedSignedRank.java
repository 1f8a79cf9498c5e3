package org.sleepstat.analysis;

import java.util.Arrays;

/**
 * R's standardized signed-rank statistic W(d) of x − d ({@link HodgesLehmann#standardized}) for
 * many shifts d of the same x, as the Hodges–Lehmann root search needs it: x is sorted once into
 * its distinct values and their counts, and for each d the ranks of |x − d| come from merging the
 * values below d (walked downwards) with those above (walked upwards), both already in order of
 * |x − d|. No sort and no allocation per shift, and one step per distinct value, which survey
 * scores on a grid have few of.
 *
 * <p>The result is the very number the definition gives: the shifted values and their absolute
 * values are computed the same way and tied when equal, tie groups are met in ascending order as
 * a sort would give them (so the tie term adds up in the same order), and the sum of positive
 * ranks, whose terms are multiples of 1/2 below 2^52, is exact in any order. Beyond {@link
 * #MERGE_LIMIT} values that exactness is not certain and the definition is evaluated instead.
 */
final class ShiftedSignedRank {
  /** Up to this many values every partial rank sum is an exact multiple of 1/2 in a double. */
  static final int MERGE_LIMIT = 1 << 26;

  private final double[] x;
  /** Distinct values of x, ascending. */
  private final double[] values;
  /** How often each distinct value occurs. */
  private final int[] counts;

  /** @param x the values, none NaN; not copied, and not to be changed while this is used */
  ShiftedSignedRank(double[] x) {
    this.x = x;
    double[] sorted = x.clone();
    GridSort.sort(sorted);
    int distinct = 0;
    int[] counts = new int[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      if (distinct > 0 && sorted[i] == sorted[distinct - 1]) {
        counts[distinct - 1]++;
      } else {
        sorted[distinct] = sorted[i];
        counts[distinct++] = 1;
      }
    }
    this.values = Arrays.copyOf(sorted, distinct);
    this.counts = Arrays.copyOf(counts, distinct);
  }

  /** {@link HodgesLehmann#standardized}{@code (x, d, correct)}. */
  double standardized(double d, boolean correct) {
    if (x.length >= MERGE_LIMIT) {
      return HodgesLehmann.standardized(x, d, correct);
    }
    int m = values.length;
    // x − d is non-decreasing in x: negatives first, then zeros (dropped), then positives
    int zeroFrom = firstShifted(d, false);
    int positiveFrom = firstShifted(d, true);
    int below = zeroFrom - 1;
    int above = positiveFrom;
    long ranked = 0;
    double positive = 0;
    double tieTerm = 0;
    while (below >= 0 || above < m) {
      double a = below >= 0 ? Math.abs(values[below] - d) : Double.POSITIVE_INFINITY;
      double b = above < m ? Math.abs(values[above] - d) : Double.POSITIVE_INFINITY;
      double v = Math.min(a, b);
      long tied = 0;
      long tiedPositive = 0;
      while (below >= 0 && Math.abs(values[below] - d) == v) {
        tied += counts[below--];
      }
      while (above < m && Math.abs(values[above] - d) == v) {
        tied += counts[above];
        tiedPositive += counts[above++];
      }
      double rank = (ranked + 1 + ranked + tied) / 2.0; // mean of positions ranked+1 .. +tied
      positive += tiedPositive * rank;
      double t = tied;
      tieTerm += t * t * t - t;
      ranked += tied;
    }
    double n = ranked;
    double z = positive - n * (n + 1) / 4;
    double sigma = Math.sqrt(n * (n + 1) * (2 * n + 1) / 24 - tieTerm / 48);
    double correction = correct ? Math.signum(z) * 0.5 : 0;
    return (z - correction) / sigma;
  }

  /** The first distinct value whose x − d is ≥ 0 ({@code strict}: &gt; 0), or m if none. */
  private int firstShifted(double d, boolean strict) {
    int low = 0;
    int high = values.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      double s = values[mid] - d;
      if (strict ? s > 0 : s >= 0) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }
}
