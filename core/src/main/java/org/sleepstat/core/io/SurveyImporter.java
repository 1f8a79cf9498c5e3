package org.sleepstat.core.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.core.survey.SurveyBuilder;

/**
 * Reads a survey file (wide or long CSV) against a codebook and accounts for every row: each data
 * row ends accepted or rejected, and every problem is reported with its line, column, value and
 * rule. Detects the encoding, the delimiter and a decimal comma. A file that cannot be used at all
 * raises {@link SurveyFileException} with a one-line message. Immutable; configure with the {@code
 * with} methods.
 *
 * <pre>{@code
 * ImportResult r = SurveyImporter.withDefaults().with(InvalidValues.SET_MISSING).read(path);
 * }</pre>
 */
public final class SurveyImporter {
  private static final int SNIFF_CHARS = 1 << 16;

  private final Codebook codebook;
  private final InvalidValues invalidValues;

  private SurveyImporter(Codebook codebook, InvalidValues invalidValues) {
    this.codebook = Objects.requireNonNull(codebook, "codebook");
    this.invalidValues = Objects.requireNonNull(invalidValues, "invalidValues");
  }

  /** The built-in codebook; rows with an invalid value are rejected. */
  public static SurveyImporter withDefaults() {
    return new SurveyImporter(Codebook.builtIn(), InvalidValues.REJECT_ROW);
  }

  /** A copy that reads with another codebook. */
  public SurveyImporter with(Codebook other) {
    return new SurveyImporter(other, invalidValues);
  }

  /** A copy that treats invalid values as given. */
  public SurveyImporter with(InvalidValues other) {
    return new SurveyImporter(codebook, other);
  }

  /** Reads the file at {@code path}. */
  public ImportResult read(Path path) throws SurveyFileException {
    return read(ByteSource.of(path));
  }

  /** Reads a survey from any byte source. */
  public ImportResult read(ByteSource source) throws SurveyFileException {
    String file = source.name();
    if (source.path().isPresent()) {
      checkFile(source.path().get(), file);
    }
    try {
      ByteScan.Result scan;
      try (InputStream in = source.open()) {
        scan = ByteScan.scan(in);
      }
      switch (scan.kind()) {
        case EMPTY -> throw new SurveyFileException(file, "the file is empty");
        case XLSX -> throw new SurveyFileException(file, "this is an Excel workbook (xlsx), not a"
            + " CSV file; save the sheet as CSV (File > Save As > CSV UTF-8) and try again");
        case XLS -> throw new SurveyFileException(file, "this is an old Excel workbook (xls), not"
            + " a CSV file; save the sheet as CSV (File > Save As > CSV UTF-8) and try again");
        case BINARY -> throw new SurveyFileException(file, "this is not a text file (it holds"
            + " binary data); a survey must be a CSV export");
        case TEXT -> {
          // read on
        }
      }
      char delimiter;
      try (Reader sample = open(source, scan.encoding())) {
        char[] buf = new char[SNIFF_CHARS];
        int n = sample.read(buf);
        delimiter = DelimiterSniffer.sniff(java.nio.CharBuffer.wrap(buf, 0, Math.max(n, 0)));
      }
      if (scan.oddQuotes()) {
        try (Reader text = open(source, scan.encoding())) {
          long line = QuoteCheck.unclosedQuoteLine(text, delimiter);
          if (line > 0) {
            throw new SurveyFileException(file, line, 0, "a quoted field that starts on this line"
                + " is never closed, so the rest of the file would be read as one field");
          }
        }
      }
      try (Reader text = open(source, scan.encoding())) {
        return parse(file, scan, delimiter, text);
      }
    } catch (IOException | UncheckedIOException e) {
      throw new SurveyFileException(file, "cannot be read (" + e.getMessage() + ")");
    }
  }

  private static void checkFile(Path path, String file) throws SurveyFileException {
    if (Files.isDirectory(path)) {
      throw new SurveyFileException(file, "is a directory, not a survey file");
    }
    if (!Files.exists(path)) {
      throw new SurveyFileException(file, "no such file");
    }
    if (!Files.isReadable(path)) {
      throw new SurveyFileException(file, "cannot be read (permission denied)");
    }
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

  private ImportResult parse(String file, ByteScan.Result scan, char delimiter, Reader text)
      throws SurveyFileException {
    CellReader cells = new CellReader(delimiter != ',');
    CsvReader<CsvRecord> csv = CsvReader.builder()
        .fieldSeparator(delimiter)
        .skipEmptyLines(true)
        .allowExtraFields(true)
        .allowMissingFields(true)
        .ofCsvRecord(text);
    HeaderLayout layout = null;
    RowAssembler rows = null;
    SurveyBuilder builder = null;
    long lastLine = 0;
    try {
      for (CsvRecord rec : csv) {
        lastLine = rec.getStartingLineNumber();
        if (isBlankLine(rec) && (layout == null || layout.width > 1)) {
          continue; // a line of only spaces or tabs is a blank line, as an empty one is
        }
        String[] fields = rec.getFields().toArray(new String[0]);
        if (layout == null) {
          layout = HeaderLayout.of(codebook, List.of(fields), file, lastLine);
          builder = new SurveyBuilder(codebook, layout.present, layout.extraNames);
          rows = layout.format == SurveyFormat.LONG
              ? new LongAssembler(layout, builder, cells, invalidValues)
              : new WideAssembler(layout, builder, cells, invalidValues);
          continue;
        }
        rows.accept(lastLine, fields);
      }
    } catch (CsvParseException e) {
      throw new SurveyFileException(file, lastLine, 0,
          "the CSV cannot be parsed after this line (" + e.getMessage() + ")");
    }
    if (layout == null) {
      throw new SurveyFileException(file, "the file has no header and no data (only blank lines)");
    }
    if (rows.rows == 0) {
      throw new SurveyFileException(file, "no data rows (the file has only a header)");
    }
    Survey survey = rows.finish();
    return new ImportResult(file, scan.sha256(), scan.size(), layout.format, scan.encoding(),
        delimiter, cells.sawDecimalComma, rows.rows, rows.accepted, rows.rejected(),
        layout.mappings(), rows.problems, rows.rejectedRows, survey);
  }

  private static boolean isBlankLine(CsvRecord rec) {
    return rec.getFieldCount() == 1 && rec.getField(0).isBlank();
  }
}
