package org.sleepstat.report.charts;

/**
 * Deterministic jitter for points on whole-number scores, which would otherwise sit on top of
 * each other in a few rows: the k-th point moves by an amount from a low-discrepancy sequence
 * (the fractional parts of k·α for an irrational α), so that the same data always draw the same
 * picture, the offsets spread evenly, and no random numbers are involved. Only what is drawn
 * moves; every statistic uses the values themselves.
 */
final class Jitter {
  /** The golden ratio's fractional part: the most evenly spread sequence k·α mod 1. */
  static final double ALONG = 0.6180339887498949;
  /** √2 − 1, for a second coordinate whose offsets do not follow the first's. */
  static final double ACROSS = 0.41421356237309515;

  private Jitter() {}

  /**
   * {@code values} moved by at most ± {@code half} each, by the sequence of {@code alpha}; the
   * values unchanged when {@code half} is 0.
   */
  static double[] apply(double[] values, double half, double alpha) {
    double[] out = values.clone();
    for (int k = 0; k < out.length; k++) {
      double u = (k + 1) * alpha;
      out[k] += (2 * (u - Math.floor(u)) - 1) * half;
    }
    return out;
  }

  /**
   * Whether at least half the values are whole numbers: scores answered in whole points (and
   * ages in whole years), which pile up on one another unless jitter spreads them.
   */
  static boolean wholeNumbers(double[] values) {
    int whole = 0;
    for (double v : values) {
      if (v == Math.rint(v)) {
        whole++;
      }
    }
    return values.length > 0 && 2 * whole >= values.length;
  }
}
