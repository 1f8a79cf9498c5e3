package org.sleepstat.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * The zip stream POI writes the workbook's file through ({@code
 * SXSSFWorkbook.createArchiveOutputStream}), which hands everything to a {@link ZipWriter}, as
 * POI's own stream hands it to POI's writer, and puts the parts made apart ({@link
 * CompressedPart}) in place of what POI writes for them: at such a part's entry it copies the
 * part's compressed bytes and ignores POI's. The entries keep POI's order.
 */
final class ReportZip extends ZipArchiveOutputStream {
  private final ZipWriter zip;
  private final Map<String, CompressedPart> parts;
  private boolean ignoring;

  /** @param parts by entry name, e.g. "xl/worksheets/sheet9.xml" */
  ReportZip(OutputStream out, int level, Map<String, CompressedPart> parts) {
    super(OutputStream.nullOutputStream());
    this.zip = new ZipWriter(out, level);
    this.parts = parts;
  }

  @Override
  public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
    CompressedPart part = parts.get(entry.getName());
    ignoring = part != null;
    if (part != null) {
      part.addTo(zip, entry.getName());
    } else {
      zip.putEntry(entry.getName());
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (!ignoring) {
      zip.write(b, off, len);
    }
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void closeArchiveEntry() throws IOException {
    if (!ignoring) {
      zip.closeEntry();
    }
    ignoring = false;
  }

  @Override
  public void setLevel(int level) {
    // the level is the ZipWriter's, chosen by the workbook
  }

  @Override
  public void finish() throws IOException {
    zip.finish();
  }

  @Override
  public void flush() {
    // ZipWriter flushes when it finishes
  }

  /** Finishes the file; the stream it was written to stays open, as POI expects. */
  @Override
  public void close() throws IOException {
    finish();
  }
}
