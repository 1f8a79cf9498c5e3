package org.sleepstat.report.xlsx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes one sheet row by row, top to bottom (the only order a streamed sheet allows): title and
 * note rows, header rows, and typed value rows. It remembers how wide each column's content is
 * and sets the column widths at the end from those lengths, because {@code autoSizeColumn} needs
 * fonts, is slow on large sheets and cannot see rows a streamed sheet has already flushed.
 * {@link XlsxWorkbook} gives one per sheet.
 */
public final class SheetWriter {
  /** Rows per sheet in Excel. */
  public static final int MAX_ROWS = 1_048_576;
  /** Characters per cell in Excel. */
  static final int MAX_TEXT = 32_767;
  private static final int MIN_WIDTH = 6;
  private static final int MAX_WIDTH = 60;
  /** Points per line of text at the default font. */
  static final float LINE_POINTS = 15f;
  /** Rows grow for wrapped text up to this many lines. */
  private static final int MAX_LINES = 12;
  /** Header text wraps: a long header widens its column only this far. */
  static final int HEADER_WIDTH = 14;

  private final Sheet sheet;
  private final Styles styles;
  private int next;
  private int[] widths = new int[16];
  private final Map<Integer, Integer> fixedWidths = new LinkedHashMap<>();
  private final OwnParts parts;
  /** Whether rows were appended as XML, after which no row can be written here. */
  private boolean appended;

  SheetWriter(Sheet sheet, Styles styles) {
    this(sheet, styles, null);
  }

  /** @param parts where a sheet's own XML goes ({@link #replaceWith}); null if nowhere */
  SheetWriter(Sheet sheet, Styles styles, OwnParts parts) {
    this.sheet = sheet;
    this.styles = styles;
    this.parts = parts;
  }

  /** The POI sheet, for what this writer does not do (pictures, charts). */
  public Sheet sheet() {
    return sheet;
  }

  Styles styles() {
    return styles;
  }

  /** The index of the next row to be written. */
  public int nextRow() {
    return next;
  }

  /** Rows still free on the sheet. */
  int room() {
    return MAX_ROWS - next;
  }

  /** A title row: what the sheet or table holds and the n. */
  public void title(String text) {
    Row row = createRow(next++);
    Cell cell = row.createCell(0);
    cell.setCellValue(Text.safe(text));
    cell.setCellStyle(styles.title);
  }

  /** A note row in grey italics (how to read the table, what is left out). */
  public void note(String text) {
    Row row = createRow(next++);
    Cell cell = row.createCell(0);
    cell.setCellValue(Text.safe(text));
    cell.setCellStyle(styles.note);
  }

  /**
   * A note in grey italics across the first {@code columns} columns (merged), wrapped at about
   * {@code characters} characters a line: a footnote under a table, which prints with it.
   */
  public void footnote(String text, int columns, int characters) {
    int index = next++;
    Row row = createRow(index);
    Cell cell = row.createCell(0);
    String safe = Text.safe(text);
    cell.setCellValue(safe);
    cell.setCellStyle(styles.noteWrap);
    for (int c = 1; c < columns; c++) {
      row.createCell(c).setCellStyle(styles.noteWrap);
    }
    if (columns > 1) {
      sheet.addMergedRegion(new CellRangeAddress(index, index, 0, columns - 1));
    }
    int lines = Math.max(1, (safe.length() + characters - 1) / characters);
    row.setHeightInPoints(LINE_POINTS * Math.min(lines, MAX_LINES));
  }

  /** An empty row between tables. */
  public void skip() {
    next++;
  }

  /** A header row; returns its index. */
  public int header(List<String> names) {
    int index = next++;
    Row row = createRow(index);
    int lines = 1;
    for (int c = 0; c < names.size(); c++) {
      String name = names.get(c);
      if (name == null) {
        continue;
      }
      Cell cell = row.createCell(c);
      cell.setCellValue(Text.safe(name));
      cell.setCellStyle(styles.header);
      measure(c, Math.min(name.length(), HEADER_WIDTH));
      lines = Math.max(lines, Math.min(3, headerLines(name)));
    }
    if (lines > 1) {
      row.setHeightInPoints(LINE_POINTS * lines);
    }
    return index;
  }

  /**
   * A header row of groups above a header row: each run of equal names is merged into one cell
   * (null leaves a cell empty).
   */
  public void groupHeader(List<String> groups) {
    Row row = createRow(next);
    int c = 0;
    while (c < groups.size()) {
      String g = groups.get(c);
      int end = c;
      while (end + 1 < groups.size() && g != null && g.equals(groups.get(end + 1))) {
        end++;
      }
      if (g != null) {
        Cell cell = row.createCell(c);
        cell.setCellValue(Text.safe(g));
        cell.setCellStyle(styles.header);
        for (int k = c + 1; k <= end; k++) {
          row.createCell(k).setCellStyle(styles.header);
        }
        if (end > c) {
          sheet.addMergedRegion(new CellRangeAddress(next, next, c, end));
        }
      }
      c = end + 1;
    }
    next++;
  }

