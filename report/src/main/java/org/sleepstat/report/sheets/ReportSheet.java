package org.sleepstat.report.sheets;

import org.sleepstat.report.Report;
import org.sleepstat.report.xlsx.SheetWriter;

/**
 * One sheet of the report workbook. A sheet whose size grows with the survey's rows is streamed
 * (written through SXSSF with a window of rows in memory); the others are ordinary sheets, which
 * native charts and pictures need.
 */
interface ReportSheet {
  /** The sheet's name, at most 31 characters. */
  String name();

  /** Whether the sheet is streamed. */
  default boolean streamed() {
    return false;
  }

  /**
   * Whether the sheet is written before the others: one that is made on threads of its own
   * ({@link SheetWriter#replaceWith}) starts first, so that building the others covers its time.
   */
  default boolean first() {
    return false;
  }

  /**
   * Whether the report has the sheet: one that only some surveys have (Over time, for three or
   * more waves) is left out of the others' workbooks, which stay as they were.
   */
  default boolean present(Report report) {
    return true;
  }

  /** Writes the sheet, title row first. */
  void write(SheetWriter w, Report report);
}
