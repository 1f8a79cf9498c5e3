package org.sleepstat.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.util.CellReference;

/**
 * A sheet's whole XML made a buffer at a time ({@link SheetWriter#replaceWith}): the settings
 * {@link SheetWriter} gives a sheet (column widths, the header frozen and filtered, printed
 * landscape one page wide), the title and header rows, then the rows of plain cells that the
 * body writes ({@link DataRows}).
 */
final class DataSheetXml implements ReportWorkbook.XmlSource {
  /** Title and header. */
  static final int HEADING = 2;
  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
      + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
      + "<sheetPr><pageSetUpPr fitToPage=\"true\"/></sheetPr>";
  private static final String TAIL = "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\""
      + " bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
      + "<pageSetup orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/></worksheet>";

  private final int rows;
  private final String title;
  private final List<String> headers;
  private final int[] widths;
  private final Styles styles;
  private final DataRows.Source body;

  /**
   * @param w the sheet, for its styles
   * @param rows rows the body writes
   * @param title the title row's text
   * @param headers the header row
   * @param widths the columns' widths in characters, 0 for the default
   */
  DataSheetXml(SheetWriter w, int rows, String title, List<String> headers, int[] widths,
      DataRows.Source body) {
    this.rows = rows;
    this.title = title;
    this.headers = List.copyOf(headers);
    this.widths = widths.clone();
    this.styles = w.styles();
    this.body = body;
  }

  @Override
  public void writeTo(OutputStream out) throws IOException {
    XmlBytes x = new XmlBytes(out);
    String last = CellReference.convertNumToColString(headers.size() - 1) + (HEADING + rows);
    x.markup(HEAD).markup("<dimension ref=\"A1:").markup(last).markup("\"/>");
    x.markup("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"")
        .number(HEADING).markup("\" topLeftCell=\"A")
        .number(HEADING + 1L).markup("\" activePane=\"bottomLeft\""
            + " state=\"frozen\"/><selection pane=\"bottomLeft\"/></sheetView></sheetViews>"
            + "<sheetFormatPr defaultRowHeight=\"15.0\"/>");
    x.markup("<cols>");
    for (int c = 0; c < widths.length; c++) {
      if (widths[c] > 0) {
        x.markup("<col min=\"").number(c + 1L).markup("\" max=\"").number(c + 1L)
            .markup("\" width=\"").number(widths[c]).markup("\" customWidth=\"true\"/>");
      }
    }
    x.markup("</cols><sheetData>");
    XmlCells cells = new XmlCells(x, styles);
    cells.row(0).title(title);
    float height = SheetWriter.headerHeight(headers);
    cells.row(1, height > SheetWriter.LINE_POINTS ? height : 0);
    for (String h : headers) {
      cells.header(h);
    }
    cells.end();
    DataRows data = new DataRows(x, HEADING, headers.size());
    body.writeTo(data);
    data.end();
    if (data.written() != rows) {
      throw new IllegalStateException(data.written() + " rows written of " + rows);
    }
    x.markup("</sheetData><autoFilter ref=\"A2:").markup(last).markup("\"/>").markup(TAIL);
    x.flush();
  }
}
