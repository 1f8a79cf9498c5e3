package org.sleepstat.core.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sleepstat.core.schema.Spelling;
import org.sleepstat.core.schema.Waves;

/**
 * The distinct values of a long file's wave column, in the order they first appear: one per
 * key ({@link Spelling#categoryKey}: "Week 2" and "week_2" are one wave), each with the label
 * as first written (trimmed). Whether a label's outcome cells are read as the {@code _post}
 * variable is decided when it first appears: every wave but the plan's first is a follow-up.
 */
final class WaveLabels {
  /** More distinct values than this cannot be the waves of a study. */
  static final int MAX = 1000;

  private final Waves waves;
  private final Map<String, Integer> keys = new HashMap<>();
  /** Each value as written, and its index: a long file repeats a handful of values. */
  private final Map<String, Integer> written = new HashMap<>();
  private final List<String> labels = new ArrayList<>();
  private final BitSet post = new BitSet();
  private boolean overflow;
  /** The first values met, as chars, and their index. */
  private final char[][] memo = new char[16][];
  private final int[] memoIndex = new int[16];
  private int memoSize;

  WaveLabels(Waves waves) {
    this.waves = waves;
  }

  /**
   * The index of the label {@code a[from, to)} writes (untrimmed), as {@link #index(String)}: the
   * first few values are recognised by their chars, without a String.
   */
  int index(char[] a, int from, int to) {
    for (int i = 0; i < memoSize; i++) {
      if (Arrays.equals(memo[i], 0, memo[i].length, a, from, to)) {
        return memoIndex[i];
      }
    }
    int index = index(new String(a, from, to - from));
    if (index >= 0 && memoSize < memo.length) {
      memo[memoSize] = Arrays.copyOfRange(a, from, to);
      memoIndex[memoSize++] = index;
    }
    return index;
  }

  /** The index of the label {@code raw} writes, or -1 once there are too many. */
  int index(String raw) {
    Integer seen = written.get(raw);
    if (seen != null) {
      return seen;
    }
    String key = Spelling.categoryKey(raw);
    Integer i = keys.get(key);
    if (i != null) {
      if (written.size() < MAX) {
        written.put(raw, i);
      }
      return i;
    }
    if (labels.size() == MAX) {
      overflow = true;
      return -1;
    }
    int index = labels.size();
    keys.put(key, index);
    written.put(raw, index);
    labels.add(raw.strip());
    post.set(index, waves.indexOf(raw).orElse(1) > 0);
    return index;
  }

  /** Whether the outcome cells of label {@code i} are read as the follow-up variable. */
  boolean isPost(int i) {
    return post.get(i);
  }

  /** The labels as first written, by index. */
  List<String> labels() {
    return labels;
  }

  /** Whether the column had more than {@link #MAX} distinct values. */
  boolean overflow() {
    return overflow;
  }
}
