package org.sleepstat.report.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Every cell style of a report workbook, created once per workbook (a file holds at most 64,000
 * styles, and a style per cell would also make the file large and slow).
 */
final class Styles {
  /** Shows p below 0.001 as "<0.001" while the cell keeps the exact value. */
  static final String P_FORMAT = "[<0.001]\"<0.001\";0.000";

  final CellStyle title;
  final CellStyle note;
  final CellStyle header;
  final CellStyle text;
  final CellStyle wrap;
  final CellStyle indented;
  final CellStyle centred;
  final CellStyle noteWrap;
  final CellStyle count;
  final CellStyle number;
  final CellStyle precise;
  final CellStyle p;
  final CellStyle share;
  final CellStyle general;

  Styles(Workbook wb) {
    DataFormat format = wb.createDataFormat();
    Font bold = wb.createFont();
    bold.setBold(true);
    Font big = wb.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);
    Font italic = wb.createFont();
    italic.setItalic(true);
    italic.setColor(IndexedColors.GREY_80_PERCENT.getIndex());

    title = wb.createCellStyle();
    title.setFont(big);
    note = wb.createCellStyle();
    note.setFont(italic);
    header = wb.createCellStyle();
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.TOP);
    text = wb.createCellStyle();
    text.setVerticalAlignment(VerticalAlignment.TOP);
    wrap = wb.createCellStyle();
    wrap.setWrapText(true);
    wrap.setVerticalAlignment(VerticalAlignment.TOP);
    indented = wb.createCellStyle();
    indented.setIndention((short) 2);
    // spreadsheets indent only left-aligned text, not text in the General alignment
    indented.setAlignment(HorizontalAlignment.LEFT);
    indented.setVerticalAlignment(VerticalAlignment.TOP);
    centred = wb.createCellStyle();
    centred.setAlignment(HorizontalAlignment.CENTER);
    centred.setVerticalAlignment(VerticalAlignment.TOP);
    noteWrap = wb.createCellStyle();
    noteWrap.setFont(italic);
    noteWrap.setWrapText(true);
    noteWrap.setVerticalAlignment(VerticalAlignment.TOP);
    count = numeric(wb, format, "#,##0");
    number = numeric(wb, format, "0.00");
    precise = numeric(wb, format, "0.000");
    p = numeric(wb, format, P_FORMAT);
    share = numeric(wb, format, "0.0%");
    general = numeric(wb, format, "General");
  }

  CellStyle of(CellKind kind) {
    return switch (kind) {
      case TEXT -> text;
      case WRAP -> wrap;
      case INDENTED -> indented;
      case CENTRED -> centred;
      case COUNT -> count;
      case NUMBER -> number;
      case PRECISE -> precise;
      case P -> p;
      case SHARE -> share;
      case GENERAL -> general;
    };
  }

  private static CellStyle numeric(Workbook wb, DataFormat format, String pattern) {
    CellStyle s = wb.createCellStyle();
    s.setDataFormat(format.getFormat(pattern));
    s.setVerticalAlignment(VerticalAlignment.TOP);
    return s;
  }
}
