package org.sleepstat.core.survey;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable list of texts in one byte array: ASCII chars take one byte, any other char three
 * (as in CESU-8), so a million short ids take a few megabytes instead of a String object each.
 * Texts are made into Strings only when read.
 */
public final class TextStore {
  private byte[] bytes;
  private int[] ends;
  private int size;
  private boolean ascii = true;

  /** A store with room for {@code capacity} texts before it grows. */
  public TextStore(int capacity) {
    ends = new int[Math.max(capacity, 1)];
    bytes = new byte[Math.max(capacity, 1) * 8];
  }

  /** Number of texts. */
  public int size() {
    return size;
  }

  /** Appends {@code a[from, to)}; returns its index. */
  public int add(char[] a, int from, int to) {
    if (size == ends.length) {
      ends = Arrays.copyOf(ends, size + (size >> 1) + 16);
    }
    int at = start(size);
    ensure(at + 3L * (to - from));
    for (int i = from; i < to; i++) {
      char c = a[i];
      if (c < 0x80) {
        bytes[at++] = (byte) c;
      } else {
        ascii = false;
        bytes[at++] = (byte) (0xE0 | c >>> 12);
        bytes[at++] = (byte) (0x80 | (c >>> 6 & 0x3F));
        bytes[at++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    ends[size] = at;
    return size++;
  }

  /** Appends {@code s}; returns its index. */
  public int add(String s) {
    return add(s.toCharArray(), 0, s.length());
  }

  /** Text {@code i}. */
  public String get(int i) {
    int from = start(i);
    int to = ends[i];
    if (ascii) {
      return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }
    char[] out = new char[to - from];
    int n = 0;
    for (int k = from; k < to; ) {
      int b = bytes[k] & 0xFF;
      if (b < 0x80) {
        out[n++] = (char) b;
        k++;
      } else {
        out[n++] = (char) ((b & 0x0F) << 12 | (bytes[k + 1] & 0x3F) << 6 | bytes[k + 2] & 0x3F);
        k += 3;
      }
    }
    return new String(out, 0, n);
  }

  /** Whether text {@code i} is empty. */
  public boolean isEmpty(int i) {
    return ends[i] == start(i);
  }

  /** Whether text {@code i} equals {@code a[from, to)}. */
  public boolean equals(int i, char[] a, int from, int to) {
    int k = start(i);
    int end = ends[i];
    if (ascii) {
      if (end - k != to - from) {
        return false;
      }
      for (int b = end - 1, c = to - 1; b >= k; b--, c--) { // ids differ most at their end
        if (bytes[b] != a[c]) {
          return false;
        }
      }
      return true;
    }
    int j = from;
    while (k < end && j < to) {
      int b = bytes[k] & 0xFF;
      char c;
      if (b < 0x80) {
        c = (char) b;
        k++;
      } else {
        c = (char) ((b & 0x0F) << 12 | (bytes[k + 1] & 0x3F) << 6 | bytes[k + 2] & 0x3F);
        k += 3;
      }
      if (c != a[j++]) {
        return false;
      }
    }
    return k == end && j == to;
  }

  /** The hash of text {@code i}, as {@link String#hashCode()} gives for it. */
  public int hash(int i) {
    String s = get(i);
    return s.hashCode();
  }

  private int start(int i) {
    return i == 0 ? 0 : ends[i - 1];
  }

  private void ensure(long needed) {
    if (needed > bytes.length) {
      if (needed > Integer.MAX_VALUE - 16) {
        throw new IllegalStateException("more than 2 GB of text in one column");
      }
      long grown = Math.max(needed, bytes.length + ((long) bytes.length >> 1) + 64);
      bytes = Arrays.copyOf(bytes, (int) Math.min(grown, Integer.MAX_VALUE - 16));
    }
  }
}
