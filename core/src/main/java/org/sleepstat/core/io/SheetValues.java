package org.sleepstat.core.io;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.sleepstat.core.schema.NumberText;

/**
 * Turns a numeric cell of a sheet into text as a value, not as Excel displays it: a number as
 * the shortest decimal that reads back as the same double (5.4, not "5.40" or "5"; 0.25, not
 * "25%"), a date as ISO {@code yyyy-mm-dd} (with {@code HH:mm:ss} when it has a time of day), a
 * time of day alone as {@code HH:mm:ss}. POI's sheet reader calls it for every numeric cell.
 */
final class SheetValues extends DataFormatter {
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final boolean date1904;
  private final java.util.Map<String, Boolean> dateFormats = new java.util.HashMap<>();

  /** @param date1904 whether the workbook counts dates from 1904 (old Mac Excel) */
  SheetValues(boolean date1904) {
    this.date1904 = date1904;
  }

  @Override
  public String formatRawCellContents(double value, int formatIndex, String formatString) {
    if (formatString != null && isDate(formatIndex, formatString)
        && DateUtil.isValidExcelDate(value)) {
      return date(value);
    }
    return NumberText.format(value);
  }

  @Override
  public String formatRawCellContents(double value, int formatIndex, String formatString,
      boolean use1904Windowing) {
    return formatRawCellContents(value, formatIndex, formatString);
  }

  /** POI's test is a regular expression: asked once per format, not once per cell. */
  private boolean isDate(int formatIndex, String formatString) {
    return dateFormats.computeIfAbsent(formatIndex + ":" + formatString,
        k -> DateUtil.isADateFormat(formatIndex, formatString));
  }

  private String date(double value) {
    LocalDateTime t = DateUtil.getLocalDateTime(value, date1904, true);
    if (value < 1 && !date1904) {
      return t.toLocalTime().format(TIME);
    }
    return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString()
        : t.format(DATE_TIME);
  }
}
