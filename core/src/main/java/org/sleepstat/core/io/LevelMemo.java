package org.sleepstat.core.io;

import java.util.Arrays;
import org.sleepstat.core.schema.Variable;

/**
 * The level codes of the trimmed spellings met so far in one column, looked up by their chars
 * without making a String. A column holds few distinct spellings, so the table stays small; once
 * full it stops learning and unseen spellings go the slow way.
 */
final class LevelMemo {
  private static final int CAPACITY = 256;

  private final Variable variable;
  private final char[][] keys = new char[CAPACITY][];
  private final int[] codes = new int[CAPACITY];
  private int size;

  LevelMemo(Variable variable) {
    this.variable = variable;
  }

  private static boolean sameChars(char[] key, char[] a, int from, int to) {
    if (key.length != to - from) {
      return false;
    }
    for (int i = 0; i < key.length; i++) {
      if (key[i] != a[from + i]) {
        return false;
      }
    }
    return true;
  }

  /** The level code of {@code a[from, to)} (already trimmed), -1 when it is not a level. */
  int code(char[] a, int from, int to) {
    int n = to - from;
    // spellings of one variable seldom share length, first and last char: a cheap hash
    int h = n == 0 ? 0 : (a[from] * 31 + a[to - 1]) * 31 + n;
    int mask = CAPACITY - 1;
    int slot = (h ^ h >>> 7) & mask;
    while (true) {
      char[] k = keys[slot];
      if (k == null) {
        break;
      }
      if (sameChars(k, a, from, to)) {
        return codes[slot];
      }
      slot = slot + 1 & mask;
    }
    int code = variable.levelCode(new String(a, from, to - from));
    if (size < CAPACITY / 2) {
      keys[slot] = Arrays.copyOfRange(a, from, to);
      codes[slot] = code;
      size++;
    }
    return code;
  }
}
