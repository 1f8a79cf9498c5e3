package org.sleepstat.core.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test shorthand: xlsx workbooks written with POI, and their zip parts rewritten. */
final class TestWorkbooks {
  private TestWorkbooks() {}

  /**
   * A workbook with one sheet per name; {@code rows} of each sheet are lists of cells: a Number
   * becomes a numeric cell, a Boolean a boolean cell, null no cell, a String starting with "="
   * a formula, any other String a text cell.
   */
  static byte[] of(List<String> names, List<List<List<Object>>> sheets) {
    try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out =
        new ByteArrayOutputStream()) {
      for (int s = 0; s < names.size(); s++) {
        Sheet sheet = wb.createSheet(names.get(s));
        List<List<Object>> rows = sheets.get(s);
        for (int r = 0; r < rows.size(); r++) {
          if (rows.get(r) == null) {
            continue; // no row at all
          }
          Row row = sheet.createRow(r);
          List<Object> cells = rows.get(r);
          for (int c = 0; c < cells.size(); c++) {
            set(row, c, cells.get(c));
          }
        }
      }
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // cached results, as Excel
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One sheet named "Data". */
  static byte[] of(List<List<Object>> rows) {
    return of(List.of("Data"), List.of(rows));
  }

  private static void set(Row row, int c, Object value) {
    if (value == null) {
      return;
    }
    Cell cell = row.createCell(c);
    if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else if (value instanceof Boolean b) {
      cell.setCellValue(b);
    } else if (value instanceof Styled s) {
      cell.setCellValue(s.value());
      CellStyle style = row.getSheet().getWorkbook().createCellStyle();
      style.setDataFormat(row.getSheet().getWorkbook().createDataFormat().getFormat(s.format()));
      cell.setCellStyle(style);
    } else if (value.toString().startsWith("=")) {
      cell.setCellFormula(value.toString().substring(1));
    } else {
      cell.setCellValue(value.toString());
    }
  }

  /** A number shown with an Excel number format, e.g. a date. */
  record Styled(double value, String format) {}

  /** The workbook with the text of zip entry {@code name} rewritten. */
  static byte[] rewrite(byte[] xlsx, String name, UnaryOperator<String> change) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      try (ZipOutputStream out = new ZipOutputStream(bytes)) {
        for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
          byte[] content = in.readAllBytes();
          if (e.getName().equals(name)) {
            content = change.apply(new String(content, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
          }
          out.putNextEntry(new ZipEntry(e.getName()));
          out.write(content);
          out.closeEntry();
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The workbook without zip entry {@code name}, as if it had never been written. */
  static byte[] drop(byte[] xlsx, String name) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      try (ZipOutputStream out = new ZipOutputStream(bytes)) {
        for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
          byte[] content = in.readAllBytes();
          if (!e.getName().equals(name)) {
            out.putNextEntry(new ZipEntry(e.getName()));
            out.write(content);
            out.closeEntry();
          }
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of zip entry {@code name}, or null when there is none. */
  static String text(byte[] xlsx, String name) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        if (e.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The workbook saved with a password, as Excel does: agile encryption in an OLE2 container. */
  static byte[] encrypted(byte[] xlsx, String password) {
    try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs =
        new org.apache.poi.poifs.filesystem.POIFSFileSystem();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      org.apache.poi.poifs.crypt.EncryptionInfo info = new org.apache.poi.poifs.crypt
          .EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
      org.apache.poi.poifs.crypt.Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword(password);
      try (java.io.OutputStream out = encryptor.getDataStream(fs)) {
        out.write(xlsx);
      }
      fs.writeFilesystem(bytes);
      return bytes.toByteArray();
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
