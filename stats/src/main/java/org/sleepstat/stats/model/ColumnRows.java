package org.sleepstat.stats.model;

/** Held columns read as rows ({@link DesignRows#of}): the arrays themselves, not copies. */
final class ColumnRows implements DesignRows {
  private final double[][] columns;
  private final double[] y;
  private int cursor;

  ColumnRows(double[][] columns, double[] y) {
    for (double[] c : columns) {
      if (c.length != y.length) {
        throw new IllegalArgumentException("a column of " + c.length + " values for "
            + y.length + " values of y");
      }
    }
    this.columns = columns;
    this.y = y;
  }

  @Override
  public int size() {
    return y.length;
  }

  @Override
  public int columns() {
    return columns.length;
  }

  @Override
  public void rewind() {
    cursor = 0;
  }

  @Override
  public int next(double[] out, int max) {
    int q = columns.length + 1;
    int r = 0;
    while (r < max && cursor < y.length) {
      int base = q * r++;
      for (int j = 0; j < columns.length; j++) {
        out[base + j] = columns[j][cursor];
      }
      out[base + q - 1] = y[cursor++];
    }
    return r;
  }
}
