package org.sleepstat.report.xlsx;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The parts of a workbook's file that the report makes itself ({@link CompressedPart}), by zip
 * entry name: each is started when registered and put in place of POI's when the workbook is
 * written ({@link ReportZip}). Discard them when done, written or not, to delete their files.
 */
final class OwnParts {
  private final Map<String, CompressedPart> parts = new HashMap<>();

  /**
   * Starts making {@code xml}, the whole XML of {@code sheet}, to go in place of what POI writes
   * for the sheet, which must hold no rows (its settings that reach beyond it, such as its
   * filter's defined name, still count).
   */
  void replace(XSSFSheet sheet, ReportWorkbook.XmlSource xml) throws IOException {
    if (sheet.getPhysicalNumberOfRows() > 0) {
      throw new IllegalArgumentException("sheet " + sheet.getSheetName() + " has rows");
    }
    String entry = sheet.getPackagePart().getPartName().getName().substring(1);
    if (parts.containsKey(entry)) {
      throw new IllegalStateException(sheet.getSheetName() + " is already replaced");
    }
    parts.put(entry, new CompressedPart(xml, ReportWorkbook.LEVEL));
  }

  /** The parts by entry name, e.g. "xl/worksheets/sheet9.xml". */
  Map<String, CompressedPart> byEntry() {
    return parts;
  }

  /** Stops the parts still being made and deletes their files. */
  void discard() {
    parts.values().forEach(CompressedPart::discard);
  }
}
