package org.sleepstat.core.io;

import org.sleepstat.core.survey.TextStore;

/**
 * The respondent ids claimed so far, each with the line that claimed it first: an open-addressing
 * table over one {@link TextStore}, so a file of ten million rows needs no object per id.
 */
final class IdClaims {
  private final TextStore ids;
  private int[] lines;
  /**
   * Per slot: the id's hash in the high half, its index + 1 into {@link #ids} in the low half; 0
   * for a free slot. Ids are compared only when their hashes are equal.
   */
  private long[] table;

  IdClaims(int expected) {
    int capacity = Math.max(expected, 16);
    ids = new TextStore(capacity);
    lines = new int[capacity];
    table = new long[tableSize(capacity)];
  }

  /**
   * Claims the id {@code a[from, to)} for {@code line}; returns 0, or the line that claimed it
   * before (the id then keeps that line).
   */
  long claim(char[] a, int from, int to, long line) {
    int size = ids.size();
    int i = index(a, from, to, line);
    return i < size ? lines[i] : 0;
  }

  /**
   * The index of the id {@code a[from, to)} (0, 1, … in the order ids were first claimed),
   * claiming it for {@code line} when it is new.
   */
  int index(char[] a, int from, int to, long line) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + a[i];
    }
    int mask = table.length - 1;
    int slot = spread(h, table.length);
    while (table[slot] != 0) {
      long e = table[slot];
      int i = (int) e - 1;
      if ((int) (e >>> 32) == h && ids.equals(i, a, from, to)) {
        return i;
      }
      slot = slot + 1 & mask;
    }
    int i = ids.add(a, from, to);
    if (i == lines.length) {
      lines = java.util.Arrays.copyOf(lines, i + (i >> 1) + 16);
    }
    lines[i] = Math.toIntExact(line);
    table[slot] = (long) h << 32 | (i + 1);
    if ((long) ids.size() * 4 > (long) table.length * 3) { // load above 3/4
      rehash();
    }
    return i;
  }

  /** As {@link #index(char[], int, int, long)} for an id given as a String. */
  int index(String id, long line) {
    return index(id.toCharArray(), 0, id.length(), line);
  }

  /** Number of ids claimed. */
  int size() {
    return ids.size();
  }

  /** The id with index {@code i}. */
  String id(int i) {
    return ids.get(i);
  }

  /** As {@link #claim(char[], int, int, long)} for an id given as a String. */
  long claim(String id, long line) {
    return claim(id.toCharArray(), 0, id.length(), line);
  }

  private void rehash() {
    long[] bigger = new long[table.length * 2];
    int mask = bigger.length - 1;
    for (long e : table) {
      if (e == 0) {
        continue;
      }
      int slot = spread((int) (e >>> 32), bigger.length);
      while (bigger[slot] != 0) {
        slot = slot + 1 & mask;
      }
      bigger[slot] = e;
    }
    table = bigger;
  }

  /** A slot for hash {@code h} in a table of {@code size} (a power of two): Fibonacci hashing. */
  private static int spread(int h, int size) {
    return (h * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(size));
  }

  private static int tableSize(int capacity) {
    long size = Long.highestOneBit(Math.max(capacity * 3L / 2, 16L) - 1) << 1;
    return (int) Math.min(size, 1 << 30);
  }
}
