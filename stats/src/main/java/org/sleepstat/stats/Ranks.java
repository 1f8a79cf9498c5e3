package org.sleepstat.stats;

import java.util.Arrays;

/**
 * Average ranks, as R's {@code rank(x)} (ties share the mean of their positions), and the tie
 * term sum(t³ − t) over groups of t tied values. Works on primitive arrays only: one sort of a
 * copy and one binary search per value among the distinct values (few for survey scores), so a
 * million values create no objects.
 *
 * @param ranks the rank of each value, in input order (1-based)
 * @param tieTerm sum over groups of tied values of t³ − t (0 when all values differ)
 */
record Ranks(double[] ranks, double tieTerm) {

  /** Ranks {@code x}, which holds no NaN. −0.0 and 0.0 are the same value, as in R. */
  static Ranks of(double[] x) {
    int n = x.length;
    double[] sorted = new double[n];
    for (int i = 0; i < n; i++) {
      sorted[i] = x[i] + 0.0; // -0.0 + 0.0 == +0.0: Arrays.sort would otherwise tell them apart
    }
    GridSort.sort(sorted);
    // the distinct values and their ranks, in place at the front of sorted
    double[] rankOf = new double[n];
    int distinct = 0;
    double tieTerm = 0;
    int start = 0;
    while (start < n) {
      int end = start + 1;
      while (end < n && sorted[end] == sorted[start]) {
        end++;
      }
      sorted[distinct] = sorted[start];
      rankOf[distinct++] = (start + 1 + end) / 2.0; // mean of positions start+1 .. end
      double t = end - start;
      tieTerm += t * t * t - t;
      start = end;
    }
    double[] ranks = new double[n];
    for (int i = 0; i < n; i++) {
      ranks[i] = rankOf[Arrays.binarySearch(sorted, 0, distinct, x[i] + 0.0)];
    }
    return new Ranks(ranks, tieTerm);
  }
}
