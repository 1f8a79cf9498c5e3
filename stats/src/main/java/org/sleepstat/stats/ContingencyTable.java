package org.sleepstat.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Counts of respondents by two categorical variables: rows are the levels of one, columns of the
 * other, as R's {@code table(x, y)}. Immutable: the counts are copied in and out.
 *
 * @param rowVariable the row variable's name, e.g. "sleep_position"
 * @param rowLevels one label per row
 * @param columnVariable the column variable's name
 * @param columnLevels one label per column
 * @param counts counts[row][column], none negative
 */
public record ContingencyTable(String rowVariable, List<String> rowLevels, String columnVariable,
    List<String> columnLevels, int[][] counts) {

  /** Checks the shape and the counts and copies everything. */
  public ContingencyTable {
    Objects.requireNonNull(rowVariable, "rowVariable");
    Objects.requireNonNull(columnVariable, "columnVariable");
    rowLevels = List.copyOf(rowLevels);
    columnLevels = List.copyOf(columnLevels);
    if (counts.length != rowLevels.size()) {
      throw new IllegalArgumentException(
          "rows: " + counts.length + " count rows for " + rowLevels.size() + " levels");
    }
    int[][] copy = new int[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      if (counts[i].length != columnLevels.size()) {
        throw new IllegalArgumentException("row " + i + " has " + counts[i].length
            + " counts for " + columnLevels.size() + " column levels");
      }
      for (int v : counts[i]) {
        if (v < 0) {
          throw new IllegalArgumentException("negative count " + v + " in row " + i);
        }
      }
      copy[i] = counts[i].clone();
    }
    counts = copy;
  }

  /** A table with levels named "1", "2", … and variables "rows" and "columns". */
  public static ContingencyTable of(int[][] counts) {
    int columns = counts.length == 0 ? 0 : counts[0].length;
    return new ContingencyTable("rows", numbered(counts.length), "columns", numbered(columns),
        counts);
  }

  private static List<String> numbered(int size) {
    List<String> out = new ArrayList<>(size);
    for (int i = 1; i <= size; i++) {
      out.add(Integer.toString(i));
    }
    return out;
  }

  /** A copy of the counts. */
  @Override
  public int[][] counts() {
    int[][] copy = new int[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      copy[i] = counts[i].clone();
    }
    return copy;
  }

  /** The count in row {@code row}, column {@code column}. */
  public int count(int row, int column) {
    return counts[row][column];
  }

  /** Number of rows. */
  public int rows() {
    return counts.length;
  }

  /** Number of columns. */
  public int columns() {
    return columnLevels.size();
  }

  /** The total count. */
  public long total() {
    long sum = 0;
    for (int[] row : counts) {
      for (int v : row) {
        sum += v;
      }
    }
    return sum;
  }

  /**
   * The table without the rows and columns whose total is zero, as R's {@code table} of {@code
   * factor(x)} (levels nobody has are dropped).
   */
  public ContingencyTable withoutEmptyLevels() {
    int[] rowTotals = new int[rows()];
    int[] columnTotals = new int[columns()];
    for (int i = 0; i < rows(); i++) {
      for (int j = 0; j < columns(); j++) {
        rowTotals[i] += counts[i][j];
        columnTotals[j] += counts[i][j];
      }
    }
    List<Integer> keptRows = new ArrayList<>();
    List<Integer> keptColumns = new ArrayList<>();
    for (int i = 0; i < rows(); i++) {
      if (rowTotals[i] > 0) {
        keptRows.add(i);
      }
    }
    for (int j = 0; j < columns(); j++) {
      if (columnTotals[j] > 0) {
        keptColumns.add(j);
      }
    }
    int[][] out = new int[keptRows.size()][keptColumns.size()];
    List<String> rowNames = new ArrayList<>();
    List<String> columnNames = new ArrayList<>();
    for (int j : keptColumns) {
      columnNames.add(columnLevels.get(j));
    }
    for (int a = 0; a < keptRows.size(); a++) {
      rowNames.add(rowLevels.get(keptRows.get(a)));
      for (int b = 0; b < keptColumns.size(); b++) {
        out[a][b] = counts[keptRows.get(a)][keptColumns.get(b)];
      }
    }
    return new ContingencyTable(rowVariable, rowNames, columnVariable, columnNames, out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ContingencyTable t && rowVariable.equals(t.rowVariable)
        && columnVariable.equals(t.columnVariable) && rowLevels.equals(t.rowLevels)
        && columnLevels.equals(t.columnLevels) && Arrays.deepEquals(counts, t.counts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rowVariable, columnVariable, rowLevels, columnLevels,
        Arrays.deepHashCode(counts));
  }

  @Override
  public String toString() {
    return "ContingencyTable[" + rowVariable + " " + rowLevels + " x " + columnVariable + " "
        + columnLevels + ": " + Arrays.deepToString(counts) + "]";
  }
}
