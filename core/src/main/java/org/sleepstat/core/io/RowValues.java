package org.sleepstat.core.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The checked values of a long file's kept rows, so that merging a respondent at the end of the
 * file does not parse its cells again: the values of the row being read are gathered ({@link
 * #number}, {@link #code}), then kept ({@link #keep}) or dropped with the row ({@link #clear}).
 * Kept compactly in chunks of one megabyte: per row its count of values, then per value its
 * column and kind, then a whole number or code as a variable-length integer and any other number
 * as its eight bytes (exactly the double that was read).
 */
final class RowValues {
  private static final int CHUNK = 1 << 20;
  private static final int CODE = 0;
  private static final int WHOLE = 1;
  private static final int BITS = 2;
  /** Whole numbers up to this magnitude are written as variable-length integers. */
  private static final double WHOLE_LIMIT = 0x1p52;

  /** What a kept row's values are read into. */
  interface Sink {
    void number(int column, double value);

    void code(int column, int code);
  }

  private final List<byte[]> chunks = new ArrayList<>();
  private byte[] chunk = new byte[0];
  private int at;
  /** The row being read: its values encoded, and their count. */
  private byte[] row = new byte[256];
  private int rowLength;
  private int rowCount;
  /** Where {@link #read} is. */
  private int cursor;

  /** Drops the values gathered for the row being read. */
  void clear() {
    rowLength = 0;
    rowCount = 0;
  }

  /** A valid number of column {@code column} in the row being read. */
  void number(int column, double value) {
    ensure(24);
    if (value == Math.rint(value) && Math.abs(value) < WHOLE_LIMIT
        && (value != 0 || Double.doubleToRawLongBits(value) == 0)) {
      rowLength = varint(row, rowLength, column << 2 | WHOLE);
      long v = (long) value;
      rowLength = varint(row, rowLength, v << 1 ^ v >> 63);
    } else {
      rowLength = varint(row, rowLength, column << 2 | BITS);
      long bits = Double.doubleToRawLongBits(value);
      for (int i = 0; i < 8; i++) {
        row[rowLength++] = (byte) (bits >>> 8 * i);
      }
    }
    rowCount++;
  }

  /** A valid level code of column {@code column} in the row being read. */
  void code(int column, int code) {
    ensure(16);
    rowLength = varint(row, rowLength, column << 2 | CODE);
    rowLength = varint(row, rowLength, code);
    rowCount++;
  }

  /** Keeps the values gathered for the row being read; returns their position. */
  long keep() {
    int size = 5 + rowLength;
    if (size > chunk.length - at) {
      chunk = new byte[Math.max(CHUNK, size)];
      chunks.add(chunk);
      at = 0;
    }
    long position = (long) (chunks.size() - 1) << 32 | at;
    at = varint(chunk, at, rowCount);
    System.arraycopy(row, 0, chunk, at, rowLength);
    at += rowLength;
    clear();
    return position;
  }

  /** Reads the values kept at {@code position} into {@code into}, in the order they came. */
  void read(long position, Sink into) {
    byte[] b = chunks.get((int) (position >>> 32));
    cursor = (int) position;
    long n = readVarint(b);
    for (long i = 0; i < n; i++) {
      int head = (int) readVarint(b);
      int column = head >>> 2;
      if ((head & 3) == BITS) {
        long bits = 0;
        for (int j = 0; j < 8; j++) {
          bits |= (b[cursor + j] & 0xFFL) << 8 * j;
        }
        cursor += 8;
        into.number(column, Double.longBitsToDouble(bits));
      } else if ((head & 3) == WHOLE) {
        long x = readVarint(b);
        into.number(column, (double) (x >>> 1 ^ -(x & 1)));
      } else {
        into.code(column, (int) readVarint(b));
      }
    }
  }

  private void ensure(int more) {
    if (rowLength + more > row.length) {
      row = Arrays.copyOf(row, Math.max(row.length * 2, rowLength + more));
    }
  }

  private static int varint(byte[] b, int pos, long v) {
    while ((v & ~0x7FL) != 0) {
      b[pos++] = (byte) (v | 0x80);
      v >>>= 7;
    }
    b[pos++] = (byte) v;
    return pos;
  }

  /** Reads a variable-length integer at the cursor, advancing it. */
  private long readVarint(byte[] b) {
    long v = 0;
    int shift = 0;
    while (true) {
      int y = b[cursor++];
      v |= (long) (y & 0x7F) << shift;
      if (y >= 0) {
        return v;
      }
      shift += 7;
    }
  }
}
