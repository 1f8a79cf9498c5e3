package org.sleepstat.core.io;

import org.sleepstat.core.schema.Variable;

/**
 * Reads text as the importer would read it for a codebook variable, to tell whether values kept
 * as text (an extra column's) would be missing, accepted or refused there. One instance per
 * column: like an import, the first number with an unambiguous decimal mark decides the mark for
 * the rest.
 */
public final class CellCheck {
  /** What the importer would make of a value. */
  public enum Verdict {
    /** Empty, a standard missing token (NA, N/A, ".", NaN) or the variable's own missing code. */
    MISSING,
    /** A valid value of the variable. */
    ACCEPTED,
    /** Not a value of the variable: the importer would reject the row. */
    REFUSED
  }

  private final CellReader reader = new CellReader((char) 0, false);

  /** A check of one column's values; the decimal mark is not yet known. */
  public CellCheck() {}

  /** What the importer would make of {@code raw} as a value of {@code variable}. */
  public Verdict check(Variable variable, String raw) {
    if (!reader.read(variable, raw)) {
      return Verdict.REFUSED;
    }
    return reader.missing ? Verdict.MISSING : Verdict.ACCEPTED;
  }
}
