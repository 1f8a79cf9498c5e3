package org.sleepstat.stats.model;

/**
 * Held columns read as rows ({@link DesignRows#of}, {@link DesignRows#withIntercept}): the arrays
 * themselves, not copies, after a column of ones when asked for.
 */
final class ColumnRows implements DesignRows {
  private final double[][] columns;
  private final double[] y;
  /** 1 when a column of ones comes first, else 0. */
  private final int intercept;
  private int cursor;

  ColumnRows(double[][] columns, double[] y, boolean intercept) {
    for (double[] c : columns) {
      if (c.length != y.length) {
        throw new IllegalArgumentException("a column of " + c.length + " values for "
            + y.length + " values of y");
      }
    }
    this.columns = columns;
    this.y = y;
    this.intercept = intercept ? 1 : 0;
  }

  @Override
  public int size() {
    return y.length;
  }

  @Override
  public int columns() {
    return intercept + columns.length;
  }

  @Override
  public void rewind() {
    cursor = 0;
  }

  @Override
  public int next(double[] out, int max) {
    int q = intercept + columns.length + 1;
    int r = 0;
    while (r < max && cursor < y.length) {
      int base = q * r++;
      if (intercept == 1) {
        out[base] = 1;
      }
      for (int j = 0; j < columns.length; j++) {
        out[base + intercept + j] = columns[j][cursor];
      }
      out[base + q - 1] = y[cursor++];
    }
    return r;
  }
}
