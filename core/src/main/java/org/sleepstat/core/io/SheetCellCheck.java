package org.sleepstat.core.io;

import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Stands between the XML parser and POI's sheet reader and refuses two kinds of cell that the
 * reader would pass on as blanks or fail on with an internal error: a formula without a saved
 * result (a workbook written by a script that never calculated it), and a reference to a shared
 * string the workbook does not have, or a cell beyond the last column (a broken workbook). Each
 * ends the reading with a {@link
 * SurveyFileException} naming the cell.
 */
final class SheetCellCheck extends XMLFilterImpl {
  /** Columns an Excel sheet can have: A to XFD. */
  private static final int LAST_COLUMN = 16_384;

  private final String file;
  private final SharedStrings strings;
  private String ref;
  private boolean sharedString;
  private boolean formula;
  private boolean result;
  private final StringBuilder value = new StringBuilder();
  private boolean inValue;

  SheetCellCheck(String file, SharedStrings strings) {
    this.file = file;
    this.strings = strings;
  }

  /** Thrown through the parser; carries the message for the workbook's file. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(SurveyFileException cause) {
      super(cause);
    }

    SurveyFileException exception() {
      return (SurveyFileException) getCause();
    }
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes atts)
      throws SAXException {
    switch (local) {
      case "c" -> {
        ref = atts.getValue("r");
        if (ref != null && XlsxInput.column(ref) >= LAST_COLUMN) {
          throw new Refused(new SurveyFileException(file, XlsxInput.UNREADABLE + "cell "
              + CellReader.quote(ref) + " lies beyond Excel's last column, XFD (a broken"
              + " workbook)"));
        }
        sharedString = "s".equals(atts.getValue("t"));
        formula = false;
        result = false;
      }
      case "f" -> formula = true;
      case "v", "is" -> {
        result = true;
        inValue = local.equals("v");
        value.setLength(0);
      }
      default -> {
        // rows, rich text runs and the rest need no check
      }
    }
    super.startElement(uri, local, qName, atts);
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (inValue) {
      value.append(ch, start, length);
    }
    super.characters(ch, start, length);
  }

  @Override
  public void endElement(String uri, String local, String qName) throws SAXException {
    if (local.equals("v")) {
      inValue = false;
      if (sharedString) {
        checkSharedString(value.toString().strip());
      }
    } else if (local.equals("c") && formula && !result) {
      throw new Refused(new SurveyFileException(file, row(), column(), "cell " + ref
          + " holds a formula whose result was never saved (a workbook written by a program?);"
          + " open the workbook in Excel or LibreOffice and save it, so that its formulas are"
          + " calculated, then try again"));
    }
    super.endElement(uri, local, qName);
  }

  private void checkSharedString(String index) {
    int count = strings.getCount();
    int i;
    try {
      i = Integer.parseInt(index);
    } catch (NumberFormatException e) {
      i = -1;
    }
    if (i < 0 || i >= count) {
      String has = count == 0 ? "no shared strings" : "shared strings 0 to " + (count - 1)
          + " only";
      throw new Refused(new SurveyFileException(file, XlsxInput.UNREADABLE + "cell " + ref
          + " refers to shared string " + CellReader.quote(index) + ", but the workbook has "
          + has + " (a broken workbook)"));
    }
  }

  private long row() {
    long row = 0;
    for (int i = 0; ref != null && i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (c >= '0' && c <= '9') {
        row = Math.min(row * 10 + (c - '0'), Integer.MAX_VALUE);
      }
    }
    return row;
  }

  private int column() {
    return ref == null ? 0 : XlsxInput.column(ref) + 1;
  }
}
