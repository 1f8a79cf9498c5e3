package org.sleepstat.core.io;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads RFC 4180 records from text into a reused {@link CharRecord}, without a String per field.
 * Reads as FastCSV does with the settings the importer used before: a quote opens a quoted field
 * only at the start of a field, a doubled quote inside it is a literal quote, and text after the
 * closing quote ends the field; CR, LF and CRLF end lines (also inside quoted fields,
 * for the line count); empty lines are skipped; records may have any number of fields. Text after
 * a closing quote (other than a delimiter or a line end) is an error, as it is for FastCSV. A
 * quoted field still open at the end of the text ends there (the importer finds such fields
 * first, see {@link QuoteCheck}).
 */
final class CsvParser {
  /**
   * Longest field accepted, in chars: a record is held in memory whole, so a cell of any length
   * could exhaust the heap; survey cells are far shorter.
   */
  static final int MAX_FIELD = 16 * 1024 * 1024;

  private final Reader in;
  private final char delimiter;
  private final char[] buf;
  private int pos;
  private int len;
  private long line = 1;
  /** The physical line the field being read starts on. */
  private long fieldLine;

  CsvParser(Reader in, char delimiter) {
    this(in, delimiter, 1 << 16);
  }

  /** With a read buffer of {@code bufferSize} chars (small sizes test the buffer's edges). */
  CsvParser(Reader in, char delimiter, int bufferSize) {
    this.in = in;
    this.delimiter = delimiter;
    this.buf = new char[bufferSize];
  }

  /**
   * Reads the next record; false at the end of the text.
   *
   * @throws CsvFormatException when a field is longer than {@link #MAX_FIELD}, or a quoted
   *     field has text after its closing quote
   */
  boolean next(CharRecord rec) throws IOException, CsvFormatException {
    rec.clear();
    // skip empty lines
    while (true) {
      if (pos == len && !fill()) {
        return false;
      }
      char c = buf[pos];
      if (c == '\n') {
        pos++;
        line++;
      } else if (c == '\r') {
        pos++;
        line++;
        skipLf();
      } else {
        break;
      }
    }
    rec.line = line;
    while (true) {
      int start = rec.length;
      fieldLine = line;
      boolean more = pos < len || fill();
      if (more && buf[pos] == '"') {
        pos++;
        readQuoted(rec, start);
        checkSize(rec, start);
        if ((pos < len || fill()) && !isFieldEnd(buf[pos])) {
          throw new CsvFormatException("a quoted field has text after its closing quote: '"
              + buf[pos] + "'", rec.line);
        }
      }
      int end = readPlain(rec, start); // to the delimiter, a line end or the end of the text
      rec.endField(start);
      if (end != delimiter) {
        return true;
      }
    }
  }

  private boolean isFieldEnd(char c) {
    return c == delimiter || c == '\n' || c == '\r';
  }

  /** The physical line of the next char. */
  long line() {
    return line;
  }

  /**
   * Appends plain text up to the next delimiter or line end, and consumes that char. Returns the
   * delimiter, or -1 at a line end or the end of the text.
   */
  private int readPlain(CharRecord rec, int start) throws IOException, CsvFormatException {
    final char d = delimiter;
    while (true) {
      if (pos == len && !fill()) {
        return -1;
      }
      int from = pos;
      int p = pos;
      final int n = len;
      final char[] b = buf;
      while (p < n) {
        char c = b[p];
        if (c == d || c == '\n' || c == '\r') {
          break;
        }
        p++;
      }
      if (p > from) {
        rec.append(b, from, p - from);
        checkSize(rec, start);
      }
      pos = p;
      if (p < n) {
        char c = b[p];
        pos++;
        if (c == d) {
          return d;
        }
        line++;
        if (c == '\r') {
          skipLf();
        }
        return -1;
      }
    }
  }

  /** Appends a quoted field's text after its opening quote, and consumes the closing quote. */
  private void readQuoted(CharRecord rec, int start) throws IOException, CsvFormatException {
    boolean afterCr = false;
    while (true) {
      if (pos == len) {
        checkSize(rec, start); // once a buffer, so that a huge field fails before it fills memory
        if (!fill()) {
          return; // never closed: ends with the text
        }
      }
      // a run of plain chars is copied at once
      int from = pos;
      int p = pos;
      while (p < len) {
        char r = buf[p];
        if (r == '"' || r == '\n' || r == '\r') {
          break;
        }
        p++;
      }
      if (p > from) {
        rec.append(buf, from, p - from);
        afterCr = false;
        pos = p;
        if (pos == len) {
          continue;
        }
      }
      char c = buf[pos++];
      if (c == '"') {
        if (pos == len && !fill()) {
          return;
        }
        if (buf[pos] != '"') {
          return;
        }
        pos++;
      } else if (c == '\n') {
        if (!afterCr) {
          line++;
        }
        rec.quotedLineBreak = true;
      } else if (c == '\r') {
        line++;
        rec.quotedLineBreak = true;
      }
      afterCr = c == '\r';
      rec.append(c);
    }
  }

  private void skipLf() throws IOException {
    if ((pos < len || fill()) && buf[pos] == '\n') {
      pos++;
    }
  }

  private void checkSize(CharRecord rec, int start) throws CsvFormatException {
    if (rec.length - start > MAX_FIELD) {
      throw new CsvFormatException("this cell is longer than " + MAX_FIELD + " characters (16"
          + " Mi), the longest sleepstat reads; the file was not read", fieldLine, rec.count + 1,
          true);
    }
  }

  private boolean fill() throws IOException {
    int n;
    do {
      n = in.read(buf, 0, buf.length);
    } while (n == 0);
    if (n < 0) {
      pos = 0;
      len = 0;
      return false;
    }
    pos = 0;
    len = n;
    return true;
  }

  /** A record the parser refuses to read. */
  static final class CsvFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final long line;
    private final int column;
    private final boolean complete;

    CsvFormatException(String message, long line) {
      this(message, line, 0, false);
    }

    /**
     * @param column the 1-based field, 0 when not known
     * @param complete whether the message says all (else it is what stopped the parsing)
     */
    CsvFormatException(String message, long line, int column, boolean complete) {
      super(message);
      this.line = line;
      this.column = column;
      this.complete = complete;
    }

    /** The line the record starts on. */
    long line() {
      return line;
    }

    int column() {
      return column;
    }

    boolean complete() {
      return complete;
    }
  }
}
