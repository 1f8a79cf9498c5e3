package org.sleepstat.core.io;

import org.sleepstat.core.schema.NumberText;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.schema.VariableType;

/**
 * Converts one raw cell to its typed value against a codebook variable, or says why it cannot.
 * Reused for every cell of an import (it holds the last result), so it allocates only for
 * messages.
 */
final class CellReader {
  /** Whether the delimiter is a comma, so that a decimal comma cannot be in the file. */
  private final boolean commaDelimited;
  /**
   * The file's decimal mark, '.' or ','; 0 until a number shows it. One mark holds for the whole
   * file: a number with the other mark is never read as a guess.
   */
  private char mark;

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

  /**
   * @param decimalMark the file's decimal mark ('.' or ','), or 0 when the first number with an
   *     unambiguous mark is to decide it
   * @param commaDelimited whether the delimiter is a comma (the mark must then be '.')
   */
  CellReader(char decimalMark, boolean commaDelimited) {
    this.mark = decimalMark;
    this.commaDelimited = commaDelimited;
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
        char z = (char) (a[from + 2] | 0x20);
        return (a[from] | 0x20) == 'n' && (m == '/' && z == 'a' || (m | 0x20) == 'a' && z == 'n');
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
    if (isMissingToken(a, s, e) || v.isMissingCode(a, s, e)) {
      clear();
      missing = true;
      return true;
    }
    switch (v.type()) {
      case INTEGER, DECIMAL -> {
        char m = mark;
        long plain = NumberParser.plainDecimal(a, s, e, m == 0 ? '.' : m);
        double value = plain != NumberParser.NOT_PLAIN ? NumberParser.valueOf(plain)
            : NumberParser.parse(a, s, e, m == 0 ? '.' : m);
        // a number with a mark while the file's mark is undecided: the slow path decides
        boolean deciding = m == 0 && plain != NumberParser.NOT_PLAIN
            && NumberParser.scale(plain) > 0;
        if (Double.isNaN(value) || deciding
            || v.type() == VariableType.INTEGER && value != Math.rint(value)
            || v.min() != null && value < v.min() || v.max() != null && value > v.max()) {
          return read(v, new String(a, from, to - from)); // says why, or decides the mark
        }
        clear();
        number = value;
        decimal = plain;
        if (m == ',' && plain != NumberParser.NOT_PLAIN && NumberParser.scale(plain) > 0) {
          sawDecimalComma = true;
        }
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
    double value = mark == 0 ? undecided(s) : NumberParser.parse(s, mark);
    if (message != null) {
      return false;
    }
    if (Double.isNaN(value)) {
      return fail(Problem.Rule.NOT_A_NUMBER, quote(s) + " is not a number" + whyNot(s));
    }
    if (mark == ',' && s.indexOf(',') >= 0) {
      sawDecimalComma = true;
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

  /**
   * Reads a number while the file's mark is not known: a number with one mark that cannot be a
   * grouped thousand decides it; one that may be ("1,040") is a problem.
   */
  private double undecided(String s) {
    int at = Math.max(s.indexOf('.'), s.indexOf(','));
    if (at < 0 || s.indexOf('.') >= 0 && s.indexOf(',') >= 0) {
      return NumberParser.parse(s, '.'); // no mark (or two: not a number)
    }
    char m = s.charAt(at);
    double value = NumberParser.parse(s, m);
    if (Double.isNaN(value)) {
      return value;
    }
    int from = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
    if (DecimalMarkSniffer.looksGrouped(s, from, s.length(), at)) {
      fail(Problem.Rule.NOT_A_NUMBER, quote(s) + " is not a number (it may be " + grouped(s, at)
          + " with a thousands separator or " + NumberText.format(value) + " with a decimal "
          + (m == ',' ? "comma" : "point") + ", and no number before it shows which mark this"
          + " file uses)");
      return Double.NaN;
    }
    mark = m;
    return value;
  }

  /** Why {@code s}, not a number with the file's mark, is not read with another. */
  private String whyNot(String s) {
    char other = mark == ',' ? '.' : ',';
    int point = s.indexOf('.');
    int comma = s.indexOf(',');
    if (point >= 0 && comma >= 0) {
      String group = point < comma ? "." : ",";
      return " (thousands separators are not read; write " + s.replace(group, "") + ")";
    }
    int at = s.indexOf(other);
    if (at < 0 || Double.isNaN(NumberParser.parse(s, other))) {
      return "";
    }
    if (commaDelimited) {
      return " (a decimal comma cannot be told apart from the delimiter in a comma-separated"
          + " file)";
    }
    String have = "the numbers of this file have a decimal " + (mark == ',' ? "comma" : "point");
    int from = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
    if (DecimalMarkSniffer.looksGrouped(s, from, s.length(), at)) {
      return " (" + have + "; this " + (other == ',' ? "comma" : "point") + " may be a thousands"
          + " separator, " + grouped(s, at) + ", or a decimal " + (other == ',' ? "comma" : "point")
          + ", " + NumberText.format(NumberParser.parse(s, other)) + ")";
    }
    return " (" + have + ", not a " + (other == ',' ? "comma" : "point") + ")";
  }

  /** {@code s} read with its mark at {@code at} as a group separator. */
  private static String grouped(String s, int at) {
    return s.substring(0, at) + s.substring(at + 1);
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
