package org.sleepstat.core.io;

import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Says what a file in Microsoft's old compound (OLE2) container is, for the message that refuses
 * it: an xlsx workbook saved with a password is stored in that container too (its {@code
 * EncryptionInfo} and {@code EncryptedPackage} streams), and needs other advice than an old xls
 * workbook (its {@code Workbook} or {@code Book} stream) or another Office document.
 */
final class OleWorkbook {
  static final String XLS = "this is an old Excel workbook (xls), which sleepstat does not read;"
      + " save it as an Excel workbook (.xlsx) or as CSV (File > Save As) and try again";
  static final String ENCRYPTED = "this Excel workbook is password-protected (encrypted), so"
      + " sleepstat cannot read it; open it in Excel, remove the password (File > Info > Protect"
      + " Workbook > Encrypt with Password, clear the password), save it and try again, or save"
      + " it as CSV";
  static final String OTHER = "this is an Office file in the old binary format but not an"
      + " Excel workbook; a survey must be a CSV export or an xlsx workbook";

  private OleWorkbook() {}

  /** The one-line reason the file cannot be read. */
  static String refusal(ByteSource source) {
    try (POIFSFileSystem fs = open(source)) {
      DirectoryNode root = fs.getRoot();
      if (root.hasEntry("EncryptionInfo") && root.hasEntry("EncryptedPackage")) {
        return ENCRYPTED;
      }
      if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
        return XLS;
      }
      return OTHER;
    } catch (IOException | RuntimeException e) {
      return XLS; // a container POI cannot list: the magic number still says old Office file
    }
  }

  private static POIFSFileSystem open(ByteSource source) throws IOException {
    if (source.path().isPresent()) {
      return new POIFSFileSystem(source.path().get().toFile(), true);
    }
    try (InputStream in = source.open()) {
      return new POIFSFileSystem(in);
    }
  }
}
