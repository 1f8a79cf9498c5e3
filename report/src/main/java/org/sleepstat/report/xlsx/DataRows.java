package org.sleepstat.report.xlsx;

import java.io.IOException;
import org.apache.poi.ss.util.CellReference;

/**
 * The rows of a sheet written as XML ({@link SheetWriter#replaceWith}), one after the other, each
 * cell in the column after the one before: numbers, shared strings and inline text, never a
 * formula; a missing value is no cell. A million rows make half a gigabyte of XML, so the cells
 * are lean: a cell names its column only after a missing one (the reference is optional, and a
 * cell without one is in the column after the cell before), and takes the default style, whose
 * format is General (the other sheets' numbers only add top alignment, which one-line rows do
 * not need).
 */
public final class DataRows {
  /** Writes the rows. */
  @FunctionalInterface
  public interface Source {
    /** Writes every row into {@code rows}, on a thread of its own. */
    void writeTo(DataRows rows) throws IOException;
  }

  private static final byte[] ROW_START = XmlBytes.bytes("<row r=\"");
  private static final byte[] ROW_START_END = XmlBytes.bytes("\">");
  private static final byte[] CELL = XmlBytes.bytes("<c");
  private static final byte[] REFERENCE_END = XmlBytes.bytes("\"");
  private static final byte[] VALUE = XmlBytes.bytes("><v>");
  private static final byte[] SHARED_VALUE = XmlBytes.bytes(" t=\"s\"><v>");
  private static final byte[] ROW_END = XmlBytes.bytes("</row>");
  private static final byte[] VALUE_END = XmlBytes.bytes("</v></c>");
  private static final byte[] TEXT_END = XmlBytes.bytes("</t></is></c>");

  private final XmlBytes x;
  private final int first;
  /** Per column: {@code <c r="B}, for a cell after a missing one. */
  private final byte[][] reference;
  private int written;
  /** The row being written (1-based), 0 before the first. */
  private int row;
  private int column;
  private boolean gap;

  /**
   * @param first the index of the first row (0-based)
   * @param columns columns of a row at most
   */
  DataRows(XmlBytes x, int first, int columns) {
    this.x = x;
    this.first = first;
    reference = new byte[columns][];
    for (int c = 0; c < columns; c++) {
      reference[c] = XmlBytes.bytes("<c r=\"" + CellReference.convertNumToColString(c));
    }
  }

  /** Starts the next row, ending the one before. */
  public DataRows row() throws IOException {
    end();
    row = first + ++written;
    column = 0;
    gap = false;
    x.raw(ROW_START).number(row).raw(ROW_START_END);
    return this;
  }

  /** A number, as Excel reads it exactly. */
  public DataRows number(double value) throws IOException {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    start().raw(VALUE);
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      x.number((long) value);
    } else {
      x.markup(Double.toString(value));
    }
    x.raw(VALUE_END);
    return this;
  }

  /** The shared string {@code index} ({@link SheetWriter#sharedString}). */
  public DataRows sharedString(int index) throws IOException {
    start().raw(SHARED_VALUE).number(index).raw(VALUE_END);
    return this;
  }

  /** Text, kept as given (even empty), made safe for a cell ({@link Text#safe}). */
  public DataRows text(String value) throws IOException {
    String safe = Text.safe(value);
    start().markup(preserve(safe) ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">"
        : " t=\"inlineStr\"><is><t>").text(safe).raw(TEXT_END);
    return this;
  }

  /** A missing value: no cell. */
  public DataRows missing() {
    column++;
    gap = true;
    return this;
  }

  /** Ends the row being written, if any. */
  void end() throws IOException {
    if (row > 0) {
      x.raw(ROW_END);
      row = 0;
    }
  }

  /** Rows started. */
  int written() {
    return written;
  }

  /** {@code <c}, with the cell's reference after a missing cell; the next cell goes one on. */
  private XmlBytes start() throws IOException {
    if (row == 0) {
      throw new IllegalStateException("no row started");
    }
    if (gap) {
      x.raw(reference[column]).number(row).raw(REFERENCE_END);
      gap = false;
    } else {
      x.raw(CELL);
    }
    column++;
    return x;
  }

  /** Whether spreadsheets would trim the text's first or last character without a note. */
  private static boolean preserve(String text) {
    return !text.isEmpty() && (Character.isWhitespace(text.charAt(0))
        || Character.isWhitespace(text.charAt(text.length() - 1)));
  }
}
