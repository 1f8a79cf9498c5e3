package org.sleepstat.report.document;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * The zip stream POI writes the document through, with every entry dated 1980-01-01 00:00 (the
 * zip format's "no date", as the workbook's own zip writer has it) rather than the clock's time,
 * so that the same document gives the same bytes. POI takes a {@link ZipArchiveOutputStream}
 * given to it as the stream to write into, and finishes it. Closing it leaves the stream it
 * writes to open.
 */
final class FixedTimeZip extends ZipArchiveOutputStream {
  /**
   * The zip format stores a local date and time, which the library converts from an instant in
   * the default time zone: 1980-01-01 00:00 in that zone is stored as 1980-01-01 00:00 wherever
   * the report is written.
   */
  private final long time = LocalDateTime.of(1980, 1, 1, 0, 0).atZone(ZoneId.systemDefault())
      .toInstant().toEpochMilli();

  FixedTimeZip(OutputStream out) {
    super(new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush(); // the caller's stream stays open
      }
    });
  }

  @Override
  public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
    entry.setTime(time);
    super.putArchiveEntry(entry);
  }
}
