package org.sleepstat.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test shorthand: CSV text saved as an xlsx sheet, numbers as numeric cells, as Excel would. */
final class SheetFiles {
  private SheetFiles() {}

  static Path xlsx(Path file, String sheetName, String csv) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
      wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("read me first");
      Sheet sheet = wb.createSheet(sheetName);
      List<List<String>> records = Csv.records(csv);
      for (int r = 0; r < records.size(); r++) {
        Row row = sheet.createRow(r);
        List<String> cells = records.get(r);
        for (int c = 0; c < cells.size(); c++) {
          String v = cells.get(c);
          if (v.isEmpty()) {
            continue;
          }
          if (v.matches("-?[0-9]+(\\.[0-9]+)?")) {
            row.createCell(c).setCellValue(Double.parseDouble(v));
          } else {
            row.createCell(c).setCellValue(v);
          }
        }
      }
      wb.write(out);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
