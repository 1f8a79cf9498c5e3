package org.sleepstat.core.io;

/**
 * Parses plain decimal numbers as survey files write them: an optional sign, digits, an optional
 * decimal mark and digits, an optional exponent. Never accepts thousands separators, hex, "Infinity"
 * or trailing letters, so a European "3,5" is either 3.5 (where the comma is the decimal mark) or
 * an error, never 35. The result is the correctly rounded double, as R's {@code as.numeric} gives.
 */
final class NumberParser {
  /** 10^0 … 10^22 are exact doubles, so one multiplication or division rounds correctly. */
  private static final double[] POWERS = new double[23];

  static {
    double p = 1;
    for (int i = 0; i < POWERS.length; i++) {
      POWERS[i] = p;
      p *= 10;
    }
  }

  private NumberParser() {}

  /**
   * The value of {@code s} (already trimmed), or NaN when it is not a number.
   *
   * @param decimalMark '.' or ','; the other character is not accepted
   */
  static double parse(String s, char decimalMark) {
    return parse(s.toCharArray(), 0, s.length(), decimalMark);
  }

  /** The value of {@code s[from, to)} (already trimmed), or NaN; as {@link #parse(String, char)}. */
  static double parse(char[] s, int from, int to, char decimalMark) {
    int n = to;
    int i = from;
    boolean negative = false;
    if (n > i && (s[i] == '-' || s[i] == '+')) {
      negative = s[i] == '-';
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int fraction = 0;
    boolean mark = false;
    boolean exponent = false;
    for (; i < n; i++) {
      char c = s[i];
      if (c >= '0' && c <= '9') {
        if (mantissa == 0 && c == '0') {
          if (mark) {
            fraction++;
          }
          digits++;
          continue;
        }
        if (mantissa > 99_999_999_999_999L) {
          return slowParse(new String(s, from, to - from), decimalMark);
        }
        mantissa = mantissa * 10 + (c - '0');
        digits++;
        if (mark) {
          fraction++;
        }
      } else if (c == decimalMark && !mark) {
        mark = true;
      } else if ((c == 'e' || c == 'E') && digits > 0) {
        exponent = true;
        break;
      } else {
        return Double.NaN;
      }
    }
    if (digits == 0) {
      return Double.NaN;
    }
    if (exponent) {
      return slowParse(new String(s, from, to - from), decimalMark);
    }
    if (fraction >= POWERS.length) {
      return slowParse(new String(s, from, to - from), decimalMark);
    }
    double value = fraction == 0 ? (double) mantissa : mantissa / POWERS[fraction];
    return negative ? -value : value;
  }

  private static double slowParse(String s, char decimalMark) {
    if (decimalMark == ',' && s.indexOf('.') >= 0) {
      return Double.NaN; // with a decimal comma, a point is never part of a number
    }
    String text = decimalMark == ',' ? s.replace(',', '.') : s;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e'
          || c == 'E';
      if (!ok) {
        return Double.NaN;
      }
    }
    try {
      double v = Double.parseDouble(text);
      return Double.isInfinite(v) ? Double.NaN : v;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
