package org.sleepstat.stats.model;

import java.util.Arrays;
import java.util.Locale;

/**
 * The triangular factor of the QR decomposition of [X y] for a design too large to hold, made
 * block of rows by block of rows: the triangle R so far, stacked on the next block, is reduced by
 * Householder reflections to the new triangle (the row-block updating of a QR factorisation,
 * Golub &amp; Van Loan §6.5; "tall and skinny" QR does the same). Every step is an orthogonal
 * transformation, so R is that of the whole [X y] up to the signs of its rows and to rounding,
 * with the backward stability of Householder QR; the memory is one block. R's equivalent is
 * {@code qr.R(qr(cbind(X, y)))} (up to the signs of rows), or the triangle biglm updates chunk by
 * chunk.
 *
 * <p>From R a least-squares problem is solved as from the design itself: X'X = R'R, so the
 * columns of R stand for the columns of X (same norms, same projections, same triangle of any
 * subset of columns), and the column of y for y. Alongside, the sum of squares of every column is
 * kept, summed in row order, which the tests for aliased columns need, and the sum of each column.
 *
 * <p>Rows are added one at a time ({@link #add}) or read from {@link DesignRows} ({@link #of}).
 */
public final class StreamedQr {
  /** Rows per block: a block of 1024 rows of a dozen columns stays in the processor's cache. */
  static final int BLOCK = 1024;

  private final int q;
  private final boolean intercept;
  /** R, row-major, q × q; below the diagonal zero. */
  private final double[] r;
  private final double[] sumsOfSquares;
  private final double[] sums;
  /** The block being filled, by columns. */
  private final double[][] block;
  private final double[] tau;
  private int filled;
  private long rows;

  /**
   * An empty decomposition of rows of {@code q} values (design columns, then y).
   *
   * @param intercept whether design column 0 must hold ones
   */
  public StreamedQr(int q, boolean intercept) {
    this.q = q;
    this.intercept = intercept;
    this.r = new double[q * q];
    this.sumsOfSquares = new double[q];
    this.sums = new double[q];
    this.block = new double[q][BLOCK];
    this.tau = new double[q];
  }

