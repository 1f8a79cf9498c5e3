package org.sleepstat.core.survey;

import java.util.Arrays;

/**
 * A growable column of numbers kept as narrow as the values allow: as whole numbers scaled by a
 * power of ten (35.4 as 354 with scale 1) in bytes, shorts or ints, and as doubles only when a
 * value has no such form. Every value reads back bit for bit as it was added: a scaled value is
 * kept only when dividing it by the power of ten gives the same double, and IEEE division is
 * correctly rounded, so 354 / 10.0 is the double nearest 35.4, as parsing "35.4" is. Missing
 * values (NaN) are the smallest value of the narrow types.
 */
final class NumberStore {
  private static final int MAX_SCALE = 9;
  /** 10^0 … 10^22, all exact doubles. */
  private static final double[] POWERS = new double[23];
  private static final long[] LONG_POWERS = new long[MAX_SCALE + 1];

  static {
    double d = 1;
    for (int i = 0; i < POWERS.length; i++) {
      POWERS[i] = d;
      d *= 10;
    }
    long p = 1;
    for (int i = 0; i <= MAX_SCALE; i++) {
      LONG_POWERS[i] = p;
      p *= 10;
    }
  }

  /** {@code unscaled / 10^scale}, rounded once, as a parser reads the decimal text. */
  static double valueOf(long unscaled, int scale) {
    return scale == 0 ? (double) unscaled : unscaled / POWERS[scale];
  }

  private enum Width {
    BYTE(Byte.MAX_VALUE),
    SHORT(Short.MAX_VALUE),
    INT(Integer.MAX_VALUE),
    DOUBLE(Long.MAX_VALUE);

    final long max;

    Width(long max) {
      this.max = max;
    }

    private static final Width[] ALL = values();

    static Width of(long maxAbs) {
      for (Width w : ALL) {
        if (maxAbs <= w.max) {
          return w;
        }
      }
      return DOUBLE;
    }
  }

  private Width width = Width.BYTE;
  private int scale;
  private long maxAbs;
  private byte[] bytes;
  private short[] shorts;
  private int[] ints;
  private double[] doubles;
  private int size;
  /** The length of the array in use, kept for the check of each add (a field, not a switch). */
  private int capacity;

  NumberStore(int capacity) {
    bytes = new byte[Math.max(capacity, 1)];
    this.capacity = bytes.length;
  }

  int size() {
    return size;
  }

  /** Appends a value; NaN is a missing value. */
  void add(double v) {
    if (size == capacity) {
      grow();
    }
    if (Double.isNaN(v) || width == Width.DOUBLE) {
      put(size++, v, 0);
      return;
    }
    int f = scaleOf(v);
    if (f < 0) {
      relayout(Width.DOUBLE, scale);
      put(size++, v, 0);
      return;
    }
    int target = Math.max(f, scale);
    long m = Math.round(v * POWERS[target]);
    long abs = Math.max(Math.abs(m), target > scale ? times(maxAbs, target - scale) : maxAbs);
    Width needed = Width.of(abs);
    if (target > scale || needed.ordinal() > width.ordinal()) {
      relayout(needed, target);
      if (width == Width.DOUBLE) {
        put(size++, v, 0);
        return;
      }
    }
    double back = scale == 0 ? (double) m : (double) m / POWERS[scale];
    if (Double.doubleToRawLongBits(back) != Double.doubleToRawLongBits(v)) {
      relayout(Width.DOUBLE, scale); // never expected; kept exact whatever happens
      put(size++, v, 0);
      return;
    }
    maxAbs = abs;
    put(size++, v, m);
  }

  /**
   * Appends {@code unscaled / 10^scale} (see {@link #valueOf}); quicker than {@link #add(double)}
   * because the digits are known.
   */
  void addDecimal(long unscaled, int scale) {
    if (width != Width.DOUBLE && scale <= this.scale && Math.abs(unscaled) <= Integer.MAX_VALUE) {
      long m = unscaled * LONG_POWERS[this.scale - scale];
      long abs = Math.abs(m);
      if (abs <= width.max) {
        if (size == capacity) {
          grow();
        }
        maxAbs = Math.max(maxAbs, abs);
        put(size++, 0, m);
        return;
      }
    }
    add(valueOf(unscaled, scale));
  }

  /**
   * The values themselves when they are kept as doubles (and NaN for missing), else null: for a
   * column built once, so that reading a value needs no call (see {@link NumberColumn#get}).
   * Only the first {@link #size()} values are the column's.
   */
  double[] doublesOrNull() {
    return width == Width.DOUBLE ? doubles : null;
  }

