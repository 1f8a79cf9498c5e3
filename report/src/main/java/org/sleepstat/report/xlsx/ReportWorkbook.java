package org.sleepstat.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report's streaming workbook, with two additions to POI's, for sheets too large to write
 * through POI's row objects (each cell an object, each row XML in a temporary file, copied and
 * compressed afterwards, which took most of a large report's time):
 *
 * <ul>
 *   <li>a streamed sheet can end with rows written as sheet XML straight into the file while it
 *       is written, after the rows it got through POI, by POI's own hook for streamed sheets
 *       ({@code createSheetInjector}); the Red flags sheet's list goes that way;
 *   <li>a sheet's whole XML can be made and compressed apart, while the other sheets are built,
 *       and copied into the file in place of POI's ({@link OwnParts}); the Data sheet goes that
 *       way.
 * </ul>
 *
 * <p>The file is otherwise POI's, in POI's zip layout ({@link ZipWriter}) at a faster level.
 */
final class ReportWorkbook extends SXSSFWorkbook {
  /**
   * zlib level of the file's parts: 1, the fastest; the Data sheet of a million respondents,
   * 566 MB of XML, compresses to 75 MB, and the whole workbook is smaller than POI's at its
   * default level with its longer XML.
   */
  static final int LEVEL = 1;

  /**
   * XML made on demand and written to a stream: whole {@code <row>} elements appended to a
   * sheet, or a sheet's whole XML.
   */
  @FunctionalInterface
  interface XmlSource {
    void writeTo(OutputStream out) throws IOException;
  }

  private record Appended(XSSFSheet sheet, CellRangeAddress dimension, XmlSource rows) {}

  private final Map<SXSSFSheet, Appended> appended = new IdentityHashMap<>();
  private final OwnParts parts;

  /**
   * @param book the workbook whose sheets are all created
   * @param window rows of a streamed sheet kept in memory
   * @param parts parts made apart, put in place of POI's when the workbook is written
   */
  ReportWorkbook(XSSFWorkbook book, int window, OwnParts parts) {
    super(book, window);
    this.parts = parts;
  }

  /**
   * Ends {@code sheet} with {@code rows}, written when the workbook is: they follow the rows the
   * sheet has, and {@code dimension} is the sheet's whole range with them.
   */
  void append(SXSSFSheet sheet, CellRangeAddress dimension, XmlSource rows) {
    XSSFSheet xssf = getXSSFWorkbook().getSheet(sheet.getSheetName());
    if (xssf == null || getSheet(sheet.getSheetName()) != sheet) {
      throw new IllegalArgumentException("sheet " + sheet.getSheetName()
          + " is not a sheet of this workbook");
    }
    if (appended.putIfAbsent(sheet, new Appended(xssf, Objects.requireNonNull(dimension),
        Objects.requireNonNull(rows))) != null) {
      throw new IllegalStateException("rows already appended to " + sheet.getSheetName());
    }
  }

  /** The sheets' rows as POI writes them, then the appended ones. */
  @Override
  protected ISheetInjector createSheetInjector(SXSSFSheet sheet) throws IOException {
    ISheetInjector own = super.createSheetInjector(sheet);
    Appended a = appended.get(sheet);
    if (a == null) {
      return own;
    }
    return out -> {
      own.writeSheetData(out);
      Pipe.copy(a.rows(), out);
    };
  }

  /** After POI has set each streamed sheet's dimension from its own rows: the appended ones. */
  @Override
  protected void flushSheets() throws IOException {
    super.flushSheets();
    for (Appended a : appended.values()) {
      a.sheet().setDimensionOverride(a.dimension());
    }
  }

  @Override
  protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
    return new ReportZip(out, LEVEL, parts.byEntry());
  }

}
