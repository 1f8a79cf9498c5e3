package org.sleepstat.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a delimited text file into a {@link RecordFeed}: finds the delimiter and the decimal
 * mark, stops at a quoted field that is never closed or that runs over lines that look like
 * records, and streams the records with their physical line numbers. Text that cannot be decoded
 * stops the reading (it is never replaced).
 */
final class CsvInput {
  private static final int SNIFF_CHARS = 1 << 16;

  private CsvInput() {}

  /** The delimiter and the decimal mark (0: not known yet) of a text. */
  record Dialect(char delimiter, char decimalMark) {}

  /** The delimiter and the decimal mark of the text, from its first characters. */
  static Dialect dialect(ByteSource source, Encoding encoding) throws IOException {
    try (Reader sample = open(source.open(), encoding)) {
      char[] buf = new char[SNIFF_CHARS];
      int n = 0;
      int r;
      while (n < buf.length && (r = sample.read(buf, n, buf.length - n)) > 0) {
        n += r;
      }
      CharBuffer text = CharBuffer.wrap(buf, 0, n);
      char delimiter = DelimiterSniffer.sniff(text);
      return new Dialect(delimiter, DecimalMarkSniffer.sniff(text, delimiter));
    }
  }

  /** Fails with the line of a quoted field that is never closed, if there is one. */
  static void checkQuotes(ByteSource source, Encoding encoding, char delimiter)
      throws IOException, SurveyFileException {
    try (Reader text = open(source.open(), encoding)) {
      long line = QuoteCheck.unclosedQuoteLine(text, delimiter);
      if (line > 0) {
        throw new SurveyFileException(source.name(), line, 0, "a quoted field that starts on"
            + " this line is never closed, so the rest of the file would be read as one field");
      }
    }
  }

  /**
   * Files at least this large are parsed on a second thread while they are validated (tests set
   * it to 0 to run every file that way).
   */
  static volatile long pipeBytes = 4L << 20;

  private static final long SMALL = 1 << 20;

  /**
   * Feeds every record of the text to {@code feed}; returns the tally of the bytes read, to be
   * compared with the scan's.
   */
  static ByteTally read(ByteSource source, Encoding encoding, char delimiter, RecordFeed feed,
      long size) throws IOException, SurveyFileException {
    if (size < pipeBytes || Runtime.getRuntime().availableProcessors() < 2) {
      return read(source, encoding, delimiter, feed, 0);
    }
    // a small file piped (only when a test lowers the threshold) gets tiny batches, so that
    // its records cross batch boundaries
    return read(source, encoding, delimiter, feed, size < SMALL ? 3 : 512);
  }

  /**
   * Feeds every record of the text to {@code feed}; returns the tally of the bytes read.
   *
   * @param batch records per batch parsed on a second thread; 0 to parse on this thread
   */
  static ByteTally read(ByteSource source, Encoding encoding, char delimiter, RecordFeed feed,
      int batch) throws IOException, SurveyFileException {
    ByteTally tally = new ByteTally(source.open());
    try (Reader text = open(tally, encoding)) {
      CsvParser csv = new CsvParser(text, delimiter);
      if (batch == 0) {
        CharRecord rec = new CharRecord();
        try {
          while (csv.next(rec)) {
            take(source, rec, feed, delimiter);
          }
        } catch (CsvParser.CsvFormatException e) {
          throw unparsable(source, e);
        }
      } else {
        try (RecordPipe pipe = new RecordPipe(csv, batch)) {
          CharRecord rec;
          while ((rec = pipe.next()) != null) {
            take(source, rec, feed, delimiter);
          }
        } catch (CsvParser.CsvFormatException e) {
          throw unparsable(source, e);
        }
      }
      tally.drain();
      return tally;
    }
  }

