package org.sleepstat.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

/**
 * A writer for human-readable output that shows control characters as escapes: {@code \r},
 * {@code \t}, {@code \x1b} (C0 controls and DEL), {@code \u009b} (C1 controls) and
 * {@code \u202e} (bidirectional overrides and isolates). Values, column names and file names
 * come from files anyone may have written, and printed as they are an ESC sequence moves the
 * cursor or retitles the terminal, a carriage return hides the start of a line and a
 * right-to-left override reorders it. Line ends ({@code \n}, and {@code \r\n} where that is the
 * line separator) pass. JSON and CSV output do not come through here: their own escapes keep the
 * values exact.
 */
final class TerminalText extends FilterWriter {
  /** A carriage return waits for the next character: the start of a line end, or a value's. */
  private boolean pendingReturn;

  TerminalText(Writer out) {
    super(out);
  }

  /** A print writer over {@code out} that escapes control characters; flush it when done. */
  static PrintWriter printer(Writer out) {
    return new PrintWriter(new TerminalText(out));
  }

  @Override
  public void write(int c) throws IOException {
    char ch = (char) c;
    if (pendingReturn) {
      pendingReturn = false;
      out.write(ch == '\n' ? "\r" : "\\r");
    }
    if (ch == '\r') {
      pendingReturn = true;
    } else if (isControl(ch)) {
      out.write(escape(ch));
    } else {
      out.write(ch);
    }
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    int from = off;
    for (int i = off; i < off + len; i++) {
      if (pendingReturn || cbuf[i] == '\r' || isControl(cbuf[i])) {
        out.write(cbuf, from, i - from);
        write(cbuf[i]);
        from = i + 1;
      }
    }
    out.write(cbuf, from, off + len - from);
  }

  @Override
  public void write(String str, int off, int len) throws IOException {
    char[] chars = new char[len];
    str.getChars(off, off + len, chars, 0);
    write(chars, 0, len);
  }

  @Override
  public void flush() throws IOException {
    if (pendingReturn) {
      pendingReturn = false;
      out.write("\\r");
    }
    out.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
  }

  private static boolean isControl(char c) {
    return c < 0x20 && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f
        || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
  }

  private static String escape(char c) {
    return switch (c) {
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      default -> c < 0x80 ? String.format(Locale.ROOT, "\\x%02x", (int) c)
          : String.format(Locale.ROOT, "\\u%04x", (int) c);
    };
  }
}
