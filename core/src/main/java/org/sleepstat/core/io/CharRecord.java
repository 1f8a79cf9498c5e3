package org.sleepstat.core.io;

import java.util.Arrays;

/**
 * A CSV record as the {@link CsvParser} reads it: the unescaped text of all fields in one char
 * buffer, and where each field starts and ends. Reused for every record of a file; Strings are
 * made (and kept until the next record) only for the fields asked for by {@link #get}.
 */
final class CharRecord extends Fields {
  char[] chars = new char[1024];
  int length;
  int[] starts = new int[64];
  int[] ends = new int[64];
  int count;
  /** The physical line the record starts on. */
  long line;
  /** Whether a quoted field of the record holds a line break (it spans lines). */
  boolean quotedLineBreak;
  private String[] strings = new String[64];
  private String[] array;

  /** Forgets the previous record. */
  void clear() {
    if (array != null || count > 0) {
      Arrays.fill(strings, 0, Math.min(count, strings.length), null);
    }
    array = null;
    length = 0;
    count = 0;
    quotedLineBreak = false;
  }

  /** Appends {@code n} chars of {@code src} from {@code from} to the field being read. */
  void append(char[] src, int from, int n) {
    if (length + n > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(length + n, chars.length * 2));
    }
    System.arraycopy(src, from, chars, length, n);
    length += n;
  }

  /** Appends one char to the field being read. */
  void append(char c) {
    if (length == chars.length) {
      chars = Arrays.copyOf(chars, chars.length * 2);
    }
    chars[length++] = c;
  }

  /** Ends a field that started at {@code start}. */
  void endField(int start) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
      strings = Arrays.copyOf(strings, count * 2);
    }
    starts[count] = start;
    ends[count] = length;
    count++;
  }

  @Override
  int size() {
    return count;
  }

  @Override
  String get(int i) {
    if (i >= count) {
      throw new IndexOutOfBoundsException(i);
    }
    String s = strings[i];
    if (s == null) {
      s = new String(chars, starts[i], ends[i] - starts[i]);
      strings[i] = s;
    }
    return s;
  }

  @Override
  String[] toArray() {
    if (array == null) {
      String[] a = new String[count];
      for (int i = 0; i < count; i++) {
        a[i] = get(i);
      }
      array = a;
    }
    return array;
  }

  /** {@link Character#isWhitespace(char)}, quicker for the common chars. */
  static boolean isWhitespace(char c) {
    if (c > ' ') {
      return c >= 0x80 && Character.isWhitespace(c);
    }
    return Character.isWhitespace(c);
  }

  @Override
  boolean isBlank() {
    for (int k = 0; k < length; k++) {
      if (!isWhitespace(chars[k])) {
        return false;
      }
    }
    return true;
  }
}
