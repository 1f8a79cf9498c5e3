package org.sleepstat.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 XML written into a buffer and passed on to a stream when it fills: the few things sheet
 * XML needs (markup, whole numbers, escaped text) without a String or an encoder per value.
 */
final class XmlBytes {
  private static final int SIZE = 1 << 16;
  private static final long BILLION = 1_000_000_000L;

  private final OutputStream out;
  private final byte[] buffer = new byte[SIZE];
  private int filled;

  XmlBytes(OutputStream out) {
    this.out = out;
  }

  /** Bytes as they are (markup made once, already encoded). */
  XmlBytes raw(byte[] bytes) throws IOException {
    if (bytes.length > SIZE - filled) {
      flush();
      if (bytes.length > SIZE) {
        out.write(bytes);
        return this;
      }
    }
    System.arraycopy(bytes, 0, buffer, filled, bytes.length);
    filled += bytes.length;
    return this;
  }

  /** Markup, which must be ASCII and need no escaping. */
  XmlBytes markup(String ascii) throws IOException {
    if (ascii.length() > SIZE) {
      return raw(bytes(ascii));
    }
    room(ascii.length());
    for (int i = 0; i < ascii.length(); i++) {
      buffer[filled++] = (byte) ascii.charAt(i);
    }
    return this;
  }

  /** A whole number in decimal. */
  XmlBytes number(long value) throws IOException {
    room(20);
    if (value < 0) {
      buffer[filled++] = '-';
      if (value == Long.MIN_VALUE) {
        return markup(Long.toString(value).substring(1));
      }
      value = -value;
    }
    // in int arithmetic: the quick JIT divides a long by a call into the runtime, which was a
    // tenth of the Data sheet's time at a million rows
    if (value > Integer.MAX_VALUE) {
      number(value / BILLION);
      digits((int) (value % BILLION), 9);
    } else {
      digits((int) value, width((int) value));
    }
    return this;
  }

  /** Text as element content: &amp;, &lt;, &gt; and line breaks and tabs as references. */
  XmlBytes text(String text) throws IOException {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      room(12);
      if (c < 0x80) {
        switch (c) {
          case '&' -> put("&amp;");
          case '<' -> put("&lt;");
          case '>' -> put("&gt;");
          case '\t' -> put("&#9;");
          case '\n' -> put("&#10;");
          case '\r' -> put("&#13;");
          default -> buffer[filled++] = (byte) c;
        }
      } else if (c < 0x800) {
        buffer[filled++] = (byte) (0xC0 | c >> 6);
        buffer[filled++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, text.charAt(++i));
        buffer[filled++] = (byte) (0xF0 | cp >> 18);
        buffer[filled++] = (byte) (0x80 | cp >> 12 & 0x3F);
        buffer[filled++] = (byte) (0x80 | cp >> 6 & 0x3F);
        buffer[filled++] = (byte) (0x80 | cp & 0x3F);
      } else {
        buffer[filled++] = (byte) (0xE0 | c >> 12);
        buffer[filled++] = (byte) (0x80 | c >> 6 & 0x3F);
        buffer[filled++] = (byte) (0x80 | c & 0x3F);
      }
    }
    return this;
  }

  /** Passes on what the buffer holds. */
  void flush() throws IOException {
    if (filled > 0) {
      out.write(buffer, 0, filled);
      filled = 0;
    }
  }

  /** Markup as UTF-8 bytes, to be written with {@link #raw}. */
  static byte[] bytes(String markup) {
    return markup.getBytes(StandardCharsets.UTF_8);
  }

  private void put(String ascii) {
    for (int i = 0; i < ascii.length(); i++) {
      buffer[filled++] = (byte) ascii.charAt(i);
    }
  }

  private void room(int bytes) throws IOException {
    if (bytes > SIZE - filled) {
      flush();
    }
  }

  /** The last {@code width} digits of {@code value} (at least 0), with leading zeros. */
  private void digits(int value, int width) {
    int at = filled + width;
    filled = at;
    for (int i = 0; i < width; i++) {
      buffer[--at] = (byte) ('0' + value % 10);
      value /= 10;
    }
  }

  private static int width(int value) {
    int n = 1;
    while (value >= 10) {
      value /= 10;
      n++;
    }
    return n;
  }
}
