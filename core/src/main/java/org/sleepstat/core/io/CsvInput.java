package org.sleepstat.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;

/**
 * Reads a delimited text file into a {@link RecordFeed}: finds the delimiter, stops at a quoted
 * field that is never closed, and streams the records with their physical line numbers.
 */
final class CsvInput {
  private static final int SNIFF_CHARS = 1 << 16;

  private CsvInput() {}

  /** The delimiter of the text, from its first characters. */
  static char delimiter(ByteSource source, Encoding encoding) throws IOException {
    try (Reader sample = open(source, encoding)) {
      char[] buf = new char[SNIFF_CHARS];
      int n = sample.read(buf);
      return DelimiterSniffer.sniff(CharBuffer.wrap(buf, 0, Math.max(n, 0)));
    }
  }

  /** Fails with the line of a quoted field that is never closed, if there is one. */
  static void checkQuotes(ByteSource source, Encoding encoding, char delimiter)
      throws IOException, SurveyFileException {
    try (Reader text = open(source, encoding)) {
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

  /** Feeds every record of the text to {@code feed}. */
  static void read(ByteSource source, Encoding encoding, char delimiter, RecordFeed feed,
      long size) throws IOException, SurveyFileException {
    if (size < pipeBytes || Runtime.getRuntime().availableProcessors() < 2) {
      read(source, encoding, delimiter, feed, 0);
    } else {
      // a small file piped (only when a test lowers the threshold) gets tiny batches, so that
      // its records cross batch boundaries
      read(source, encoding, delimiter, feed, size < SMALL ? 3 : 512);
    }
  }

  /**
   * Feeds every record of the text to {@code feed}.
   *
   * @param batch records per batch parsed on a second thread; 0 to parse on this thread
   */
  static void read(ByteSource source, Encoding encoding, char delimiter, RecordFeed feed,
      int batch) throws IOException, SurveyFileException {
    try (Reader text = open(source, encoding)) {
      CsvParser csv = new CsvParser(text, delimiter);
      if (batch == 0) {
        CharRecord rec = new CharRecord();
        try {
          while (csv.next(rec)) {
            take(rec, feed);
          }
        } catch (CsvParser.CsvFormatException e) {
          throw unparsable(source, e);
        }
        return;
      }
      try (RecordPipe pipe = new RecordPipe(csv, batch)) {
        CharRecord rec;
        while ((rec = pipe.next()) != null) {
          take(rec, feed);
        }
      } catch (CsvParser.CsvFormatException e) {
        throw unparsable(source, e);
      }
    }
  }

  private static void take(CharRecord rec, RecordFeed feed) throws SurveyFileException {
    if (rec.size() == 1 && rec.isBlank()
        && (feed.headerWidth() == 0 || feed.headerWidth() > 1)) {
      return; // a line of only spaces or tabs is a blank line, as an empty one is
    }
    feed.accept(rec.line, rec);
  }

  private static SurveyFileException unparsable(ByteSource source,
      CsvParser.CsvFormatException e) {
    return new SurveyFileException(source.name(), e.line(), 0,
        "the CSV cannot be parsed after this line (" + e.getMessage() + ")");
  }

  private static Reader open(ByteSource source, Encoding encoding) throws IOException {
    InputStream in = source.open();
    try {
      in.skipNBytes(encoding.bomLength());
    } catch (IOException e) {
      in.close();
      throw e;
    }
    return new InputStreamReader(in, encoding.charset().newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE));
  }
}
