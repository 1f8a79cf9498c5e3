package org.sleepstat.analysis;

import java.util.NoSuchElementException;
import java.util.PrimitiveIterator;

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

  /**
   * The rows in order, one step at a time without a search (faster than {@link #row} over all
   * of them when the left-out rows are stored).
   */
  public PrimitiveIterator.OfInt iterator() {
    return new PrimitiveIterator.OfInt() {
      private int k;
      private int row;
      private int skipped; // excluded rows passed so far

      @Override
      public boolean hasNext() {
        return k < size;
      }

      @Override
      public int nextInt() {
        if (k >= size) {
          throw new NoSuchElementException();
        }
        k++;
        if (rows != null) {
          return rows[k - 1];
        }
        while (skipped < excluded.length && excluded[skipped] == row) {
          skipped++;
          row++;
        }
        return row++;
      }
    };
  }

  /** The rows in order, as a new array, for readers that visit them several times by index. */
  public int[] toArray() {
    int[] out = new int[size];
    PrimitiveIterator.OfInt it = iterator();
    for (int k = 0; k < size; k++) {
      out[k] = it.nextInt();
    }
    return out;
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
   * Collects a selection in one pass over a survey's rows in order, marking each selected row in
   * a bitmap (a bit per row), and stores the kept or the left-out rows, whichever are fewer.
   */
  static final class Builder {
    private final int surveySize;
    private final long[] bits;
    private int count;

    Builder(int surveySize) {
      this.surveySize = surveySize;
      this.bits = new long[(surveySize + 63) >>> 6];
    }

    /** Selects {@code row}, which follows every row added before. */
    void add(int row) {
      bits[row >>> 6] |= 1L << row;
      count++;
    }

    /** The selection of the rows added. */
    Selection build() {
      boolean keepSelected = count <= surveySize - count;
      int[] out = new int[keepSelected ? count : surveySize - count];
      int j = 0;
      for (int w = 0; w < bits.length; w++) {
        long word = keepSelected ? bits[w] : ~bits[w];
        if (!keepSelected && w == bits.length - 1 && (surveySize & 63) != 0) {
          word &= (1L << surveySize) - 1; // no rows beyond the survey
        }
        while (word != 0) {
          out[j++] = (w << 6) + Long.numberOfTrailingZeros(word);
          word &= word - 1;
        }
      }
      return keepSelected ? new Selection(out, null, count) : new Selection(null, out, count);
    }
  }
}
