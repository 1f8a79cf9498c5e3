package org.sleepstat.core.schema;

import java.math.BigDecimal;

/** Numbers as people write them: 10 rather than 10.0, 0.5 rather than 5.0E-1. */
public final class NumberText {
  private NumberText() {}

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
