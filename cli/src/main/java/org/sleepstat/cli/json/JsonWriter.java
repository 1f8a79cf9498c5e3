package org.sleepstat.cli.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer with two-space indentation. Doubles are written at full precision
 * (shortest text that reads back as the same double); NaN and infinities become {@code null}, so
 * the output is always valid JSON.
 */
public final class JsonWriter {
  private final Writer out;
  private final Deque<Boolean> first = new ArrayDeque<>();
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
    write(": ");
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
    write(Long.toString(value));
    return this;
  }

  /** A number, or null when it is NaN or infinite. */
  public JsonWriter value(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return nullValue();
    }
    separate();
    write(value == Math.rint(value) && Math.abs(value) < 1e15
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
    write(value ? "true" : "false");
    return this;
  }

  public JsonWriter nullValue() {
    separate();
    write("null");
    return this;
  }

  /** Ends the document with a newline and flushes. */
  public void finish() {
    if (!first.isEmpty()) {
      throw new IllegalStateException("unclosed JSON object or array");
    }
    write("\n");
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonWriter open(char c) {
    separate();
    write(String.valueOf(c));
    first.push(true);
    return this;
  }

  private JsonWriter close(char c) {
    boolean empty = first.pop();
    if (!empty) {
      newline();
    }
    write(String.valueOf(c));
    return this;
  }

  private void separate() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (first.isEmpty()) {
      return;
    }
    if (!first.pop()) {
      write(",");
    }
    first.push(false);
    newline();
  }

  private void newline() {
    StringBuilder b = new StringBuilder("\n");
    for (int i = 0; i < first.size(); i++) {
      b.append("  ");
    }
    write(b.toString());
  }

  private void string(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    write(b.append('"').toString());
  }

  private void write(String s) {
    try {
      out.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
