package org.sleepstat.report.xlsx;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An xlsx workbook written in two steps. First its ordinary sheets, all their rows in memory
 * (native charts and pictures need them; a sheet can also have its XML made apart, {@link
 * SheetWriter#replaceWith}); then, after {@link #stream}, the sheets that grow with the data,
 * through a window of rows or as XML written straight into the file ({@link
 * SheetWriter#appendXml}); then {@link #write}. Every cell has one of a few styles, made once
 * ({@link CellKind}). Nothing in the file depends on the clock but the document's dates, which
 * the caller sets ({@link #properties}), so the same sheets give the same bytes. Close it when
 * done, written or not, to delete its temporary files.
 */
public final class XlsxWorkbook implements Closeable {
  private final XSSFWorkbook book;
  private final Styles styles;
  private final OwnParts parts = new OwnParts();
  private ReportWorkbook streaming;

  /** A workbook of the sheets {@code names}, in this order, each at most 31 characters. */
  public XlsxWorkbook(List<String> names) {
    book = new XSSFWorkbook();
    styles = new Styles(book);
    for (String name : names) {
      book.createSheet(name);
    }
  }

  /** A writer of the ordinary sheet {@code name}; only before {@link #stream}. */
  public SheetWriter sheet(String name) {
    if (streaming != null) {
      throw new IllegalStateException("the workbook is streamed: no ordinary sheet " + name);
    }
    return new SheetWriter(book.getSheet(name), styles, parts);
  }

  /** The document's created and modified date, its creator and its title. */
  public void properties(Instant date, String creator, String title) {
    POIXMLProperties.CoreProperties core = book.getProperties().getCoreProperties();
    Date d = Date.from(date);
    core.setCreated(Optional.of(d));
    core.setModified(Optional.of(d));
    core.setCreator(creator);
    core.setTitle(title);
  }

  /**
   * Ends the ordinary sheets: from now on the sheets are streamed, {@code window} rows of each
   * kept in memory ({@link #streamedSheet}).
   */
  public void stream(int window) {
    if (streaming != null) {
      throw new IllegalStateException("the workbook is already streamed");
    }
    streaming = new ReportWorkbook(book, window, parts);
  }

  /** A writer of the streamed sheet {@code name}; only after {@link #stream}. */
  public SheetWriter streamedSheet(String name) {
    if (streaming == null) {
      throw new IllegalStateException("the workbook is not streamed yet: no sheet " + name);
    }
    return new SheetWriter(streaming.getSheet(name), styles);
  }

  /** Writes the file to {@code out}, which stays open; only after {@link #stream}. */
  public void write(OutputStream out) throws IOException {
    if (streaming == null) {
      throw new IllegalStateException("the workbook is not streamed yet");
    }
    streaming.write(out);
  }

  /** Closes the workbook and deletes the temporary files of its parts made apart. */
  @Override
  public void close() throws IOException {
    try {
      if (streaming != null) {
        streaming.close();
      }
    } finally {
      parts.discard();
    }
  }
}