  /** The value at {@code row}, NaN when missing. */
  double get(int row) {
    long m;
    switch (width) {
      case BYTE -> {
        byte b = bytes[row];
        if (b == Byte.MIN_VALUE) {
          return Double.NaN;
        }
        m = b;
      }
      case SHORT -> {
        short s = shorts[row];
        if (s == Short.MIN_VALUE) {
          return Double.NaN;
        }
        m = s;
      }
      case INT -> {
        int i = ints[row];
        if (i == Integer.MIN_VALUE) {
          return Double.NaN;
        }
        m = i;
      }
      default -> {
        return doubles[row];
      }
    }
    return scale == 0 ? (double) m : (double) m / POWERS[scale];
  }

  /** Copies every value into {@code out} (NaN for missing), one tight loop per storage width. */
  void copyTo(double[] out) {
    double p = POWERS[scale];
    switch (width) {
      case BYTE -> {
        for (int r = 0; r < size; r++) {
          byte b = bytes[r];
          out[r] = b == Byte.MIN_VALUE ? Double.NaN : scale == 0 ? b : b / p;
        }
      }
      case SHORT -> {
        for (int r = 0; r < size; r++) {
          short v = shorts[r];
          out[r] = v == Short.MIN_VALUE ? Double.NaN : scale == 0 ? v : v / p;
        }
      }
      case INT -> {
        for (int r = 0; r < size; r++) {
          int v = ints[r];
          out[r] = v == Integer.MIN_VALUE ? Double.NaN : scale == 0 ? v : v / p;
        }
      }
      default -> System.arraycopy(doubles, 0, out, 0, size);
    }
  }

  /** The smallest scale at which {@code v} is a whole number that reads back exactly; -1: none. */
  private static int scaleOf(double v) {
    if (Math.abs(v) > Integer.MAX_VALUE) {
      return -1;
    }
    for (int f = 0; f <= MAX_SCALE; f++) {
      double scaled = v * POWERS[f];
      if (Math.abs(scaled) > Integer.MAX_VALUE) {
        return -1;
      }
      long m = Math.round(scaled);
      double back = f == 0 ? (double) m : (double) m / POWERS[f];
      if (Double.doubleToRawLongBits(back) == Double.doubleToRawLongBits(v)) {
        return f;
      }
    }
    return -1;
  }

  private static long times(long a, int powerOfTen) {
    long p = LONG_POWERS[powerOfTen];
    return a > Long.MAX_VALUE / p ? Long.MAX_VALUE : a * p;
  }

  /** Stores row {@code row}: {@code m} at the current scale, or {@code v} as a double. */
  private void put(int row, double v, long m) {
    boolean missing = Double.isNaN(v);
    switch (width) {
      case BYTE -> bytes[row] = missing ? Byte.MIN_VALUE : (byte) m;
      case SHORT -> shorts[row] = missing ? Short.MIN_VALUE : (short) m;
      case INT -> ints[row] = missing ? Integer.MIN_VALUE : (int) m;
      default -> doubles[row] = v;
    }
  }

  /** Moves every value to {@code to} width and scale {@code newScale} (not smaller). */
  private void relayout(Width to, int newScale) {
    Width from = width;
    int oldScale = scale;
    byte[] b = bytes;
    short[] s = shorts;
    int[] i = ints;
    double[] d = doubles;
    bytes = null;
    shorts = null;
    ints = null;
    doubles = null;
    switch (to) {
      case BYTE -> bytes = new byte[capacity];
      case SHORT -> shorts = new short[capacity];
      case INT -> ints = new int[capacity];
      default -> doubles = new double[capacity];
    }
    width = to;
    scale = to == Width.DOUBLE ? 0 : newScale;
    long factor = LONG_POWERS[newScale - oldScale];
    for (int row = 0; row < size; row++) {
      long m;
      boolean missing;
      switch (from) {
        case BYTE -> {
          missing = b[row] == Byte.MIN_VALUE;
          m = b[row];
        }
        case SHORT -> {
          missing = s[row] == Short.MIN_VALUE;
          m = s[row];
        }
        case INT -> {
          missing = i[row] == Integer.MIN_VALUE;
          m = i[row];
        }
        default -> {
          doubles[row] = d[row]; // a double column stays one
          continue;
        }
      }
      double v = missing ? Double.NaN
          : oldScale == 0 ? (double) m : (double) m / POWERS[oldScale];
      put(row, v, m * factor);
    }
  }

  /** The length of the array in use. */
  private int capacity() {
    return switch (width) {
      case BYTE -> bytes.length;
      case SHORT -> shorts.length;
      case INT -> ints.length;
      default -> doubles.length;
    };
  }

  private void grow() {
    int grown = capacity() + (capacity() >> 1) + 16;
    switch (width) {
      case BYTE -> bytes = Arrays.copyOf(bytes, grown);
      case SHORT -> shorts = Arrays.copyOf(shorts, grown);
      case INT -> ints = Arrays.copyOf(ints, grown);
      default -> doubles = Arrays.copyOf(doubles, grown);
    }
    capacity = grown;
  }
}
