package org.sleepstat.core.io;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields of data rows kept for later, compactly: in chunks of one megabyte (no copying as
 * it grows), a char below 0x80 as one byte and any other as three, each field after its length.
 * A long file's rows are settled only at its end, when the waves are known; until then a row is
 * a position here, not a String per field.
 */
final class RowArchive {
  private static final int CHUNK = 1 << 20;

  private final List<byte[]> chunks = new ArrayList<>();
  private byte[] chunk = new byte[0];
  private int at;

  /** Stores the fields; returns their position. */
  long add(Fields fields) {
    int n = fields.size();
    CharRecord rec = fields instanceof CharRecord r ? r : null;
    long size = varintSize(n);
    for (int i = 0; i < n; i++) {
      int length = rec != null ? rec.ends[i] - rec.starts[i] : fields.get(i).length();
      size += varintSize(length) + 3L * length;
    }
    if (size > chunk.length - at) {
      chunk = new byte[(int) Math.max(CHUNK, size)];
      chunks.add(chunk);
      at = 0;
    }
    long position = (long) (chunks.size() - 1) << 32 | at;
    at = varint(n, at);
    for (int i = 0; i < n; i++) {
      if (rec != null) {
        at = varint(rec.ends[i] - rec.starts[i], at);
        at = put(rec.chars, rec.starts[i], rec.ends[i], chunk, at);
      } else {
        String f = fields.get(i);
        at = varint(f.length(), at);
        at = put(f.toCharArray(), 0, f.length(), chunk, at);
      }
    }
    return position;
  }

  /** Writes {@code a[from, to)} at {@code at} of {@code b}; returns the position after. */
  private static int put(char[] a, int from, int to, byte[] b, int at) {
    int k = at;
    for (int i = from; i < to; i++) {
      char c = a[i];
      if (c < 0x80) {
        b[k++] = (byte) c;
      } else {
        b[k++] = (byte) (0xE0 | c >>> 12);
        b[k++] = (byte) (0x80 | (c >>> 6 & 0x3F));
        b[k++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    return k;
  }

  /** Reads the fields at {@code position} into {@code into}, which then starts on {@code line}. */
  void read(long position, CharRecord into, long line) {
    byte[] b = chunks.get((int) (position >>> 32));
    int[] p = {(int) position};
    into.clear();
    into.line = line;
    int n = readVarint(b, p);
    for (int i = 0; i < n; i++) {
      int length = readVarint(b, p);
      int start = into.length;
      int k = p[0];
      for (int c = 0; c < length; c++) {
        int x = b[k] & 0xFF;
        if (x < 0x80) {
          into.append((char) x);
          k++;
        } else {
          into.append((char) ((x & 0x0F) << 12 | (b[k + 1] & 0x3F) << 6 | b[k + 2] & 0x3F));
          k += 3;
        }
      }
      p[0] = k;
      into.endField(start);
    }
  }

  private int varint(int v, int pos) {
    while (v >= 0x80) {
      chunk[pos++] = (byte) (v | 0x80);
      v >>>= 7;
    }
    chunk[pos++] = (byte) v;
    return pos;
  }

  private static int varintSize(int v) {
    int n = 1;
    while (v >= 0x80) {
      v >>>= 7;
      n++;
    }
    return n;
  }

  private static int readVarint(byte[] b, int[] p) {
    int v = 0;
    int shift = 0;
    while (true) {
      int x = b[p[0]++];
      v |= (x & 0x7F) << shift;
      if (x >= 0) {
        return v;
      }
      shift += 7;
    }
  }
}
