package org.sleepstat.stats;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * R's standardized signed-rank statistic W(d) of x − d ({@link HodgesLehmann#standardized}) for
 * many shifts d of the same x, as the Hodges–Lehmann root search needs it: x is sorted once into
 * its distinct values and their counts, and for each d the ranks of |x − d| come from merging the
 * values below d (walked downwards) with those above (walked upwards), both already in order of
 * |x − d|. No sort and no allocation per shift, and one step per distinct value, which survey
 * scores on a grid have few of. It is the statistic R's {@code wilcox.test(x, conf.int = TRUE,
 * exact = FALSE)} finds roots of for the interval, and {@link #test()} is that call's test.
 *
 * <p>The result is the very number the definition gives: the shifted values and their absolute
 * values are computed the same way and tied when equal, tie groups are met in ascending order as
 * a sort would give them (so the tie term adds up in the same order), and the sum of positive
 * ranks, whose terms are multiples of 1/2 below 2^52, is exact in any order. Beyond {@link
 * #MERGE_LIMIT} values that exactness is not certain and the definition is evaluated instead.
 *
 * <p>At d = 0 the same walk gives the signed-rank test itself ({@link #test()}), the numbers
 * Commons Statistics' {@code WilcoxonSignedRankTest} gives with its normal approximation, without
 * its arrays of absolute values and ranks.
 */
public final class ShiftedSignedRank {
  /** Up to this many values every partial rank sum is an exact multiple of 1/2 in a double. */
  static final int MERGE_LIMIT = 1 << 26;

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  /** The values, or null until {@link #standardized} needs them (beyond {@link #MERGE_LIMIT}). */
  private double[] x;
  /** Distinct values of x, ascending. */
  private final double[] values;
  /** How often each distinct value occurs. */
  private final int[] counts;
  /** Number of values. */
  private final long size;

  /**
   * The signed-rank test of the values against 0, normal approximation with continuity and tie
   * correction.
   *
   * @param statistic V, the sum of the ranks of |x| over the positive values
   * @param p the two-sided p-value
   * @param ties whether some |x| are tied
   */
  public record Test(double statistic, double p, boolean ties) {}

  private ShiftedSignedRank(double[] values, int[] counts) {
    this.values = values;
    this.counts = counts;
    long total = 0;
    for (int c : counts) {
      total += c;
    }
    this.size = total;
  }

  /** The non-zero values of a tally (done). */
  public static ShiftedSignedRank ofNonZero(Tally tally) {
    int m = tally.distinct();
    double[] values = new double[m];
    int[] counts = new int[m];
    int k = 0;
    for (int i = 0; i < m; i++) {
      double v = tally.value(i);
      if (v != 0) {
        values[k] = v;
        counts[k++] = tally.countOf(i);
      }
    }
    return new ShiftedSignedRank(Arrays.copyOf(values, k), Arrays.copyOf(counts, k));
  }

  /** @param x the values, none NaN; not copied, and not to be changed while this is used */
  ShiftedSignedRank(double[] x) {
    this.x = x;
    this.size = x.length;
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
    if (!Double.isFinite(d)) {
      return Double.NaN; // a NaN |x − d| equals no rank and would never be ranked
    }
    if (size >= MERGE_LIMIT) {
      return HodgesLehmann.standardized(values(), d, correct);
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

  /**
   * The signed-rank test of the values against 0 as Commons Statistics computes it with the
   * normal approximation (R's wilcox.test with its defaults gives the same): W+ and the tie term
   * Σ(t³ − t), over the groups of tied |x| in ascending order, then z = (W+ − n(n + 1)/4 ∓ 1/2)
   * / sqrt((n(n + 1)(2n + 1) − c/2)/24) and p = 2·P(Z &gt; |z|), each step in Commons' own
   * arithmetic so that the numbers agree to the bit. No value may be 0.
   */
  public Test test() {
    int m = values.length;
    int below = firstShifted(0, false) - 1;
    int above = firstShifted(0, true);
    long ranked = 0;
    double positive = 0;
    double c = 0;
    while (below >= 0 || above < m) {
      double a = below >= 0 ? -values[below] : Double.POSITIVE_INFINITY;
      double b = above < m ? values[above] : Double.POSITIVE_INFINITY;
      double v = Math.min(a, b);
      long tied = 0;
      long tiedPositive = 0;
      while (below >= 0 && -values[below] == v) {
        tied += counts[below--];
      }
      while (above < m && values[above] == v) {
        tied += counts[above];
        tiedPositive += counts[above++];
      }
      positive += tiedPositive * ((ranked + 1 + ranked + tied) / 2.0);
      if (tied != 1) {
        c += Math.pow(tied, 3) - tied;
      }
      ranked += tied;
    }
    int n = (int) ranked;
    double e = (n * (n + 1.0)) * 0.25;
    double variance = ((n * (n + 1.0) * (2 * n + 1.0)) - c * 0.5) / 24;
    double z = positive - e;
    z -= Math.signum(z) * 0.5;
    z /= Math.sqrt(variance);
    return new Test(positive, 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z)), c != 0);
  }

  /** The smallest value. */
  double min() {
    return values[0];
  }

  /** The largest value. */
  double max() {
    return values[values.length - 1];
  }

  /** R's median() of the values. */
  double median() {
    long half = size / 2;
    return size % 2 == 1 ? at(half) : (at(half - 1) + at(half)) / 2;
  }

  private double at(long i) {
    long end = 0;
    for (int k = 0; k < values.length; k++) {
      end += counts[k];
      if (end > i) {
        return values[k];
      }
    }
    throw new IndexOutOfBoundsException(i + " of " + size);
  }

  /** The values, expanded from the distinct values and their counts when not at hand. */
  private double[] values() {
    if (x == null) {
      double[] all = new double[Math.toIntExact(size)];
      int at = 0;
      for (int k = 0; k < values.length; k++) {
        Arrays.fill(all, at, at + counts[k], values[k]);
        at += counts[k];
      }
      x = all;
    }
    return x;
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
