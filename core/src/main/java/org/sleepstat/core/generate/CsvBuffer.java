package org.sleepstat.core.generate;

import java.io.IOException;
import java.io.Writer;

/**
 * A char buffer that builds CSV lines from ASCII pieces and hands them to a {@link Writer} in
 * large blocks. Numbers are appended digit by digit: no {@code String.format}, no boxing, no
 * locale, which is what keeps a million rows within a few seconds.
 */
final class CsvBuffer {
  /** Longer than any line the generator writes (29 cells of at most ~20 characters). */
  private static final int MAX_LINE = 2048;

  private final Writer out;
  private final char[] buf = new char[1 << 16];
  private int pos;

  CsvBuffer(Writer out) {
    this.out = out;
  }

  void comma() {
    buf[pos++] = ',';
  }

  void append(String s) {
    int n = s.length();
    s.getChars(0, n, buf, pos);
    pos += n;
  }

  /** A non-negative integer in decimal. */
  void appendInt(long v) {
    appendDigits(v, 1);
  }

  /** {@code v} zero-padded to at least {@code width} digits; {@code v} is non-negative. */
  void appendDigits(long v, int width) {
    int n = 1;
    for (long t = v / 10; t != 0; t /= 10) {
      n++;
    }
    for (int i = n; i < width; i++) {
      buf[pos++] = '0';
    }
    int end = pos + n;
    for (int i = end - 1; i >= pos; i--) {
      buf[i] = (char) ('0' + (v % 10));
      v /= 10;
    }
    pos = end;
  }

  /**
   * A non-negative number held as whole tenths: 65 → "6.5", 70 → "7". Whole numbers never get a
   * ".0", so each value has exactly one spelling.
   */
  void appendTenths(int tenths) {
    appendInt(tenths / 10);
    int frac = tenths % 10;
    if (frac != 0) {
      buf[pos++] = '.';
      buf[pos++] = (char) ('0' + frac);
    }
  }

  /** Ends the line and passes the buffer on when it is nearly full. */
  void endLine() throws IOException {
    buf[pos++] = '\n';
    if (pos > buf.length - MAX_LINE) {
      drain();
    }
  }

  /** Writes out everything buffered (the writer itself is neither flushed nor closed). */
  void drain() throws IOException {
    out.write(buf, 0, pos);
    pos = 0;
  }
}