  /** A new value row. */
  public Line line() {
    return new Line(createRow(next++));
  }

  /** Prints row {@code headerRow} again at the top of every page the table runs onto. */
  public void repeatOnEachPage(int headerRow) {
    sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
  }

  /** Keeps the rows down to {@code headerRow} in view while scrolling. */
  public void freezeBelow(int headerRow) {
    sheet.createFreezePane(0, headerRow + 1);
  }

  /** Filter buttons on the header of the table from {@code headerRow} to the last row written. */
  public void filter(int headerRow, int columns) {
    filter(headerRow, Math.max(headerRow, next - 1), columns);
  }

  /** Filter buttons on the header of the table from {@code headerRow} to {@code lastRow}. */
  public void filter(int headerRow, int lastRow, int columns) {
    sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, Math.max(0, columns - 1)));
  }

  /**
   * Gives column {@code c} a fixed width in characters, for long wrapped text; set it before the
   * rows, which grow to fit their wrapped text in that width.
   */
  public void fixWidth(int c, int characters) {
    fixedWidths.put(c, characters);
  }

  /**
   * Sets every column's width from its longest content, and prints (and converts to PDF)
   * landscape, as wide as one page. Call once, after the last row.
   */
  public void finish() {
    sheet.getPrintSetup().setLandscape(true);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    for (int c = 0; c < widths.length; c++) {
      if (widths[c] > 0) {
        sheet.setColumnWidth(c, columnWidth(widths[c]) * 256);
      }
    }
    fixedWidths.forEach((c, chars) -> sheet.setColumnWidth(c, chars * 256));
  }

  /**
   * Leaves the next {@code rows} rows, of {@code columns} columns, to {@code xml}, which the
   * workbook writes into the file after the rows written here, on a thread of its own: for a
   * sheet too large to write through POI's rows. Only a streamed sheet of an {@link
   * XlsxWorkbook} can. The widths of those rows' columns are not measured: {@link #measure} them.
   */
  public void appendXml(int rows, int columns, XmlCells.Source xml) {
    if (rows < 0 || rows > room()) {
      throw new IllegalArgumentException(rows + " rows do not fit below row " + next);
    }
    if (rows == 0) {
      return;
    }
    next += rows;
    appended = true;
    streaming().append((SXSSFSheet) sheet, new CellRangeAddress(0, next - 1, 0,
        Math.max(0, columns - 1)), out -> {
          XmlCells cells = new XmlCells(new XmlBytes(out), styles);
          xml.writeTo(cells);
          cells.finish();
        });
  }

  /**
   * The index of {@code text} among the workbook's shared strings, added if new: for {@link
   * DataRows#sharedString}. Call it on the thread that writes the workbook.
   */
  public int sharedString(String text) {
    XSSFWorkbook book = sheet.getWorkbook() instanceof SXSSFWorkbook s ? s.getXSSFWorkbook()
        : (XSSFWorkbook) sheet.getWorkbook();
    return book.getSharedStringSource().addSharedStringItem(new XSSFRichTextString(text));
  }

  /**
   * Has the sheet's whole XML made and compressed apart, on threads of its own, from now on while
   * the other sheets are built, and put in place of the sheet when the workbook is written: a
   * title row, a header row of {@code headers} (kept in view, with filter buttons), then {@code
   * rows} rows that {@code body} writes, printed landscape one page wide ({@link DataRows}). The
   * sheet itself gets no rows (its filter and other settings that reach beyond it still count:
   * set them here too). Only an ordinary sheet of an {@link XlsxWorkbook} can.
   *
   * @param longest per column, how many characters its longest value shows as (0: none); the
   *     columns get their widths from these and the headers, as this writer sets them
   */
  public void replaceWith(String title, List<String> headers, int[] longest, int rows,
      DataRows.Source body) throws IOException {
    if (parts == null || !(sheet instanceof XSSFSheet x)) {
      throw new IllegalStateException(sheet.getSheetName()
          + " is not an ordinary sheet of a report workbook");
    }
    parts.replace(x, new DataSheetXml(this, rows, title, headers, widths(headers, longest),
        body));
  }

  /** Column widths in characters as {@link #finish} sets them, 0 for the default. */
  private static int[] widths(List<String> headers, int[] longest) {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      int length = Math.max(Math.min(headers.get(c).length(), HEADER_WIDTH),
          c < longest.length ? longest[c] : 0);
      widths[c] = length > 0 ? columnWidth(length) : 0;
    }
    return widths;
  }

  private ReportWorkbook streaming() {
    if (sheet instanceof SXSSFSheet s && s.getWorkbook() instanceof ReportWorkbook book) {
      return book;
    }
    throw new IllegalStateException(sheet.getSheetName()
        + " is not a streamed sheet of a report workbook");
  }

  /** A new row; none can come after rows appended as XML, which end the sheet. */
  private Row createRow(int index) {
    if (appended) {
      throw new IllegalStateException("rows appended as XML end sheet " + sheet.getSheetName());
    }
    return sheet.createRow(index);
  }

  /**
   * Widens column {@code column}, if need be, to content {@code length} characters long: for
   * rows not written through this writer ({@link #appendXml}).
   */
  public void measure(int column, int length) {
    if (column >= widths.length) {
      widths = Arrays.copyOf(widths, Math.max(column + 1, widths.length * 2));
    }
    widths[column] = Math.max(widths[column], length);
  }

  /** Widens column {@code column}, if need be, for a header written as XML. */
  public void measureHeader(int column, String header) {
    measure(column, Math.min(header.length(), HEADER_WIDTH));
  }

  /** A column's width in characters for content at most {@code longest} characters long. */
  static int columnWidth(int longest) {
    return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, longest + 2));
  }

  /** The height in points of a header row of {@code names}: one line, or up to three. */
  static float headerHeight(List<String> names) {
    int lines = 1;
    for (String name : names) {
      if (name != null) {
        lines = Math.max(lines, Math.min(3, headerLines(name)));
      }
    }
    return LINE_POINTS * lines;
  }

  private static int headerLines(String header) {
    return (header.length() + HEADER_WIDTH - 1) / HEADER_WIDTH;
  }

  /**
   * One value row, written left to right. An undefined value leaves its cell empty and its
   * reason in the row's notes, which {@link #notes} writes into the row's last cell, after any
   * remarks about the row as a whole.
   */
  public final class Line {
    private final Row row;
    private int column;
    private final Map<String, List<String>> notes = new LinkedHashMap<>();
    private final List<String> remarks = new ArrayList<>();

    private Line(Row row) {
      this.row = row;
    }

    /** The next cell written goes into column {@code c}. */
    public Line at(int c) {
      column = c;
      return this;
    }

    /** Text, never a formula; null or empty leaves the cell empty. */
    public Line text(String value) {
      return text(value, CellKind.TEXT);
    }

    /** Text shown as {@code kind}, never a formula; null or empty leaves the cell empty. */
    public Line text(String value, CellKind kind) {
      int c = column++;
      if (value == null || value.isEmpty()) {
        return this;
      }
      String safe = Text.safe(value);
      Cell cell = row.createCell(c);
      cell.setCellValue(safe);
      cell.setCellStyle(styles.of(kind));
      if (kind == CellKind.WRAP) {
        grow(c, safe);
      } else {
        measure(c, safe.length());
      }
      return this;
    }

    /**
     * Makes the row tall enough for wrapped text: spreadsheets keep a row one line high unless
     * its height is set (LibreOffice and Excel do not refit rows when they open a file).
     */
    private void grow(int c, String text) {
      int width = fixedWidths.getOrDefault(c, MAX_WIDTH);
      int lines = 0;
      for (String paragraph : text.split("\n", -1)) {
        lines += Math.max(1, (paragraph.length() + width - 1) / width);
      }
      float height = LINE_POINTS * Math.min(lines, MAX_LINES);
      if (height > row.getHeightInPoints()) {
        row.setHeightInPoints(height);
      }
    }

    /** A number, formatted by {@code kind}. */
    public Line number(double value, CellKind kind) {
      int c = column++;
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("not a finite number: " + value);
      }
      Cell cell = row.createCell(c);
      cell.setCellValue(value);
      cell.setCellStyle(styles.of(kind));
      measure(c, Text.displayLength(value, kind));
      return this;
    }

    /**
     * A value that is undefined: leaves the cell empty and notes "label: reason" (labels of the
     * same reason together).
     */
    public Line undefined(String label, String reason) {
      column++;
      notes.computeIfAbsent(reason, r -> new ArrayList<>()).add(label);
      return this;
    }

    /** An empty cell. */
    public Line empty() {
      column++;
      return this;
    }

    /** A remark about the whole row for its notes (an analysis's own notes); no cell. */
    public Line remark(String text) {
      if (text != null && !text.isBlank()) {
        remarks.add(text);
      }
      return this;
    }

    /**
     * Writes the notes of this row into the next cell: the remarks, then the undefined
     * statistics and why (a reason a remark already gives is not repeated).
     */
    public Line notes() {
      List<String> parts = new ArrayList<>(remarks);
      notes.forEach((reason, labels) -> {
        if (remarks.stream().noneMatch(r -> r.contains(reason))) {
          parts.add(String.join(", ", labels) + ": " + reason);
        }
      });
      return text(String.join("; ", parts));
    }
  }
}
