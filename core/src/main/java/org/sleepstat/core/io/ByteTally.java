package org.sleepstat.core.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32C;

/**
 * Counts and checksums (CRC-32C, which the JIT makes nearly free) the bytes read through it, so
 * that the importer can tell whether the bytes it parsed are the bytes it scanned and hashed.
 * Skipped bytes are read, so that they count too.
 */
final class ByteTally extends FilterInputStream {
  private final CRC32C crc = new CRC32C();
  private long count;

  ByteTally(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int b = in.read();
    if (b >= 0) {
      crc.update(b);
      count++;
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (n > 0) {
      crc.update(b, off, n);
      count += n;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] buf = new byte[(int) Math.min(Math.max(n, 0), 8192)];
    long skipped = 0;
    while (skipped < n) {
      int r = read(buf, 0, (int) Math.min(buf.length, n - skipped));
      if (r < 0) {
        break;
      }
      skipped += r;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /** Reads what is left, so that the tally covers the whole content. */
  void drain() throws IOException {
    byte[] buf = new byte[1 << 16];
    while (read(buf, 0, buf.length) >= 0) {
      // counted by read
    }
  }

  long count() {
    return count;
  }

  long crc() {
    return crc.getValue();
  }
}
