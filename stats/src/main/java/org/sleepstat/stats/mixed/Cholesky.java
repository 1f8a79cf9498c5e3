package org.sleepstat.stats.mixed;

/**
 * The Cholesky factor of a small symmetric positive definite matrix (p × p, row-major): solves,
 * the inverse and the log-determinant that the REML criterion needs at every θ.
 */
final class Cholesky {
  private final int p;
  /** Lower triangle L with A = L L', row-major. */
  private final double[] l;

  private Cholesky(double[] l, int p) {
    this.l = l;
    this.p = p;
  }

  /**
   * The factor of {@code a}.
   *
   * @throws IllegalArgumentException if a is not positive definite (to rounding)
   */
  static Cholesky of(double[] a, int p) {
    double[] l = new double[p * p];
    for (int j = 0; j < p; j++) {
      double d = a[j * p + j];
      for (int k = 0; k < j; k++) {
        d -= l[j * p + k] * l[j * p + k];
      }
      if (!(d > 0)) {
        throw new IllegalArgumentException("matrix not positive definite at column " + j);
      }
      double djj = Math.sqrt(d);
      l[j * p + j] = djj;
      for (int i = j + 1; i < p; i++) {
        double s = a[i * p + j];
        for (int k = 0; k < j; k++) {
          s -= l[i * p + k] * l[j * p + k];
        }
        l[i * p + j] = s / djj;
      }
    }
    return new Cholesky(l, p);
  }

  /**
   * The first column of the symmetric positive semi-definite {@code xx} (= X'X) that is a linear
   * combination of the columns before it, or −1: as R's dqrdc2 with tolerance {@code tol}, whose
   * test |r_jj| &lt; tol · ‖x_j‖ reads here r_jj² &lt; tol² · (X'X)_jj, r_jj² being the pivot of
   * the Cholesky factorisation taken over the columns kept so far.
   */
  static int firstAliased(double[] xx, int p, double tol) {
    double[] l = new double[p * p];
    boolean[] kept = new boolean[p];
    for (int j = 0; j < p; j++) {
      double d = xx[j * p + j];
      for (int k = 0; k < j; k++) {
        if (kept[k]) {
          d -= l[j * p + k] * l[j * p + k];
        }
      }
      if (!(d > tol * tol * xx[j * p + j]) || xx[j * p + j] == 0) {
        return j;
      }
      kept[j] = true;
      double djj = Math.sqrt(d);
      l[j * p + j] = djj;
      for (int i = j + 1; i < p; i++) {
        double s = xx[i * p + j];
        for (int k = 0; k < j; k++) {
          s -= l[i * p + k] * l[j * p + k];
        }
        l[i * p + j] = s / djj;
      }
    }
    return -1;
  }

  /** log det A. */
  double logDeterminant() {
    double s = 0;
    for (int j = 0; j < p; j++) {
      s += Math.log(l[j * p + j]);
    }
    return 2 * s;
  }

  /** A⁻¹ b. */
  double[] solve(double[] b) {
    double[] x = b.clone();
    for (int i = 0; i < p; i++) {
      double s = x[i];
      for (int k = 0; k < i; k++) {
        s -= l[i * p + k] * x[k];
      }
      x[i] = s / l[i * p + i];
    }
    for (int i = p - 1; i >= 0; i--) {
      double s = x[i];
      for (int k = i + 1; k < p; k++) {
        s -= l[k * p + i] * x[k];
      }
      x[i] = s / l[i * p + i];
    }
    return x;
  }

  /** A⁻¹, p × p, row-major (symmetric). */
  double[] inverse() {
    double[] inv = new double[p * p];
    double[] e = new double[p];
    for (int j = 0; j < p; j++) {
      e[j] = 1;
      double[] col = solve(e);
      e[j] = 0;
      for (int i = 0; i < p; i++) {
        inv[i * p + j] = col[i];
      }
    }
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < i; j++) {
        double m = 0.5 * (inv[i * p + j] + inv[j * p + i]);
        inv[i * p + j] = m;
        inv[j * p + i] = m;
      }
    }
    return inv;
  }
}
