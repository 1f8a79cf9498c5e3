package org.sleepstat.core.io;

import java.util.Objects;

/**
 * How one column of the file was understood.
 *
 * @param index 1-based position in the header
 * @param header the header as written
 * @param variable the codebook variable it maps to; in a long file the outcome it fills in each
 *     wave ({@link Kind#OUTCOME}) or {@code wave}; null for an extra or a form status column
 * @param kind what the column is
 */
public record ColumnMapping(int index, String header, String variable, Kind kind) {
  /** What a column holds. */
  public enum Kind {
    /** A codebook variable. */
    VARIABLE,
    /** In a long file: an outcome that fills {@code <outcome>_pre} or {@code _post} by wave. */
    OUTCOME,
    /** The long format's wave column (also REDCap's event column). */
    WAVE,
    /** A REDCap form status column ({@code <form>_complete}): recognised, kept out of the data. */
    FORM_STATUS,
    /** Matched no variable: kept as an extra text column. */
    EXTRA
  }

  public ColumnMapping {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(kind, "kind");
  }

  /** A column that is a variable, or an extra column when {@code variable} is null. */
  public ColumnMapping(int index, String header, String variable) {
    this(index, header, variable, variable == null ? Kind.EXTRA : Kind.VARIABLE);
  }

  /** Whether no codebook variable matched this column (it is kept as an extra column). */
  public boolean isExtra() {
    return kind == Kind.EXTRA;
  }
}
