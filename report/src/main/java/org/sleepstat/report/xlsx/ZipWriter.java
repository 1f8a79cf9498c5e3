package org.sleepstat.report.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A zip file written the way POI's own writer for streamed workbooks writes it: each entry
 * deflated, its local header with a zero date and time and no sizes, the CRC and sizes in a zip64
 * data descriptor after the data, so nothing depends on the clock or the time zone. It can also
 * take an entry compressed beforehand ({@link #rawEntry}), whose bytes it copies as they are.
 * Sizes and offsets beyond 4 GB get the zip64 fields in the central directory.
 */
final class ZipWriter {
  private static final int LOCAL = 0x04034b50;
  private static final int DESCRIPTOR = 0x08074b50;
  private static final int CENTRAL = 0x02014b50;
  private static final int END = 0x06054b50;
  private static final int ZIP64_END = 0x06064b50;
  private static final int ZIP64_LOCATOR = 0x07064b50;
  private static final int VERSION_ZIP64 = 45;
  private static final int VERSION_DEFLATE = 20;
  /** General purpose flag 3: sizes and CRC in the data descriptor. */
  private static final int FLAG_DESCRIPTOR = 0x08;
  private static final int DEFLATED = 8;
  private static final long MAX32 = 0xFFFFFFFFL;

  private record Entry(String name, long crc, long compressed, long size, long offset) {}

  private final Counting out;
  private final Deflater deflater;
  private final byte[] buffer = new byte[1 << 16];
  private final CRC32 crc = new CRC32();
  private final List<Entry> entries = new ArrayList<>();
  private String current;
  private long currentOffset;
  private long currentSize;
  private long currentStart;
  private boolean finished;

  ZipWriter(OutputStream out, int level) {
    this.out = new Counting(out);
    this.deflater = new Deflater(level, true);
  }

  /** Starts an entry, ending the one before. */
  void putEntry(String name) throws IOException {
    closeEntry();
    current = name;
    currentOffset = out.count;
    localHeader(name);
    currentStart = out.count;
    currentSize = 0;
    crc.reset();
    deflater.reset();
  }

  /** Data of the entry. */
  void write(byte[] b, int off, int len) throws IOException {
    if (current == null) {
      throw new IllegalStateException("no entry started");
    }
    crc.update(b, off, len);
    currentSize += len;
    deflater.setInput(b, off, len);
    while (!deflater.needsInput()) {
      drain();
    }
  }

  /** Ends the entry, if one is open. */
  void closeEntry() throws IOException {
    if (current == null) {
      return;
    }
    deflater.finish();
    while (!deflater.finished()) {
      drain();
    }
    end(current, crc.getValue(), out.count - currentStart, currentSize, currentOffset);
    current = null;
  }

  /**
   * A whole entry compressed beforehand: raw deflate data whose uncompressed bytes have {@code
   * crc} and {@code size}.
   */
  void rawEntry(String name, long crc, long size, InputStream deflated) throws IOException {
    closeEntry();
    long offset = out.count;
    localHeader(name);
    long start = out.count;
    deflated.transferTo(out);
    end(name, crc, out.count - start, size, offset);
  }

  /** Ends the last entry and writes the central directory, once; the stream stays open. */
  void finish() throws IOException {
    if (finished) {
      return;
    }
    finished = true;
    closeEntry();
    deflater.end();
    long directory = out.count;
    for (Entry e : entries) {
      ByteArrayOutputStream extra = new ByteArrayOutputStream();
      if (e.size() >= MAX32) {
        long8(extra, e.size());
      }
      if (e.compressed() >= MAX32) {
        long8(extra, e.compressed());
      }
      if (e.offset() >= MAX32) {
        long8(extra, e.offset());
      }
      byte[] zip64 = extra.toByteArray();
      byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
      int4(out, CENTRAL);
      short2(out, VERSION_ZIP64);
      short2(out, zip64.length > 0 ? VERSION_ZIP64 : VERSION_DEFLATE);
      short2(out, FLAG_DESCRIPTOR);
      short2(out, DEFLATED);
      int4(out, 0); // time and date
      int4(out, (int) e.crc());
      int4(out, (int) Math.min(e.compressed(), MAX32));
      int4(out, (int) Math.min(e.size(), MAX32));
      short2(out, name.length);
      short2(out, zip64.length > 0 ? zip64.length + 4 : 0);
      short2(out, 0); // comment
      short2(out, 0); // disk
      short2(out, 0); // internal attributes
      int4(out, 0); // external attributes
      int4(out, (int) Math.min(e.offset(), MAX32));
      out.write(name);
      if (zip64.length > 0) {
        short2(out, 1);
        short2(out, zip64.length);
        out.write(zip64);
      }
    }
    long directorySize = out.count - directory;
    boolean zip64 = entries.size() >= 0xFFFF || directory >= MAX32 || directorySize >= MAX32;
    if (zip64) {
      long end = out.count;
      int4(out, ZIP64_END);
      long8(out, 44);
      short2(out, VERSION_ZIP64);
      short2(out, VERSION_ZIP64);
      int4(out, 0);
      int4(out, 0);
      long8(out, entries.size());
      long8(out, entries.size());
      long8(out, directorySize);
      long8(out, directory);
      int4(out, ZIP64_LOCATOR);
      int4(out, 0);
      long8(out, end);
      int4(out, 1);
    }
    int4(out, END);
    short2(out, 0);
    short2(out, 0);
    short2(out, (int) Math.min(entries.size(), 0xFFFF));
    short2(out, (int) Math.min(entries.size(), 0xFFFF));
    int4(out, (int) Math.min(directorySize, MAX32));
    int4(out, (int) Math.min(directory, MAX32));
    short2(out, 0);
    out.flush();
  }

  private void localHeader(String name) throws IOException {
    byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
    int4(out, LOCAL);
    short2(out, VERSION_ZIP64);
    short2(out, FLAG_DESCRIPTOR);
    short2(out, DEFLATED);
    int4(out, 0); // time and date
    int4(out, 0); // CRC, in the descriptor
    int4(out, 0); // compressed size
    int4(out, 0); // size
    short2(out, bytes.length);
    short2(out, 0);
    out.write(bytes);
  }

  private void end(String name, long crc, long compressed, long size, long offset)
      throws IOException {
    int4(out, DESCRIPTOR);
    int4(out, (int) crc);
    long8(out, compressed);
    long8(out, size);
    entries.add(new Entry(name, crc, compressed, size, offset));
  }

  private void drain() throws IOException {
    int n = deflater.deflate(buffer);
    if (n > 0) {
      out.write(buffer, 0, n);
    }
  }

  private static void short2(OutputStream out, int v) throws IOException {
    out.write(v);
    out.write(v >>> 8);
  }

  private static void int4(OutputStream out, int v) throws IOException {
    short2(out, v & 0xFFFF);
    short2(out, v >>> 16);
  }

  private static void long8(OutputStream out, long v) throws IOException {
    int4(out, (int) v);
    int4(out, (int) (v >>> 32));
  }

  /** Counts the bytes written, for the entries' offsets. */
  private static final class Counting extends OutputStream {
    private final OutputStream out;
    private long count;

    Counting(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }
  }
}
