package org.sleepstat.report.xlsx;

/**
 * Text as a cell can hold it, and how wide a value shows: for measuring what a sheet writes as
 * XML ({@link SheetWriter#measure}).
 */
public final class Text {
  private static final String CUT = " [cut: Excel holds 32,767 characters per cell]";

  private Text() {}

  /**
   * {@code text} with the characters XML cannot carry (control characters other than tab, line
   * feed and carriage return; unpaired surrogates) replaced by U+FFFD, and cut to Excel's limit.
   */
  public static String safe(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      boolean bad = ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r'
          || ch == 0xFFFE || ch == 0xFFFF
          || Character.isHighSurrogate(ch)
              && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
          || Character.isLowSurrogate(ch)
              && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
      if (bad && b == null) {
        b = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (b != null) {
        b.append(bad ? '\uFFFD' : ch);
      }
    }
    String clean = b == null ? text : b.toString();
    if (clean.length() > SheetWriter.MAX_TEXT) {
      int keep = SheetWriter.MAX_TEXT - CUT.length();
      if (Character.isHighSurrogate(clean.charAt(keep - 1))) {
        keep--;
      }
      clean = clean.substring(0, keep) + CUT;
    }
    return clean;
  }

  /** About how many characters {@code value} shows as in a cell of {@code kind}. */
  public static int displayLength(double value, CellKind kind) {
    double magnitude = Math.abs(value);
    int digits = magnitude < 1 ? 1 : (int) Math.floor(Math.log10(magnitude)) + 1;
    int sign = value < 0 ? 1 : 0;
    return switch (kind) {
      case COUNT -> sign + digits + (digits - 1) / 3;
      case NUMBER -> sign + digits + 3;
      case PRECISE -> sign + digits + 4;
      case P -> 6;
      case SHARE -> sign + (magnitude < 0.1 ? 1 : magnitude < 1 ? 2 : digits + 2) + 3;
      case GENERAL -> value == Math.rint(value) && magnitude < 1e11 ? sign + digits
          : Math.min(11, Double.toString(value).length());
      case TEXT, WRAP, INDENTED, CENTRED -> digits;
    };
  }
}
