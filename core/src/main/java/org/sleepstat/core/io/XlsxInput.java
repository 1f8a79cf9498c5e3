package org.sleepstat.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one sheet of an xlsx workbook into a {@link RecordFeed} with POI's streaming SAX reader
 * ({@link XSSFReader}, {@link XSSFSheetXMLHandler}), so that a large sheet is never held whole:
 * each row goes to the feed with its sheet row number as its line. Cells come as values ({@link
 * SheetValues}); empty rows are skipped as blank lines are. POI's protections stay on: {@code
 * ZipSecureFile}'s limits against zip bombs and a secure XML parser that refuses a document type
 * declaration (entity expansion, external entities). A workbook that cannot be read, for any of
 * these reasons or because it is broken, is a one-line {@link SurveyFileException}.
 */
final class XlsxInput {
  static final String UNREADABLE = "this is an Excel workbook (xlsx) but it cannot be"
      + " read: ";

  private XlsxInput() {}

  /** Reads sheet {@code sheet} (the first when null) into {@code feed}; returns its name. */
  static String read(ByteSource source, String sheet, RecordFeed feed)
      throws SurveyFileException {
    String file = source.name();
    OPCPackage pkg = null;
    try {
      pkg = open(source);
      XSSFReader reader = new XSSFReader(pkg);
      List<String> names = sheetNames(reader);
      int index = choose(file, names, sheet);
      SharedStrings strings = sharedStrings(pkg);
      StylesTable styles = reader.getStylesTable();
      SheetValues values = new SheetValues(date1904(reader));
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      for (int i = 0; sheets.hasNext(); i++) {
        try (InputStream in = sheets.next()) {
          if (i == index) {
            SheetCellCheck check = new SheetCellCheck(file, strings);
            check.setParent(XMLHelper.newXMLReader());
            check.setContentHandler(new XSSFSheetXMLHandler(styles, strings, new Rows(feed),
                values, false));
            check.parse(new InputSource(in));
            return names.get(index);
          }
        }
      }
      throw new SurveyFileException(file, UNREADABLE + "sheet \"" + names.get(index)
          + "\" is listed but missing");
    } catch (SheetCellCheck.Refused r) {
      throw r.exception();
    } catch (FeedFailure f) {
      if (f.getCause() instanceof SurveyFileException e) {
        throw e;
      }
      throw (RuntimeException) f.getCause();
    } catch (IOException | SAXException | OpenXML4JException | POIXMLException
        | javax.xml.parsers.ParserConfigurationException | IllegalArgumentException
        | IllegalStateException | org.apache.poi.util.RecordFormatException e) {
      throw new SurveyFileException(file, UNREADABLE + reason(e));
    } finally {
      if (pkg != null) {
        pkg.revert(); // read-only: never write anything back
      }
    }
  }

  private static OPCPackage open(ByteSource source) throws IOException, OpenXML4JException {
    if (source.path().isPresent()) {
      return OPCPackage.open(source.path().get().toFile(), PackageAccess.READ);
    }
    try (InputStream in = source.open()) {
      return OPCPackage.open(in);
    }
  }

  private static List<String> sheetNames(XSSFReader reader)
      throws IOException, OpenXML4JException {
    List<String> names = new ArrayList<>();
    XSSFReader.SheetIterator sheets = reader.getSheetIterator();
    while (sheets.hasNext()) {
      sheets.next().close();
      names.add(sheets.getSheetName());
    }
    return names;
  }

