package org.sleepstat.analysis;

import java.util.Arrays;

/**
 * The respondents an analysis used, as row indices into the survey (0-based, ascending, so in
 * file order). What shows the analysis's values (the report's charts) reads these rows instead
 * of selecting the respondents again. Immutable.
 */
public final class Selection {
  private final int[] rows;

  private Selection(int[] rows) {
    this.rows = rows;
  }

  /** The first {@code n} of {@code rows} (ascending), copied. */
  static Selection of(int[] rows, int n) {
    return new Selection(Arrays.copyOf(rows, n));
  }

  /** How many respondents. */
  public int size() {
    return rows.length;
  }

  /** The survey row of the {@code k}-th respondent, 0 &le; k &lt; {@link #size()}. */
  public int row(int k) {
    return rows[k];
  }

  /** Equal when the same rows are selected. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Selection other && Arrays.equals(rows, other.rows);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(rows);
  }

  @Override
  public String toString() {
    return "Selection[" + rows.length + " rows]";
  }
}
