package org.sleepstat.stats;

import java.util.Arrays;

/**
 * Sorts doubles as {@link Arrays#sort(double[])} does, faster when they take few distinct values,
 * as survey scores on a grid do (0 to 10 in steps of 0.5, ages in years): the distinct values are
 * counted in a small hash table in one pass, sorted, and written back in runs. The result is the
 * same array, bit for bit (values are told apart by their bits, so −0.0 comes before 0.0 as
 * there); with more than {@link #MAX_DISTINCT} distinct values it is {@code Arrays.sort} itself.
 */
final class GridSort {
  /** Above this many distinct values the counting gives up and a comparison sort runs. */
  static final int MAX_DISTINCT = 1024;
  private static final int TABLE_BITS = 11; // 2048 slots: at most half full
  private static final int SMALL = 256; // below this, Arrays.sort is as fast

  private GridSort() {}

  /** Sorts {@code a} ascending in place. */
  static void sort(double[] a) {
    int n = a.length;
    if (n < SMALL) {
      Arrays.sort(a);
      return;
    }
    int size = 1 << TABLE_BITS;
    long[] keys = new long[size];
    int[] counts = new int[size]; // 0: empty slot
    int distinct = 0;
    for (double v : a) {
      if (v != v) {
        Arrays.sort(a); // NaN: left to the sort that defines where it goes
        return;
      }
      long bits = Double.doubleToRawLongBits(v);
      int slot = (int) ((bits * 0x9E3779B97F4A7C15L) >>> (64 - TABLE_BITS));
      while (counts[slot] != 0 && keys[slot] != bits) {
        slot = (slot + 1) & (size - 1);
      }
      if (counts[slot] == 0) {
        if (++distinct > MAX_DISTINCT) {
          Arrays.sort(a);
          return;
        }
        keys[slot] = bits;
      }
      counts[slot]++;
    }
    double[] values = new double[distinct];
    int[] valueCounts = new int[distinct];
    int k = 0;
    for (int slot = 0; slot < size; slot++) {
      if (counts[slot] != 0) {
        values[k++] = Double.longBitsToDouble(keys[slot]);
      }
    }
    Arrays.sort(values);
    for (int slot = 0; slot < size; slot++) {
      if (counts[slot] != 0) {
        valueCounts[Arrays.binarySearch(values, Double.longBitsToDouble(keys[slot]))] =
            counts[slot];
      }
    }
    int at = 0;
    for (int i = 0; i < distinct; i++) {
      Arrays.fill(a, at, at + valueCounts[i], values[i]);
      at += valueCounts[i];
    }
  }
}
