package org.sleepstat.report.xlsx;

import java.io.IOException;
import org.apache.poi.ss.util.CellReference;

/**
 * Rows of styled cells written as sheet XML, for the rows a sheet appends ({@link
 * SheetWriter#appendXml}): the cells {@link SheetWriter} would write, as text or numbers in the
 * workbook's styles, text never a formula and empty text no cell.
 */
public final class XmlCells {
  /** Writes the rows. */
  @FunctionalInterface
  public interface Source {
    /** Writes every row into {@code cells}, on a thread of its own. */
    void writeTo(XmlCells cells) throws IOException;
  }

  private final XmlBytes x;
  private final Styles styles;
  private int row = -1;
  private int column;

  XmlCells(XmlBytes x, Styles styles) {
    this.x = x;
    this.styles = styles;
  }

  /** Starts row {@code index} (0-based, after the rows before), ending the row before. */
  public XmlCells row(int index) throws IOException {
    return row(index, 0);
  }

  /**
   * Starts row {@code index} of {@code height} points (0: the default), ending the row before.
   */
  XmlCells row(int index, float height) throws IOException {
    end();
    row = index + 1;
    column = 0;
    x.markup("<row r=\"").number(row);
    if (height > 0) {
      x.markup("\" ht=\"").markup(Float.toString(height)).markup("\" customHeight=\"1");
    }
    x.markup("\">");
    return this;
  }

  /** A number in the style of {@code kind}. */
  public XmlCells number(double value, CellKind kind) throws IOException {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    reference();
    x.markup("\" s=\"").number(styles.of(kind).getIndex()).markup("\"><v>");
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      x.number((long) value);
    } else {
      x.markup(Double.toString(value));
    }
    x.markup("</v></c>");
    return this;
  }

  /** Text in the style of {@code kind}; null or empty leaves the cell empty. */
  public XmlCells text(String value, CellKind kind) throws IOException {
    return text(value, styles.of(kind).getIndex());
  }

  /** A header cell. */
  public XmlCells header(String value) throws IOException {
    return text(value, styles.header.getIndex());
  }

  /** A title cell. */
  public XmlCells title(String value) throws IOException {
    return text(value, styles.title.getIndex());
  }

  /** Ends the last row and passes the bytes on. */
  void finish() throws IOException {
    end();
    x.flush();
  }

  /** Ends the row being written, if any. */
  void end() throws IOException {
    if (row >= 0) {
      x.markup("</row>");
      row = -1;
    }
  }

  private XmlCells text(String value, short style) throws IOException {
    if (value == null || value.isEmpty()) {
      column++;
      return this;
    }
    String safe = Text.safe(value);
    boolean preserve = Character.isWhitespace(safe.charAt(0))
        || Character.isWhitespace(safe.charAt(safe.length() - 1));
    reference();
    x.markup("\" s=\"").number(style).markup(preserve
        ? "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" : "\" t=\"inlineStr\"><is><t>")
        .text(safe).markup("</t></is></c>");
    return this;
  }

  /** {@code <c r="B12}, and the next cell goes one column on. */
  private void reference() throws IOException {
    if (row < 0) {
      throw new IllegalStateException("no row started");
    }
    x.markup("<c r=\"").markup(CellReference.convertNumToColString(column++)).number(row);
  }
}
