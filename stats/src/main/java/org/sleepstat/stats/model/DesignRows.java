package org.sleepstat.stats.model;

/**
 * The rows of a least-squares problem y ~ X, produced on demand from where they live (the
 * columns of a survey), so that a design of millions of rows need not be held: {@link
 * LinearModel} and {@link RegressionFit} read them block by block, once or a few times. In R,
 * {@code cbind(model.matrix(y ~ ...), y)} read row by row.
 */
public interface DesignRows {
  /** Number of rows n. */
  int size();

  /** Number of design columns p (without y). */
  int columns();

  /** Starts over at the first row. */
  void rewind();

  /**
   * Writes the next rows, at most {@code max}, one after the other into {@code out}: the p design
   * values, then y (row r at {@code r * (p + 1)}).
   *
   * @return how many rows were written, 0 when none are left
   */
  int next(double[] out, int max);

  /**
   * Columns held in memory, {@code columns[j][i]} the value of design column j in row i, read as
   * rows; the arrays are read where they are, not copied.
   *
   * @throws IllegalArgumentException if a column's length is not y's
   */
  static DesignRows of(double[][] columns, double[] y) {
    return new ColumnRows(columns, y, false);
  }

  /**
   * As {@link #of}, with a column of ones first (the intercept), which nothing holds.
   *
   * @throws IllegalArgumentException if a column's length is not y's
   */
  static DesignRows withIntercept(double[][] columns, double[] y) {
    return new ColumnRows(columns, y, true);
  }
}
