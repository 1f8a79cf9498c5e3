package org.sleepstat.stats.mixed;

/**
 * The clusters that share one design X_i (same rows, same order): X_i'X_i, X_i'1 and n_i once,
 * and over the clusters their count and the mean and centred sum of squares of the cluster sums
 * s_i = 1'y_i (Welford's updates, so that Σ (s_i − t)² for any t is taken without cancelling
 * large squares: M2 + count · (mean − t)²).
 */
final class ClusterPattern {
  final int n;
  /** X_i'1: the column sums of the design rows. */
  final double[] a;
  /** X_i'X_i, p × p, row-major. */
  final double[] xx;
  long count;
  double meanS;
  double m2S;

  ClusterPattern(double[] rows, int n, int p) {
    this.n = n;
    this.a = new double[p];
    this.xx = new double[p * p];
    for (int obs = 0; obs < n; obs++) {
      int from = obs * p;
      for (int j = 0; j < p; j++) {
        double xj = rows[from + j];
        a[j] += xj;
        for (int k = 0; k < p; k++) {
          xx[j * p + k] += xj * rows[from + k];
        }
      }
    }
  }

  void add(double s) {
    count++;
    double delta = s - meanS;
    meanS += delta / count;
    m2S += delta * (s - meanS);
  }

  /** Σ over the clusters of (s_i − t)². */
  double squaresAbout(double t) {
    double d = meanS - t;
    return m2S + count * d * d;
  }
}
