package org.sleepstat.cli.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A small streaming JSON writer with two-space indentation. Doubles are written at full precision
 * (shortest text that reads back as the same double); NaN and infinities become {@code null}, so
 * the output is always valid JSON.
 *
 * <p>The document goes to the writer as it is written, in pieces of at most {@value #BUFFER}
 * characters, and is never held whole: the red-flag ids of a survey of millions of rows run to
 * hundreds of megabytes. {@link #finish} writes the rest and flushes.
 */
public final class JsonWriter {
  private static final int BUFFER = 8192;

  private final Writer out;
  private final char[] buf = new char[BUFFER];
  private int used;
  /** Per open object or array, innermost last: whether it has no member yet. */
  private boolean[] empty = new boolean[16];
  private int depth;
  private boolean afterName;

  public JsonWriter(Writer out) {
    this.out = out;
  }

  public JsonWriter beginObject() {
    return open('{');
  }

  public JsonWriter endObject() {
    return close('}');
  }

  public JsonWriter beginArray() {
    return open('[');
  }

  public JsonWriter endArray() {
    return close(']');
  }

  /** Writes a member name; the next call writes its value. */
  public JsonWriter name(String name) {
    separate();
    string(name);
    put(':');
    put(' ');
    afterName = true;
    return this;
  }

  public JsonWriter value(String value) {
    if (value == null) {
      return nullValue();
    }
    separate();
    string(value);
    return this;
  }

  public JsonWriter value(long value) {
    separate();
    put(Long.toString(value));
    return this;
  }

  /** A number, or null when it is NaN or infinite. */
  public JsonWriter value(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return nullValue();
    }
    separate();
    put(value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value));
    return this;
  }

  /** A number, or null. */
  public JsonWriter value(Double value) {
    return value == null ? nullValue() : value(value.doubleValue());
  }

  public JsonWriter value(boolean value) {
    separate();
    put(value ? "true" : "false");
    return this;
  }

  public JsonWriter nullValue() {
    separate();
    put("null");
    return this;
  }

  /** Ends the document with a newline, writes what is left and flushes. */
  public void finish() {
    if (depth != 0) {
      throw new IllegalStateException("unclosed JSON object or array");
    }
    put('\n');
    drain();
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonWriter open(char c) {
    separate();
    put(c);
    if (depth == empty.length) {
      empty = Arrays.copyOf(empty, depth * 2);
    }
    empty[depth++] = true;
    return this;
  }

  private JsonWriter close(char c) {
    if (depth == 0) {
      throw new IllegalStateException("no JSON object or array to close");
    }
    if (!empty[--depth]) {
      newline();
    }
    put(c);
    return this;
  }

  private void separate() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (depth == 0) {
      return;
    }
    if (!empty[depth - 1]) {
      put(',');
    }
    empty[depth - 1] = false;
    newline();
  }

  private void newline() {
    put('\n');
    for (int i = 0; i < depth; i++) {
      put(' ');
      put(' ');
    }
  }

  private void string(String s) {
    put('"');
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
        continue; // printable ASCII but the two escaped: the common case, without a call
      }
      String escaped = escape(c);
      if (escaped != null) {
        put(s, from, i);
        put(escaped);
        from = i + 1;
      }
    }
    put(s, from, s.length());
    put('"');
  }

  /** The escape sequence of {@code c}, or null when it stands as it is. */
  private static String escape(char c) {
    return switch (c) {
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      // DEL, C1 and bidirectional controls too: valid either way, but these act on a terminal
      default -> c < 0x20 || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e
          || c >= 0x2066 && c <= 0x2069 || c == '\u2028' || c == '\u2029'
          ? String.format(Locale.ROOT, "\\u%04x", (int) c)
          : null;
    };
  }

  private void put(char c) {
    if (used == BUFFER) {
      drain();
    }
    buf[used++] = c;
  }

  private void put(String s) {
    put(s, 0, s.length());
  }

  private void put(String s, int from, int to) {
    while (from < to) {
      if (used == BUFFER) {
        drain();
      }
      int n = Math.min(to - from, BUFFER - used);
      s.getChars(from, from + n, buf, used);
      used += n;
      from += n;
    }
  }

  private void drain() {
    try {
      out.write(buf, 0, used);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    used = 0;
  }
}
