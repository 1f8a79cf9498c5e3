package org.sleepstat.report.xlsx;

import java.io.OutputStream;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * The zip stream to hand POI's {@code write} for documents other than the workbook (the slide
 * deck, the embedded workbooks of its charts): POI writes its parts in its own order, and {@link
 * ZipWriter} stores them with no date or time, as it does for the workbook. POI itself stamps each
 * entry with the clock unless a process-wide SOURCE_DATE_EPOCH switch is on.
 */
public final class DatelessZip {
  private DatelessZip() {}

  /** A zip stream over {@code out}; closing it finishes the file and leaves {@code out} open. */
  public static ZipArchiveOutputStream over(OutputStream out) {
    return new ReportZip(out, Deflater.DEFAULT_COMPRESSION, Map.of());
  }
}