  /** The index of the sheet to read: by exact name, else ignoring case; the first by default. */
  private static int choose(String file, List<String> names, String sheet)
      throws SurveyFileException {
    if (names.isEmpty()) {
      throw new SurveyFileException(file, "the workbook has no sheets");
    }
    if (sheet == null) {
      return 0;
    }
    int exact = names.indexOf(sheet);
    if (exact >= 0) {
      return exact;
    }
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(sheet.strip())) {
        return i;
      }
    }
    throw new SurveyFileException(file, "the workbook has no sheet named \"" + sheet
        + "\" (its sheets: " + String.join(", ", names) + ")");
  }

  /** The shared strings part, if the workbook has one (a workbook of numbers may not). */
  private static SharedStrings sharedStrings(OPCPackage pkg)
      throws IOException, SAXException, javax.xml.parsers.ParserConfigurationException {
    List<org.apache.poi.openxml4j.opc.PackagePart> parts =
        pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
    if (parts.isEmpty()) {
      return new PlainSharedStrings(null);
    }
    try (InputStream in = parts.get(0).getInputStream()) {
      return new PlainSharedStrings(in);
    }
  }

  /** Whether the workbook counts dates from 1904 ({@code <workbookPr date1904="1"/>}). */
  private static boolean date1904(XSSFReader reader)
      throws IOException, OpenXML4JException, SAXException,
      javax.xml.parsers.ParserConfigurationException {
    boolean[] flag = new boolean[1];
    try (InputStream in = reader.getWorkbookData()) {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(new DefaultHandler() {
        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
          if (local.equals("workbookPr")) {
            String v = atts.getValue("date1904");
            flag[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
          }
        }
      });
      xml.parse(new InputSource(in));
    }
    return flag[0];
  }

  /** One line saying why POI could not read the workbook. */
  static String reason(Exception e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null && all.length() < 10_000; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
    }
    String message = all.toString();
    if (message.contains("Zip bomb")) {
      return "its content would expand to far more than its size (a possible zip bomb), so it"
          + " was not unpacked";
    }
    if (message.contains("DOCTYPE")) {
      return "its XML declares a document type (DOCTYPE), which a workbook never needs and which"
          + " can expand entities; it was not read";
    }
    if (e instanceof NotOfficeXmlFileException || message.contains("No valid entries")) {
      return "it is not a complete Office Open XML package (a broken or truncated file?)";
    }
    String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
    if (first.length() > 160) {
      first = first.substring(0, 157) + "…";
    }
    return first.isEmpty() ? e.getClass().getSimpleName() : first;
  }

  /** The 0-based column of a cell reference such as "B7" or "AA12". */
  static int column(String ref) {
    int col = 0;
    for (int i = 0; i < ref.length(); i++) {
      char ch = ref.charAt(i);
      if (ch >= 'A' && ch <= 'Z') {
        col = col * 26 + (ch - 'A' + 1);
      } else if (ch >= 'a' && ch <= 'z') {
        col = col * 26 + (ch - 'a' + 1);
      } else if (ch != '$') {
        break;
      }
      if (col > 1 << 20) {
        break; // far beyond Excel's last column, XFD: a broken reference, not a width to fill
      }
    }
    return col - 1;
  }

  /** The rows of a sheet, in order, to the feed; a cell may be missing from a row. */
  private static final class Rows implements SheetContentsHandler {
    private final RecordFeed feed;
    private final List<String> cells = new ArrayList<>();
    private int next;

    Rows(RecordFeed feed) {
      this.feed = feed;
    }

    @Override
    public void startRow(int row) {
      cells.clear();
      next = 0;
    }

    @Override
    public void cell(String ref, String value, XSSFComment comment) {
      int col = ref == null ? next : XlsxInput.column(ref);
      while (cells.size() <= col) {
        cells.add("");
      }
      cells.set(col, value == null ? "" : value);
      next = col + 1;
    }

    @Override
    public void endRow(int row) {
      int width = cells.size();
      while (width > 0 && cells.get(width - 1).isEmpty()) {
        width--;
      }
      if (width == 0) {
        return; // an empty row, as a blank line in a CSV file
      }
      String[] fields = new String[Math.max(width, feed.headerWidth())];
      for (int i = 0; i < fields.length; i++) {
        fields[i] = i < width ? cells.get(i) : "";
      }
      try {
        feed.accept(row + 1L, Fields.of(fields));
      } catch (SurveyFileException | RuntimeException e) {
        throw new FeedFailure(e);
      }
    }
  }

  /** Carries the feed's own exceptions through POI's SAX callbacks. */
  private static final class FeedFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FeedFailure(Exception cause) {
      super(cause);
    }
  }
}
