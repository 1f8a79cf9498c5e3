package org.sleepstat.core.schema;

/** The kinds of value a codebook variable holds. */
public enum VariableType {
  /** Respondent identifier: non-empty text, unique in a file. */
  ID,
  /** Whole number, optionally within a range. */
  INTEGER,
  /** Real number, optionally within a range. */
  DECIMAL,
  /** One of a set of unordered levels. */
  CATEGORY,
  /** One of a set of ordered levels (the codebook lists them low to high). */
  ORDINAL,
  /** Yes or no. */
  BOOLEAN;

  /** Whether values of this type are numbers. */
  public boolean isNumeric() {
    return this == INTEGER || this == DECIMAL;
  }

  /** Whether values of this type are one of a list of levels. */
  public boolean hasLevels() {
    return this == CATEGORY || this == ORDINAL;
  }
}
