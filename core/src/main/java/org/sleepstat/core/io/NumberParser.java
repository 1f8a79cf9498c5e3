package org.sleepstat.core.io;

/**
 * Parses plain decimal numbers as survey files write them: an optional sign, digits, an optional
 * decimal mark and digits, an optional exponent. Never accepts thousands separators, hex,
 * "Infinity" or trailing letters, so a European "3,5" is either 3.5 (where the comma is the
 * decimal mark) or an error, never 35. The result is the correctly rounded double, as R's
 * {@code as.numeric} gives.
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

  /**
   * The value of {@code s[from, to)} (already trimmed), or NaN; as {@link #parse(String, char)}.
   */
  static double parse(char[] s, int from, int to, char decimalMark) {
    long plain = plainDecimal(s, from, to, decimalMark);
    return plain != NOT_PLAIN ? valueOf(plain)
        : slowParse(new String(s, from, to - from), decimalMark);
  }

  /** What {@link #plainDecimal} returns for text that is not a plain decimal number. */
  static final long NOT_PLAIN = Long.MIN_VALUE;

  /**
   * A plain decimal number (an optional sign, at most 15 significant digits, an optional decimal
   * mark, no exponent) as its digits and the number of digits after the mark, packed: {@code
   * (digits << 5 | fraction)}, negated for a negative number; {@link #NOT_PLAIN} for anything
   * else (also "-0", which has a sign a packed zero cannot keep), to be read by {@link #parse}.
   */
  static long plainDecimal(char[] s, int from, int to, char decimalMark) {
    int i = from;
    boolean negative = false;
    if (to > i && (s[i] == '-' || s[i] == '+')) {
      negative = s[i] == '-';
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int fraction = 0;
    boolean mark = false;
    for (; i < to; i++) {
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
          return NOT_PLAIN;
        }
        mantissa = mantissa * 10 + (c - '0');
        digits++;
        if (mark) {
          fraction++;
        }
      } else if (c == decimalMark && !mark) {
        mark = true;
      } else {
        return NOT_PLAIN;
      }
    }
    if (digits == 0 || fraction >= POWERS.length || negative && mantissa == 0) {
      return NOT_PLAIN;
    }
    long packed = mantissa << 5 | fraction;
    return negative ? -packed : packed;
  }

  /** The digits of a packed plain decimal, with its sign. */
  static long unscaled(long plain) {
    return plain < 0 ? -(-plain >>> 5) : plain >>> 5;
  }

  /** The number of digits after the decimal mark of a packed plain decimal. */
  static int scale(long plain) {
    return (int) ((plain < 0 ? -plain : plain) & 31);
  }

  /** The value of a packed plain decimal: its digits divided by a power of ten, rounded once. */
  static double valueOf(long plain) {
    long m = unscaled(plain);
    int f = scale(plain);
    return f == 0 ? (double) m : m / POWERS[f];
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
