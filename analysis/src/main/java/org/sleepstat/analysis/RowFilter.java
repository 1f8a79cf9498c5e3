package org.sleepstat.analysis;

/**
 * The survey rows an analysis may use, one bit per row, so that an analysis is repeated on a
 * part of the survey (a sensitivity analysis) without copying the survey: the analysis reads the
 * same columns and skips the rows left out. Immutable once built.
 */
final class RowFilter {
  /** Every row. */
  static final RowFilter ALL = new RowFilter(null, -1);

  /** The rows kept, one bit each; null: every row. */
  private final long[] bits;
  private final int kept;

  private RowFilter(long[] bits, int kept) {
    this.bits = bits;
    this.kept = kept;
  }

  /** Whether row {@code row} is kept. */
  boolean keeps(int row) {
    return bits == null || (bits[row >>> 6] & (1L << row)) != 0;
  }

  /** Rows kept, or −1 for {@link #ALL}. */
  int kept() {
    return kept;
  }

  /** Marks the kept rows of a survey of {@code size} rows, then {@link #build()}. */
  static final class Builder {
    private final long[] bits;
    private int kept;

    Builder(int size) {
      bits = new long[(size + 63) >>> 6];
    }

    /** Keeps {@code row} (each row at most once). */
    void keep(int row) {
      bits[row >>> 6] |= 1L << row;
      kept++;
    }

    RowFilter build() {
      return new RowFilter(bits.clone(), kept);
    }
  }
}
