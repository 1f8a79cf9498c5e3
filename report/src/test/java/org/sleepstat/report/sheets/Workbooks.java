package org.sleepstat.report.sheets;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sleepstat.report.Report;
import org.sleepstat.report.charts.ReportChart;

/**
 * Writes report workbooks in memory and reads them back as POI sees a file; finds tables, rows
 * and columns in them by their text.
 */
final class Workbooks {
  /** The number format of p-values: "<0.001" below 0.001, the cell keeping the exact value. */
  static final String P_FORMAT = "[<0.001]\"<0.001\";0.000";

  private Workbooks() {}

  static byte[] write(Report report, List<ReportChart> charts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      WorkbookWriter.write(report, charts, out, sheet -> { });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] writeSheets(Report report, List<ReportSheet> sheets) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      WorkbookWriter.writeSheets(report, sheets, out, sheet -> { });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static XSSFWorkbook read(byte[] bytes) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first row whose first cell is text starting with {@code prefix}. */
  static Row rowStartingWith(Sheet sheet, String prefix) {
    for (Row row : sheet) {
      if (text(row, 0).startsWith(prefix)) {
        return row;
      }
    }
    throw new AssertionError("no row starting with " + prefix + " on " + sheet.getSheetName());
  }

  /** The header row of the table under the title starting with {@code title}. */
  static Row headerUnder(Sheet sheet, String title) {
    Row t = rowStartingWith(sheet, title);
    for (int r = t.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      Cell first = row == null ? null : row.getCell(0);
      if (first != null
          && first.getCellStyle().getFillPattern() == FillPatternType.SOLID_FOREGROUND) {
        return row;
      }
    }
    throw new AssertionError("no header under " + title + " on " + sheet.getSheetName());
  }

  /** The headers of a header row, in order. */
  static List<String> headers(Row header) {
    List<String> names = new ArrayList<>();
    header.forEach(c -> names.add(c.getStringCellValue()));
    return names;
  }

  /** The column headed {@code name} in {@code header}. */
  static int column(Row header, String name) {
    int c = headers(header).indexOf(name);
    if (c < 0) {
      throw new AssertionError("no header " + name + " in " + headers(header));
    }
    return header.getCell(c).getColumnIndex();
  }

  /** The first row below {@code header}, before the next empty row, that {@code test} accepts. */
  static Row rowBelow(Row header, Predicate<Row> test) {
    Sheet sheet = header.getSheet();
    for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        break;
      }
      if (test.test(row)) {
        return row;
      }
    }
    throw new AssertionError("no such row under row " + (header.getRowNum() + 1) + " of "
        + sheet.getSheetName());
  }

  /** The rows below {@code header} up to the next empty row. */
  static int rowsBelow(Row header) {
    Sheet sheet = header.getSheet();
    int n = 0;
    while (sheet.getRow(header.getRowNum() + 1 + n) != null) {
      n++;
    }
    return n;
  }

  /** The text of a cell, or "" when it is empty or not text. */
  static String text(Row row, int column) {
    Cell c = row.getCell(column);
    return c != null && c.getCellType() == CellType.STRING ? c.getStringCellValue() : "";
  }

  /** The number in the column headed {@code name} of {@code row}, under {@code header}. */
  static double number(Row header, Row row, String name) {
    Cell c = row.getCell(column(header, name));
    if (c == null || c.getCellType() != CellType.NUMERIC) {
      throw new AssertionError(name + " in row " + (row.getRowNum() + 1) + " is not a number");
    }
    return c.getNumericCellValue();
  }

  /** The cell in the column headed {@code name} of {@code row}, or null when empty. */
  static Cell cell(Row header, Row row, String name) {
    return row.getCell(column(header, name));
  }

  /** The Notes cell (the last header) of {@code row}. */
  static String notes(Row header, Row row) {
    return text(row, column(header, "Notes"));
  }
}
