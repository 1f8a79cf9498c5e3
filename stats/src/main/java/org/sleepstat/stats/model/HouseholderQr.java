package org.sleepstat.stats.model;

import java.util.Arrays;

/**
 * Householder QR of an n × p matrix held column by column in primitive arrays, built one column
 * at a time. The arithmetic is that of Commons Math 3.6's {@code QRDecomposition} (which works on
 * the transpose, i.e. on columns, too) operation for operation, so R, the solution and every
 * rounding are the same as there; what differs is that no n × p object matrix, no block layout
 * and no n × p copy of R are made, which on a million rows was most of a regression's time.
 *
 * <p>Column k's reflection depends only on columns 0..k, so a candidate column can be reduced
 * against the columns added so far ({@link #reduce}) to see its diagonal entry of R before
 * deciding to {@link #add} it: that is how dqrdc2's aliasing test runs column by column without a
 * QR per candidate.
 */
final class HouseholderQr {
  private final int n;
  /** Column j after the reflections 0..j: below the diagonal the j-th Householder vector. */
  private double[][] columns = new double[4][];
  private double[] rDiag = new double[4];
  private int p;

  /** An empty decomposition of columns of {@code n} rows. */
  HouseholderQr(int n) {
    this.n = n;
  }

  /** The decomposition of the given columns (each of the same length n), which are not changed. */
  static HouseholderQr of(double[][] columns, int n) {
    HouseholderQr qr = new HouseholderQr(n);
    for (double[] c : columns) {
      qr.add(qr.reduce(c));
    }
    return qr;
  }

  /**
   * A copy of {@code column} with the reflections of the columns added so far applied: its rows
   * from the number of columns added on are what the next reflection works on.
   */
  double[] reduce(double[] column) {
    double[] c = Arrays.copyOf(column, n);
    for (int minor = 0; minor < p; minor++) {
      double a = rDiag[minor];
      if (a == 0.0) {
        continue;
      }
      double[] v = columns[minor];
      double alpha = 0;
      for (int row = minor; row < n; row++) {
        alpha -= c[row] * v[row];
      }
      alpha /= a * v[minor];
      for (int row = minor; row < n; row++) {
        c[row] -= alpha * v[row];
      }
    }
    return c;
  }

  /**
   * The diagonal entry of R that a column reduced by {@link #reduce} would get if added next
   * (its sign as Commons Math gives it).
   */
  double diagonalOf(double[] reduced) {
    int minor = p;
    double xNormSqr = 0;
    for (int row = minor; row < n; row++) {
      double c = reduced[row];
      xNormSqr += c * c;
    }
    return reduced[minor] > 0 ? -Math.sqrt(xNormSqr) : Math.sqrt(xNormSqr);
  }

  /** Adds a column already reduced by {@link #reduce} (taken over, not copied). */
  void add(double[] reduced) {
    if (p >= n) {
      throw new IllegalStateException("a QR of " + n + " rows takes at most " + n + " columns");
    }
    if (p == columns.length) {
      columns = Arrays.copyOf(columns, 2 * p);
      rDiag = Arrays.copyOf(rDiag, 2 * p);
    }
    double a = diagonalOf(reduced);
    rDiag[p] = a;
    if (a != 0.0) {
      reduced[p] -= a;
    }
    columns[p++] = reduced;
  }

  /** R[row][col] of the p × p upper triangle. */
  double r(int row, int col) {
    if (row == col) {
      return rDiag[row];
    }
    return row < col ? columns[col][row] : 0;
  }

  /**
   * Qᵀy, R's "effects": its first p entries are R·b for the least-squares b, the sum of squares
   * of the others is the residual sum of squares.
   */
  double[] effects(double[] y) {
    double[] z = y.clone();
    for (int minor = 0; minor < Math.min(n, p); minor++) {
      double[] v = columns[minor];
      double dot = 0;
      for (int row = minor; row < n; row++) {
        dot += z[row] * v[row];
      }
      dot /= rDiag[minor] * v[minor];
      for (int row = minor; row < n; row++) {
        z[row] += dot * v[row];
      }
    }
    return z;
  }

  /**
   * The least-squares solution of X·b = y, as Commons Math's QR solver computes it; every
   * diagonal entry of R must be non-zero.
   */
  double[] solve(double[] y) {
    double[] z = effects(y);
    double[] x = new double[p];
    for (int row = p - 1; row >= 0; --row) {
      z[row] /= rDiag[row];
      double zRow = z[row];
      double[] v = columns[row];
      x[row] = zRow;
      for (int i = 0; i < row; i++) {
        z[i] -= zRow * v[i];
      }
    }
    return x;
  }
}
