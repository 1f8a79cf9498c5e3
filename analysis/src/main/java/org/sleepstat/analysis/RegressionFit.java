package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * A least-squares fit with R's handling of aliased columns, on top of {@link LinearModel} (which
 * refuses a rank-deficient design). R's LINPACK routine dqrdc2 moves a column to the end when its
 * norm, after removing the columns before it, falls below 1e-7 times its original norm; lm then
 * reports an NA coefficient for it, fits the others and counts only them in the rank. The same
 * test is made here column by column in formula order (Householder QR of the kept columns plus
 * the candidate, Commons Math), so the same columns are aliased; the kept ones are fitted by
 * {@link LinearModel}, exactly as R fits them.
 */
final class RegressionFit {
  /** Per column of the design: whether it was aliased (no coefficient). */
  final boolean[] aliased;
  /** Columns fitted, the intercept included. */
  final int rank;
  /** The fit of the kept columns, their coefficients in design order. */
  final LinearModel.Result result;

  private RegressionFit(boolean[] aliased, int rank, LinearModel.Result result) {
    this.aliased = aliased;
    this.rank = rank;
    this.result = result;
  }

  /**
   * Fits y on the columns of {@code x}; the first column must be the intercept (all ones).
   *
   * @param x the design, n ≥ 1 rows of p values
   * @param y the response, n values
   */
  static RegressionFit of(double[][] x, double[] y) {
    int n = y.length;
    int p = x[0].length;
    boolean[] aliased = new boolean[p];
    List<Integer> kept = new ArrayList<>();
    for (int j = 0; j < p; j++) {
      if (kept.size() >= n || isAliased(x, kept, j)) {
        aliased[j] = true;
      } else {
        kept.add(j);
      }
    }
    return new RegressionFit(aliased, kept.size(),
        LinearModel.fit(columns(x, kept).getData(), y, true));
  }

  /**
   * Whether column j, after projecting out the kept columns, keeps less than 1e-7 of its norm
   * (dqrdc2's test; a zero column counts against a norm of 1).
   */
  private static boolean isAliased(double[][] x, List<Integer> kept, int j) {
    double norm = 0;
    for (double[] row : x) {
      norm = Math.hypot(norm, row[j]);
    }
    double reference = norm == 0 ? 1 : norm;
    if (kept.isEmpty()) {
      return norm < LinearModel.COLLINEARITY_TOLERANCE * reference;
    }
    List<Integer> candidate = new ArrayList<>(kept);
    candidate.add(j);
    RealMatrix r = new QRDecomposition(columns(x, candidate)).getR();
    int k = kept.size();
    return Math.abs(r.getEntry(k, k)) < LinearModel.COLLINEARITY_TOLERANCE * reference;
  }

  private static RealMatrix columns(double[][] x, List<Integer> columns) {
    double[][] out = new double[x.length][columns.size()];
    for (int i = 0; i < x.length; i++) {
      for (int k = 0; k < columns.size(); k++) {
        out[i][k] = x[i][columns.get(k)];
      }
    }
    return new Array2DRowRealMatrix(out, false);
  }
}
