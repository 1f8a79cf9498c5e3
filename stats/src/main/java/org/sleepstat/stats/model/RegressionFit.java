package org.sleepstat.stats.model;

import java.util.Arrays;
import java.util.function.DoubleSupplier;

/**
 * A least-squares fit with R's handling of aliased columns, on top of {@link LinearModel} (which
 * refuses a rank-deficient design). R's LINPACK routine dqrdc2 moves a column to the end when its
 * norm, after removing the columns before it, falls below 1e-7 times its original norm; lm then
 * reports an NA coefficient for it, fits the others and counts only them in the rank. The same
 * test is made here column by column in formula order (Householder QR of the kept columns plus
 * the candidate, {@link HouseholderQr}), so the same columns are aliased; the kept ones are fitted
 * by {@link LinearModel}, exactly as R fits them, on the decomposition made while testing them.
 */
public final class RegressionFit {
  /**
   * How far apart two computations of a column's norm can be, relatively: a sum of n squares and
   * a chain of n hypot calls each err by at most about n ulps, below 1e-6 for any array length.
   */
  private static final double NORM_SLACK = 1e-5;

  /** Per column of the design: whether it was aliased (no coefficient). */
  public final boolean[] aliased;
  /** Columns fitted, the intercept included. */
  public final int rank;
  /** The fit of the kept columns, their coefficients in design order. */
  public final LinearModel.Result result;

  private RegressionFit(boolean[] aliased, int rank, LinearModel.Result result) {
    this.aliased = aliased;
    this.rank = rank;
    this.result = result;
  }

  /**
   * Fits y on the design held column by column; the first column must be the intercept (all
   * ones).
   *
   * @param columns the design, p ≥ 1 columns of n ≥ 1 values ({@code columns[j][i]} is row i)
   * @param y the response, n values
   */
  public static RegressionFit of(double[][] columns, double[] y) {
    int n = y.length;
    int p = columns.length;
    boolean[] aliased = new boolean[p];
    boolean overflow = Double.isInfinite(sumOfSquares(y));
    for (double[] c : columns) {
      overflow |= Double.isInfinite(sumOfSquares(c));
    }
    if (overflow) {
      // an infinite norm would make every column look aliased
      return new RegressionFit(aliased, 0, LinearModel.OVERFLOWED);
    }
    HouseholderQr qr = new HouseholderQr(n);
    int[] kept = new int[p];
    int rank = 0;
    for (int j = 0; j < p; j++) {
      if (rank >= n) {
        aliased[j] = true;
        continue;
      }
      double[] reduced = qr.reduce(columns[j]);
      if (isAliased(columns[j], Math.abs(qr.diagonalOf(reduced)), rank == 0)) {
        aliased[j] = true;
      } else {
        qr.add(reduced);
        kept[rank++] = j;
      }
    }
    double[][] keptColumns = new double[rank][];
    for (int k = 0; k < rank; k++) {
      keptColumns[k] = columns[kept[k]];
    }
    return new RegressionFit(aliased, rank, LinearModel.fitColumns(keptColumns, qr, y, true));
  }

  /**
   * Fits y on the rows of {@code rows}, whose first column must be the intercept: held and fitted
   * as {@link #of(double[][], double[])} when the design has at most {@code maxHeld} values,
   * otherwise from the triangle made block by block ({@link StreamedQr}), whose columns stand for
   * the design's: the same test of each column in formula order, against the column's norm in the
   * data, then {@link LinearModel#fitStreamed} of the kept ones.
   */
  public static RegressionFit of(DesignRows rows, long maxHeld) {
    int n = rows.size();
    int p = rows.columns();
    if ((long) n * p <= maxHeld || n <= p) {
      double[] y = new double[n];
      double[][] columns = LinearModel.hold(rows, y);
      return of(columns, y);
    }
    return of(ReducedDesign.of(StreamedQr.of(rows, true), rows));
  }

  /**
   * Fits y on a design reduced to a few rows ({@link ReducedDesign}), whose first column is the
   * intercept: the same test of each column in formula order, on the stand-in columns against
   * each column's norm in the data, then {@link LinearModel#fitReduced} of the kept ones.
   */
  public static RegressionFit of(ReducedDesign reduced) {
    double[][] columns = reduced.columns();
    int p = columns.length;
    boolean[] aliased = new boolean[p];
    for (double s : reduced.sumsOfSquares()) {
      if (Double.isInfinite(s)) {
        return new RegressionFit(aliased, 0, LinearModel.OVERFLOWED);
      }
    }
    HouseholderQr qr = new HouseholderQr(reduced.height());
    int[] kept = new int[p];
    int rank = 0;
    for (int j = 0; j < p; j++) {
      if (rank >= reduced.n()) {
        aliased[j] = true;
        continue;
      }
      double[] stand = qr.reduce(columns[j]);
      double diagonal = Math.abs(qr.diagonalOf(stand));
      int column = j;
      if (isAliased(reduced.sumsOfSquares()[j],
          () -> StreamedQr.hypotNorm(reduced.rows(), column), diagonal, rank == 0)) {
        aliased[j] = true;
      } else {
        qr.add(stand);
        kept[rank++] = j;
      }
    }
    return new RegressionFit(aliased, rank,
        LinearModel.fitReduced(reduced, qr, Arrays.copyOf(kept, rank), true));
  }

  /**
   * Whether a column keeps less than 1e-7 of its norm after projecting out the kept columns
   * (dqrdc2's test; a zero column counts against a norm of 1). The norm is R's running hypot; a
   * plain sum of squares decides the test unless it lies too close to the limit to tell.
   *
   * @param diagonal |R[k][k]| of the column against the kept ones
   * @param first whether no column is kept yet (the column's own norm is then tested)
   */
  private static boolean isAliased(double[] column, double diagonal, boolean first) {
    double sum = 0;
    for (double v : column) {
      sum += v * v;
    }
    return isAliased(sum, () -> {
      double norm = 0;
      for (double v : column) {
        norm = Math.hypot(norm, v);
      }
      return norm;
    }, diagonal, first);
  }

  /**
   * {@link #isAliased(double[], double, boolean)} from the column's sum of squares (in row order)
   * and, asked only when that cannot decide, its running-hypot norm.
   */
  private static boolean isAliased(double sum, DoubleSupplier hypotNorm, double diagonal,
      boolean first) {
    double quick = Math.sqrt(sum);
    if (quick > 1e-150 && quick < 1e150) {
      double left = first ? quick : diagonal;
      double limit = LinearModel.COLLINEARITY_TOLERANCE * quick;
      if (left < limit * (1 - NORM_SLACK)) {
        return true;
      }
      if (left >= limit * (1 + NORM_SLACK)) {
        return false;
      }
    }
    double norm = hypotNorm.getAsDouble();
    double reference = norm == 0 ? 1 : norm;
    return (first ? norm : diagonal) < LinearModel.COLLINEARITY_TOLERANCE * reference;
  }

  private static double sumOfSquares(double[] x) {
    double sum = 0;
    for (double v : x) {
      sum += v * v;
    }
    return sum;
  }
}
