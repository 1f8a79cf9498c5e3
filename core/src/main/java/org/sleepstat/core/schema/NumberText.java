package org.sleepstat.core.schema;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Numbers as people write them: 10 rather than 10.0, 0.5 rather than 5.0E-1. */
public final class NumberText {
  /** A plain decimal: digits with at most one point, an optional sign and exponent. */
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,4})?");

  private NumberText() {}

  /**
   * The value of a plain decimal number ("-2.5", "10", "1e3"), or null for anything else: Java's
   * own parser also takes NaN, Infinity, hexadecimal and a trailing d or f, any of which as a
   * bound would quietly switch a range check off. A value too large for a double is null too.
   */
  public static Double parseDecimal(String text) {
    String s = text.strip();
    if (!DECIMAL.matcher(s).matches()) {
      return null;
    }
    double value = Double.parseDouble(s);
    return Double.isInfinite(value) ? null : value;
  }

  /** The shortest plain decimal text that reads back as the same double. */
  public static String format(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return new BigDecimal(Double.toString(value)).toPlainString();
  }
}
