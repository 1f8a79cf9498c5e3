package org.sleepstat.cli.report.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sleepstat.cli.report.Report;
import org.sleepstat.cli.report.charts.ReportChart;

/** Writes report workbooks in memory and reads them back as POI sees a file. */
final class Workbooks {
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
}
