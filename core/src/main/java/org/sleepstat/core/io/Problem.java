package org.sleepstat.core.io;

import java.util.Objects;

/**
 * One problem found while importing a row: where it is, the raw value, the rule it broke and what
 * was done about it. Printed as {@code FILE:LINE:COLUMN: variable: message}.
 *
 * @param line physical line of the file (1-based) where the value stands
 * @param column 1-based field position in the row, 0 when the problem concerns the whole row
 * @param variable the codebook variable, or the header for an extra column, or "row"
 * @param value the raw value as read ("" when the problem has none)
 * @param rule which check failed
 * @param message what is wrong, in words
 * @param action what the importer did
 */
public record Problem(
    long line, int column, String variable, String value, Rule rule, String message,
    Action action) {

  /** The checks a row can fail. */
  public enum Rule {
    /** Row has a different number of fields than the header. */
    FIELD_COUNT,
    /** Every field of the row is empty. */
    EMPTY_ROW,
    /** A required value is missing. */
    REQUIRED,
    /** The respondent id was already used on an earlier row. */
    DUPLICATE_ID,
    /** Not a number where one is expected. */
    NOT_A_NUMBER,
    /** A number with a fraction where a whole number is expected. */
    NOT_WHOLE,
    /** A number outside the variable's valid range. */
    OUT_OF_RANGE,
    /** Not one of the variable's levels or accepted spellings. */
    UNKNOWN_LEVEL,
    /** A long-format wave value that is neither pre nor post. */
    UNKNOWN_WAVE,
    /** A long-format respondent with two rows for one wave. */
    DUPLICATE_WAVE,
    /** Two different values for one respondent-level variable in a long file. */
    CONFLICT,
    /** A coded value that is none of the data dictionary's choices for the field. */
    UNKNOWN_CODE,
    /** A Qualtrics response that was not finished ({@code Finished} = False). */
    UNFINISHED,
    /** The bytes are not valid in the encoding the file was expected in. */
    ENCODING
  }

  /** What happened to the row or the value. */
  public enum Action {
    /** The row was not accepted. */
    ROW_REJECTED,
    /** The row was kept with this value set missing ({@code --lenient}). */
    SET_MISSING,
    /** Nothing was rejected; the message says how the file was read (e.g. its encoding). */
    NOTED
  }

  public Problem {
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(action, "action");
  }

  /** The problem as one line, {@code FILE:LINE:COLUMN: variable: message (action)}. */
  public String format(String file) {
    StringBuilder b = new StringBuilder(file).append(':').append(line);
    if (column > 0) {
      b.append(':').append(column);
    }
    b.append(": ").append(variable).append(": ").append(message);
    b.append(switch (action) {
      case ROW_REJECTED -> " (row rejected)";
      case SET_MISSING -> " (set missing)";
      case NOTED -> ""; // the message says what was done
    });
    return b.toString();
  }
}
