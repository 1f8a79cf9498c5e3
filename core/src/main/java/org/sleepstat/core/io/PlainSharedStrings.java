package org.sleepstat.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared strings ({@code xl/sharedStrings.xml}) as plain text, read with POI's
 * secure SAX parser: the text of each {@code <si>} item, its runs joined, phonetic runs left
 * out. POI's own read-only table builds a rich-text object for every cell that uses a string,
 * which costs more than all the rest of reading a sheet.
 */
final class PlainSharedStrings extends DefaultHandler implements SharedStrings {
  /** Text read from a workbook is never formatted: sleepstat only reads its value. */
  private static final String READ_ONLY = "the text of a read workbook cannot be formatted";

  private final List<RichTextString> items = new ArrayList<>();
  private StringBuilder item;
  private boolean inText;
  private int phonetic;

  /** Reads the part; {@code in} may be null (a workbook without shared strings). */
  PlainSharedStrings(InputStream in)
      throws IOException, SAXException, ParserConfigurationException {
    if (in != null) {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(this);
      xml.parse(new InputSource(in));
    }
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes atts) {
    switch (local) {
      case "si" -> item = new StringBuilder();
      case "rPh" -> phonetic++;
      case "t" -> inText = item != null && phonetic == 0;
      default -> {
        // runs (r) and their properties hold no text of their own
      }
    }
  }

  @Override
  public void endElement(String uri, String local, String qName) {
    switch (local) {
      case "si" -> {
        items.add(new Plain(item.toString()));
        item = null;
      }
      case "rPh" -> phonetic--;
      case "t" -> inText = false;
      default -> {
        // nothing to close
      }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (inText) {
      item.append(ch, start, length);
    }
  }

  @Override
  public RichTextString getItemAt(int idx) {
    if (idx < 0 || idx >= items.size()) {
      // SheetCellCheck names the cell first; this only keeps any other caller from a crash
      throw new IllegalArgumentException("shared string " + idx + " does not exist (a broken"
          + " workbook)");
    }
    return items.get(idx);
  }

  @Override
  public int getCount() {
    return items.size();
  }

  @Override
  public int getUniqueCount() {
    return items.size();
  }

  /** Text without formatting runs; the sheet reader only asks for the string. */
  private record Plain(String text) implements RichTextString {
    @Override
    public String getString() {
      return text;
    }

    @Override
    public String toString() {
      return text;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public int numFormattingRuns() {
      return 0;
    }

    @Override
    public int getIndexOfFormattingRun(int index) {
      return 0;
    }

    @Override
    public void applyFont(int startIndex, int endIndex, short fontIndex) {
      throw new IllegalStateException(READ_ONLY);
    }

    @Override
    public void applyFont(int startIndex, int endIndex, Font font) {
      throw new IllegalStateException(READ_ONLY);
    }

    @Override
    public void applyFont(Font font) {
      throw new IllegalStateException(READ_ONLY);
    }

    @Override
    public void clearFormatting() {
      throw new IllegalStateException(READ_ONLY);
    }

    @Override
    public void applyFont(short fontIndex) {
      throw new IllegalStateException(READ_ONLY);
    }
  }
}
