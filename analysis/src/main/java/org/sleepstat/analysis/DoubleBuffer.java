package org.sleepstat.analysis;

import java.util.Arrays;

/** Doubles gathered one at a time, in the order they came: a growable primitive array. */
final class DoubleBuffer {
  private double[] values = new double[64];
  private int size;

  void add(double v) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size + (size >> 1));
    }
    values[size++] = v;
  }

  int size() {
    return size;
  }

  /** The values gathered, as an array of their own. */
  double[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
