package org.sleepstat.core.io;

import java.util.Arrays;
import org.sleepstat.core.schema.NumberText;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.schema.VariableType;

/**
 * Converts one raw cell to its typed value against a codebook variable, or says why it cannot.
 * Reused for every cell of an import (it holds the last result), so it allocates only for
 * messages.
 */
final class CellReader {
  private final boolean decimalCommaAllowed;

  /** Whether the last cell was missing (empty, a missing token or a missing code). */
  boolean missing;
  /** The last number read (integer and decimal variables). */
  double number;
  /**
   * The last number as a packed plain decimal ({@link NumberParser#plainDecimal}), or {@link
   * NumberParser#NOT_PLAIN} when it was read another way.
   */
  long decimal = NumberParser.NOT_PLAIN;
  /** The last level code read (category, ordinal and boolean variables). */
  int code;
  /** The rule the last cell broke, or null when it was valid. */
  Problem.Rule rule;
  /** What was wrong with the last cell. */
  String message;
  /** Whether any number so far used a decimal comma. */
  boolean sawDecimalComma;

  /** @param decimalCommaAllowed whether "3,5" means 3.5 (files not delimited by commas) */
  CellReader(boolean decimalCommaAllowed) {
    this.decimalCommaAllowed = decimalCommaAllowed;
  }

  /** Whether a trimmed cell is one of the standard missing tokens. */
  static boolean isMissingToken(String s) {
    switch (s.length()) {
      case 0:
        return true;
      case 1:
        return s.charAt(0) == '.';
      case 2:
        return s.equalsIgnoreCase("na");
      case 3:
        return s.equalsIgnoreCase("n/a") || s.equalsIgnoreCase("nan");
      default:
        return false;
    }
  }

  /** Whether a trimmed slice of chars is one of the standard missing tokens. */
  static boolean isMissingToken(char[] a, int from, int to) {
    switch (to - from) {
      case 0:
        return true;
      case 1:
        return a[from] == '.';
      case 2:
        return (a[from] | 0x20) == 'n' && (a[from + 1] | 0x20) == 'a';
      case 3:
        char m = a[from + 1];
        return (a[from] | 0x20) == 'n' && (a[from + 2] | 0x20) == 'a' && (m == '/' || m == 'A'
            || m == 'a');
      default:
        return false;
    }
  }

  /**
   * Reads the cell {@code a[from, to)} for {@code v} as {@link #read(Variable, String)} does, but
   * without making a String for a valid number or a level spelling seen before.
   *
   * @param levels the spellings seen so far in this column (category, ordinal and boolean
   *     variables)
   */
  boolean read(Variable v, char[] a, int from, int to, LevelMemo levels) {
    int s = from;
    int e = to;
    while (s < e && CharRecord.isWhitespace(a[s])) {
      s++;
    }
    while (e > s && CharRecord.isWhitespace(a[e - 1])) {
      e--;
    }
    if (isMissingToken(a, s, e) || isMissingCode(v, a, s, e)) {
      clear();
      missing = true;
      return true;
    }
    switch (v.type()) {
      case INTEGER, DECIMAL -> {
        long plain = NumberParser.plainDecimal(a, s, e, '.');
        double value = plain != NumberParser.NOT_PLAIN ? NumberParser.valueOf(plain)
            : NumberParser.parse(a, s, e, '.');
        if (Double.isNaN(value) || v.type() == VariableType.INTEGER && value != Math.rint(value)
            || v.min() != null && value < v.min() || v.max() != null && value > v.max()) {
          return read(v, new String(a, from, to - from)); // says why, or reads a decimal comma
        }
        clear();
        number = value;
        decimal = plain;
        return true;
      }
      case CATEGORY, ORDINAL, BOOLEAN -> {
        int c = levels.code(a, s, e);
        if (c < 0) {
          return read(v, new String(a, from, to - from));
        }
        clear();
        code = c;
        return true;
      }
      default -> {
        return read(v, new String(a, from, to - from));
      }
    }
  }

  private static boolean isMissingCode(Variable v, char[] a, int from, int to) {
    if (v.missingCodes().isEmpty()) {
      return false;
    }
    for (String code : v.missingCodes()) {
      if (code.length() == to - from && Arrays.equals(code.toCharArray(), 0, code.length(), a,
          from, to)) {
        return true;
      }
    }
    return false;
  }

  private void clear() {
    decimal = NumberParser.NOT_PLAIN;
    rule = null;
    message = null;
    missing = false;
    code = -1;
    number = Double.NaN;
  }

  /** Reads {@code raw} for {@code v}; returns true when valid (possibly missing). */
  boolean read(Variable v, String raw) {
    decimal = NumberParser.NOT_PLAIN;
    rule = null;
    message = null;
    code = -1;
    number = Double.NaN;
    String s = raw.strip();
    missing = isMissingToken(s) || v.isMissingCode(s);
    if (missing) {
      return true;
    }
    return switch (v.type()) {
      case ID -> true;
      case INTEGER, DECIMAL -> readNumber(v, s);
      case CATEGORY, ORDINAL, BOOLEAN -> readLevel(v, s);
    };
  }

  private boolean readNumber(Variable v, String s) {
    double value = NumberParser.parse(s, '.');
    if (Double.isNaN(value) && decimalCommaAllowed) {
      value = NumberParser.parse(s, ',');
      if (!Double.isNaN(value)) {
        sawDecimalComma = true;
      }
    }
    if (Double.isNaN(value)) {
      String why = s.indexOf(',') >= 0 && !decimalCommaAllowed
          ? " (a decimal comma cannot be told apart from the delimiter in a comma-separated file)"
          : "";
      return fail(Problem.Rule.NOT_A_NUMBER, quote(s) + " is not a number" + why);
    }
    if (v.type() == VariableType.INTEGER && value != Math.rint(value)) {
      return fail(Problem.Rule.NOT_WHOLE, quote(s) + " is not a whole number");
    }
    if (v.min() != null && value < v.min()) {
      return fail(Problem.Rule.OUT_OF_RANGE,
          quote(s) + " is below the minimum " + NumberText.format(v.min()));
    }
    if (v.max() != null && value > v.max()) {
      return fail(Problem.Rule.OUT_OF_RANGE,
          quote(s) + " is above the maximum " + NumberText.format(v.max()));
    }
    number = value;
    return true;
  }

  private boolean readLevel(Variable v, String s) {
    int c = v.levelCode(s);
    if (c < 0) {
      String allowed = v.type() == VariableType.BOOLEAN ? "yes or no"
          : "one of " + String.join(", ", v.levels());
      return fail(Problem.Rule.UNKNOWN_LEVEL, quote(s) + " is not " + allowed);
    }
    code = c;
    return true;
  }

  private boolean fail(Problem.Rule broken, String why) {
    rule = broken;
    message = why;
    return false;
  }

  static String quote(String s) {
    String shown = s.length() > 60 ? s.substring(0, 57) + "…" : s;
    return '"' + shown.replace("\n", "\\n").replace("\r", "\\r") + '"';
  }
}
