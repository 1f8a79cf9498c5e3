package org.sleepstat.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.sleepstat.core.survey.Column;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.core.survey.TextColumn;

/**
 * The Data sheet's whole XML, made from the survey's columns a buffer at a time: the settings
 * {@link SheetWriter} gives a sheet (column widths, the header frozen and filtered, printed
 * landscape one page wide), the title and header rows, then one row per respondent: the line of
 * the file, then each column; numbers as numbers, levels as shared strings (a handful per column,
 * stored once), free text inline, never a formula; a missing value is no cell.
 *
 * <p>A million rows make half a gigabyte of XML, so the respondents' rows are kept lean: a cell
 * names its column only after a missing one (the reference is optional, and a cell without one is
 * in the column after the cell before), and takes the default style, whose format is General as
 * the other sheets' numbers (their style only adds top alignment, which one-line rows do not
 * need).
 */
final class DataSheetXml implements ReportWorkbook.XmlSource {
  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
      + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
      + "<sheetPr><pageSetUpPr fitToPage=\"true\"/></sheetPr>";
  private static final String TAIL = "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\""
      + " bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
      + "<pageSetup orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/></worksheet>";
  private static final byte[] ROW_END = XmlBytes.bytes("</row>");
  private static final byte[] LINE = XmlBytes.bytes("<c><v>");
  private static final byte[] VALUE_END = XmlBytes.bytes("</v></c>");
  private static final byte[] TEXT_END = XmlBytes.bytes("</t></is></c>");

  private final Survey survey;
  private final List<Column> columns;
  private final int rows;
  private final String title;
  private final List<String> headers;
  private final int[] widths;
  private final Styles styles;
  /** Per sheet column: {@code <c r="B}, for a cell after a missing one. */
  private final byte[][] reference;
  /** Per sheet column of levels, the shared string of each level; null for other columns. */
  private final int[][] levels;

  /**
   * @param w the sheet, for its styles and the workbook's shared strings
   * @param rows respondents written, the first {@code rows} of the survey
   * @param title the title row's text
   * @param headers the header row: "line", then the survey's first {@code headers.size() - 1}
   *     columns (all, or as many as Excel holds)
   * @param widths the columns' widths in characters, 0 for the default
   */
  DataSheetXml(SheetWriter w, Survey survey, int rows, String title, List<String> headers,
      int[] widths) {
    this.survey = survey;
    this.columns = survey.columns().subList(0, headers.size() - 1);
    this.rows = rows;
    this.title = title;
    this.headers = List.copyOf(headers);
    this.widths = widths.clone();
    this.styles = w.styles();
    int width = columns.size() + 1;
    reference = new byte[width][];
    levels = new int[width][];
    for (int c = 0; c < width; c++) {
      reference[c] = XmlBytes.bytes("<c r=\"" + CellReference.convertNumToColString(c));
      if (c > 0 && columns.get(c - 1) instanceof LevelColumn l) {
        levels[c] = new int[l.levels().size()];
        for (int k = 0; k < levels[c].length; k++) {
          levels[c][k] = w.sharedString(Text.safe(l.levels().get(k)));
        }
      }
    }
  }

  @Override
  public void writeTo(OutputStream out) throws IOException {
    XmlBytes x = new XmlBytes(out);
    String last = CellReference.convertNumToColString(headers.size() - 1)
        + (DataSheet.FIXED_ROWS + rows);
    x.markup(HEAD).markup("<dimension ref=\"A1:").markup(last).markup("\"/>");
    x.markup("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"")
        .number(DataSheet.FIXED_ROWS).markup("\" topLeftCell=\"A")
        .number(DataSheet.FIXED_ROWS + 1L).markup("\" activePane=\"bottomLeft\""
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
    respondents(x);
    x.markup("</sheetData><autoFilter ref=\"A2:").markup(last).markup("\"/>").markup(TAIL);
    x.flush();
  }

  private void respondents(XmlBytes x) throws IOException {
    for (int i = 0; i < rows; i++) {
      int r = DataSheet.FIXED_ROWS + i + 1;
      x.markup("<row r=\"").number(r).markup("\">");
      x.raw(LINE).number(survey.sourceLine(i)).raw(VALUE_END);
      boolean gap = false;
      for (int c = 1; c <= columns.size(); c++) {
        Column column = columns.get(c - 1);
        if (column.isMissing(i)) {
          gap = true;
          continue;
        }
        if (gap) {
          x.raw(reference[c]).number(r).markup("\"");
          gap = false;
        } else {
          x.markup("<c");
        }
        if (column instanceof NumberColumn n) {
          number(x.markup("><v>"), n.get(i)).raw(VALUE_END);
        } else if (column instanceof LevelColumn l) {
          x.markup(" t=\"s\"><v>").number(levels[c][l.code(i)]).raw(VALUE_END);
        } else {
          String safe = Text.safe(((TextColumn) column).get(i));
          x.markup(preserve(safe) ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">"
              : " t=\"inlineStr\"><is><t>").text(safe).raw(TEXT_END);
        }
      }
      x.raw(ROW_END);
    }
  }

  /** A whole number as digits, others as Java writes a double (which Excel reads exactly). */
  private static XmlBytes number(XmlBytes x, double v) throws IOException {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("not a finite number: " + v);
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return x.number((long) v);
    }
    return x.markup(Double.toString(v));
  }

  /** Whether spreadsheets would trim the text's first or last character without a note. */
  private static boolean preserve(String text) {
    return !text.isEmpty() && (Character.isWhitespace(text.charAt(0))
        || Character.isWhitespace(text.charAt(text.length() - 1)));
  }
}