  /**
   * Reads every row of {@code rows} once.
   *
   * @throws IllegalArgumentException as {@link #add}, or if the rows are not {@link
   *     DesignRows#size()} many
   */
  static StreamedQr of(DesignRows rows, boolean intercept) {
    int q = rows.columns() + 1;
    StreamedQr qr = new StreamedQr(q, intercept);
    double[] buffer = new double[BLOCK * q];
    rows.rewind();
    for (int b; (b = rows.next(buffer, BLOCK)) > 0; ) {
      for (int row = 0; row < b; row++) {
        qr.add(buffer, row * q);
      }
    }
    qr.finish();
    if (qr.rows != rows.size()) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "design gave %d rows, not the %d it has", qr.rows, rows.size()));
    }
    return qr;
  }

  /**
   * Adds the row {@code values[from .. from + q)}: its design values, then y.
   *
   * @throws IllegalArgumentException if a value is not finite, or column 0 is not 1 although
   *     the design has an intercept
   */
  public void add(double[] values, int from) {
    int p = q - 1;
    for (int j = 0; j < q; j++) {
      double v = values[from + j];
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException(j == p ? "y[" + rows + "] is " + v
            : "design[" + rows + "][" + j + "] is " + v);
      }
      sumsOfSquares[j] += v * v;
      sums[j] += v;
      block[j][filled] = v;
    }
    if (intercept && values[from] != 1) {
      throw new IllegalArgumentException("intercept column holds " + values[from] + " in row "
          + rows);
    }
    rows++;
    if (++filled == BLOCK) {
      reduce();
    }
  }

  /** Takes in the rows added since the last full block. Returns this. */
  public StreamedQr finish() {
    if (filled > 0) {
      reduce();
    }
    return this;
  }

  /**
   * Reduces R stacked on the block (held by columns) to the new R, one reflection per column.
   * The reflection of column j has its head at R's row j and its tail in the block's column j;
   * applying it to the later columns needs their products with that tail, taken four columns at a
   * time so that the sums run side by side.
   */
  private void reduce() {
    int b = filled;
    filled = 0;
    for (int j = 0; j < q; j++) {
      double[] v = block[j];
      double norm2 = 0;
      for (int row = 0; row < b; row++) {
        norm2 += v[row] * v[row];
      }
      if (norm2 == 0) {
        continue; // the block adds nothing to this column: R's row j stays as it is
      }
      int top = j * q;
      double x = r[top + j];
      norm2 += x * x;
      double alpha = x > 0 ? -Math.sqrt(norm2) : Math.sqrt(norm2);
      double head = x - alpha;
      double scale = alpha * head; // −(v·v)/2 of the whole reflection vector
      int k = j + 1;
      for (; k + 3 < q; k += 4) {
        double[] c0 = block[k];
        double[] c1 = block[k + 1];
        double[] c2 = block[k + 2];
        double[] c3 = block[k + 3];
        double d0 = 0;
        double d1 = 0;
        double d2 = 0;
        double d3 = 0;
        for (int row = 0; row < b; row++) {
          double w = v[row];
          d0 += w * c0[row];
          d1 += w * c1[row];
          d2 += w * c2[row];
          d3 += w * c3[row];
        }
        tau[k] = (head * r[top + k] + d0) / scale;
        tau[k + 1] = (head * r[top + k + 1] + d1) / scale;
        tau[k + 2] = (head * r[top + k + 2] + d2) / scale;
        tau[k + 3] = (head * r[top + k + 3] + d3) / scale;
      }
      for (; k < q; k++) {
        double[] c = block[k];
        double d0 = 0;
        for (int row = 0; row < b; row++) {
          d0 += v[row] * c[row];
        }
        tau[k] = (head * r[top + k] + d0) / scale;
      }
      // the same updates, four columns a pass over the rows, each column's sums unchanged
      for (k = j + 1; k + 3 < q; k += 4) {
        double t0 = tau[k];
        double t1 = tau[k + 1];
        double t2 = tau[k + 2];
        double t3 = tau[k + 3];
        r[top + k] += t0 * head;
        r[top + k + 1] += t1 * head;
        r[top + k + 2] += t2 * head;
        r[top + k + 3] += t3 * head;
        double[] c0 = block[k];
        double[] c1 = block[k + 1];
        double[] c2 = block[k + 2];
        double[] c3 = block[k + 3];
        for (int row = 0; row < b; row++) {
          double w = v[row];
          c0[row] += t0 * w;
          c1[row] += t1 * w;
          c2[row] += t2 * w;
          c3[row] += t3 * w;
        }
      }
      for (; k < q; k++) {
        double t = tau[k];
        r[top + k] += t * head;
        double[] c = block[k];
        for (int row = 0; row < b; row++) {
          c[row] += t * v[row];
        }
      }
      r[top + j] = alpha;
    }
  }

  /** Number of rows added. */
  long rows() {
    return rows;
  }

  /** Number of values per row (design columns and y). */
  int width() {
    return q;
  }

  /** R[i][j] of the whole triangle (y's column last); call {@link #finish()} first. */
  double r(int i, int j) {
    return r[i * q + j];
  }

  /** Σ x² of column j, in row order. */
  double sumOfSquares(int j) {
    return sumsOfSquares[j];
  }

  /** Σ x of column j, in row order (a plain sum). */
  double sum(int j) {
    return sums[j];
  }

  /** The p design columns of R, each of p + 1 values ({@code [j][i]} is R[i][j]). */
  double[][] designColumns() {
    double[][] out = new double[q - 1][];
    for (int j = 0; j < q - 1; j++) {
      out[j] = column(j);
    }
    return out;
  }

  /** Column j of R, q values. */
  double[] column(int j) {
    double[] out = new double[q];
    for (int i = 0; i <= j; i++) {
      out[i] = r[i * q + j];
    }
    return out;
  }

  /** The column of R that stands for y, q values. */
  double[] yColumn() {
    return column(q - 1);
  }

  /** R's norm of design column j of {@code rows}: a running hypot (dqrdc2's dnrm2). */
  static double hypotNorm(DesignRows rows, int j) {
    int q = rows.columns() + 1;
    double[] buffer = new double[BLOCK * q];
    double norm = 0;
    rows.rewind();
    for (int b; (b = rows.next(buffer, BLOCK)) > 0; ) {
      for (int row = 0; row < b; row++) {
        norm = Math.hypot(norm, buffer[row * q + j]);
      }
    }
    return norm;
  }

  @Override
  public String toString() {
    return "StreamedQr[" + rows + " rows of " + q + ", R " + Arrays.toString(r) + "]";
  }
}