  private static void take(ByteSource source, CharRecord rec, RecordFeed feed, char delimiter)
      throws SurveyFileException {
    if (rec.size() == 1 && rec.isBlank()
        && (feed.headerWidth() == 0 || feed.headerWidth() > 1)) {
      return; // a line of only spaces or tabs is a blank line, as an empty one is
    }
    if (rec.quotedLineBreak) {
      boolean header = feed.headerWidth() == 0;
      RunawayQuote.Found f = RunawayQuote.find(rec, delimiter,
          header ? rec.size() : feed.headerWidth(), header);
      if (f != null) {
        throw new SurveyFileException(source.name(), f.line(), f.column(), f.message());
      }
    }
    feed.accept(rec.line, rec);
  }

  private static SurveyFileException unparsable(ByteSource source,
      CsvParser.CsvFormatException e) {
    if (e.complete()) {
      return new SurveyFileException(source.name(), e.line(), e.column(), e.getMessage());
    }
    return new SurveyFileException(source.name(), e.line(), 0,
        "the CSV cannot be parsed after this line (" + e.getMessage() + ")");
  }

  /**
   * The physical line where the text stops being valid in {@code encoding}, 0 when it is valid
   * throughout; read again only after a reading failed, to say where.
   */
  static long undecodableLine(ByteSource source, Encoding encoding) throws IOException {
    try (InputStream in = skipByteOrderMarks(source.open(), encoding)) {
      CharsetDecoder decoder = decoder(encoding);
      ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
      CharBuffer chars = CharBuffer.allocate(1 << 16);
      long line = 1;
      boolean afterCr = false;
      boolean eof = false;
      while (true) {
        if (!eof) {
          bytes.compact();
          int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
          if (n < 0) {
            eof = true;
          } else {
            bytes.position(bytes.position() + n);
          }
          bytes.flip();
        }
        CoderResult r = decoder.decode(bytes, chars, eof);
        chars.flip();
        while (chars.hasRemaining()) {
          char c = chars.get();
          if (c == '\n' && !afterCr || c == '\r') {
            line++;
          }
          afterCr = c == '\r';
        }
        chars.clear();
        if (r.isError()) {
          return line;
        }
        if (eof && r.isUnderflow()) {
          return 0;
        }
      }
    }
  }

  /** The physical line of the byte at {@code offset} of a single-byte or UTF-8 text. */
  static long lineOfByte(ByteSource source, long offset) throws IOException {
    try (InputStream in = source.open()) {
      byte[] buf = new byte[1 << 16];
      long line = 1;
      long at = 0;
      boolean afterCr = false;
      int n;
      while (at < offset && (n = in.read(buf, 0, (int) Math.min(buf.length, offset - at))) > 0) {
        for (int i = 0; i < n; i++) {
          byte b = buf[i];
          if (b == '\n' && !afterCr || b == '\r') {
            line++;
          }
          afterCr = b == '\r';
        }
        at += n;
      }
      return line;
    }
  }

  private static Reader open(InputStream in, Encoding encoding) throws IOException {
    try {
      return new InputStreamReader(skipByteOrderMarks(in, encoding), decoder(encoding));
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  private static CharsetDecoder decoder(Encoding encoding) {
    return encoding.charset().newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * Skips the byte-order mark, and any copies of it that follow (a file saved again by a tool
   * that added its own): they are not text, and would otherwise stick to the first column name.
   */
  private static InputStream skipByteOrderMarks(InputStream in, Encoding encoding)
      throws IOException {
    int n = encoding.bomLength();
    if (n == 0) {
      return in;
    }
    in.skipNBytes(n);
    byte[] mark = encoding.charset().equals(StandardCharsets.UTF_16LE) ? new byte[] {-1, -2}
        : encoding.charset().equals(StandardCharsets.UTF_16BE) ? new byte[] {-2, -1}
        : new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    PushbackInputStream p = new PushbackInputStream(in, mark.length);
    while (true) {
      byte[] next = p.readNBytes(mark.length);
      if (!Arrays.equals(next, mark)) {
        p.unread(next);
        return p;
      }
    }
  }
}
