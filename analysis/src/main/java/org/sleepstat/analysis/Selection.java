package org.sleepstat.analysis;

import java.util.Arrays;

/**
 * The respondents an analysis used, as row indices into the survey (0-based, ascending, so in
 * file order). What shows the analysis's values (the report's charts) reads these rows instead
 * of selecting the respondents again. Immutable.
 *
 * <p>Stored compactly: the selected rows when they are at most half of the survey, otherwise the
 * rows left out (most analyses use nearly every row, so a million-row survey keeps a few
 * thousand indices rather than a million).
 */
public final class Selection {
  /** The selected rows, or null when {@link #excluded} describes the selection. */
  private final int[] rows;
  /** The rows of [0, size) not selected (ascending), when {@link #rows} is null. */
  private final int[] excluded;
  private final int size;

  private Selection(int[] rows, int[] excluded, int size) {
    this.rows = rows;
    this.excluded = excluded;
    this.size = size;
  }

  /** How many respondents. */
  public int size() {
    return size;
  }

  /** The survey row of the {@code k}-th respondent, 0 &le; k &lt; {@link #size()}. */
  public int row(int k) {
    if (rows != null) {
      return rows[k];
    }
    if (k < 0 || k >= size) {
      throw new IndexOutOfBoundsException("row " + k + " of a selection of " + size);
    }
    // before excluded[j] stand excluded[j] - j selected rows: find the excluded rows below
    int lo = 0;
    int hi = excluded.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (excluded[mid] - mid <= k) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return k + lo;
  }

  /** Equal when the same rows are selected. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Selection other) || other.size != size) {
      return false;
    }
    for (int k = 0; k < size; k++) {
      if (row(k) != other.row(k)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 1;
    for (int k = 0; k < size; k++) {
      h = 31 * h + row(k);
    }
    return h;
  }

  @Override
  public String toString() {
    return "Selection[" + size + " rows]";
  }

  /**
   * Collects a selection in one pass over a survey's rows in order, without an array of the
   * survey's size: it keeps the selected rows until they are more than half, then the rows left
   * out.
   */
  static final class Builder {
    private final int surveySize;
    private int[] selected = new int[64];
    private int selectedCount;
    private int[] gaps = new int[64];
    private int gapCount;
    private int next;

    Builder(int surveySize) {
      this.surveySize = surveySize;
    }

    /** Selects {@code row}, which follows every row added before. */
    void add(int row) {
      for (int r = next; r < row; r++) {
        if (gaps != null) {
          if (gapCount > surveySize / 2) {
            gaps = null; // the selected rows will be fewer
          } else {
            if (gapCount == gaps.length) {
              gaps = Arrays.copyOf(gaps, gaps.length * 2);
            }
            gaps[gapCount] = r;
          }
        }
        gapCount++;
      }
      next = row + 1;
      if (selected != null) {
        if (selectedCount > surveySize / 2) {
          selected = null; // the rows left out will be fewer
        } else {
          if (selectedCount == selected.length) {
            selected = Arrays.copyOf(selected, selected.length * 2);
          }
          selected[selectedCount] = row;
        }
      }
      selectedCount++;
    }

    /** The selection of the rows added. */
    Selection build() {
      if (selected != null && (gaps == null || selectedCount <= surveySize - selectedCount)) {
        return new Selection(Arrays.copyOf(selected, selectedCount), null, selectedCount);
      }
      int[] out = Arrays.copyOf(gaps, gapCount + (surveySize - next));
      for (int r = next, j = gapCount; r < surveySize; r++, j++) {
        out[j] = r;
      }
      return new Selection(null, out, selectedCount);
    }
  }
}
