package org.sleepstat.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.schema.Waves;
import org.sleepstat.core.schema.RedcapDictionary;
import org.sleepstat.core.survey.Survey;

/**
 * Reads a survey file against a codebook and accounts for every row: each data row ends accepted
 * or rejected, and every problem is reported with its line, column, value and rule. Reads
 * delimited text (detecting the encoding, the delimiter and a decimal comma) and xlsx workbooks
 * (one sheet, row numbers as lines); the plain schema (wide or long), REDCap exports (with their
 * data dictionary: coded values decoded, events as waves, form status columns kept out) and
 * Qualtrics exports (recognised by their ImportId row). A column map says which column holds
 * which variable. A file that cannot be used at all raises {@link SurveyFileException} with a
 * one-line message. Immutable; configure with the {@code with} methods.
 *
 * <pre>{@code
 * ImportResult r = SurveyImporter.withDefaults()
 *     .with(InvalidValues.SET_MISSING)
 *     .with(ColumnMap.read(Path.of("map.csv")))
 *     .with(RedcapDictionary.read(Path.of("dictionary.csv")))
 *     .read(path);
 * }</pre>
 */
public final class SurveyImporter {
  /**
   * Files from this size on are hashed by a second JVM while they are read ({@link
   * DigestProcess}): its start costs about 0.1 s of CPU, which hashing here costs at about 15 MB.
   * Tests lower it.
   */
  static volatile long digestProcessBytes = 32L << 20;

  private final Codebook codebook;
  private final InvalidValues invalidValues;
  private final ColumnMap map;
  private final RedcapDictionary dictionary;
  private final String sheet;
  private final UnfinishedResponses unfinished;
  private final Waves waves;

  private SurveyImporter(Codebook codebook, InvalidValues invalidValues, ColumnMap map,
      RedcapDictionary dictionary, String sheet, UnfinishedResponses unfinished, Waves waves) {
    this.codebook = Objects.requireNonNull(codebook, "codebook");
    this.invalidValues = Objects.requireNonNull(invalidValues, "invalidValues");
    this.map = map;
    this.dictionary = dictionary;
    this.sheet = sheet;
    this.unfinished = Objects.requireNonNull(unfinished, "unfinished");
    this.waves = Objects.requireNonNull(waves, "waves");
  }

  /**
   * The built-in codebook; rows with an invalid value are rejected; no column map, no data
   * dictionary; the first sheet of a workbook; unfinished Qualtrics responses excluded; the
   * built-in waves ({@link Waves#builtIn()}).
   */
  public static SurveyImporter withDefaults() {
    return new SurveyImporter(Codebook.builtIn(), InvalidValues.REJECT_ROW, null, null, null,
        UnfinishedResponses.EXCLUDE, Waves.builtIn());
  }

  /** A copy that reads with another codebook. */
  public SurveyImporter with(Codebook other) {
    return new SurveyImporter(other, invalidValues, map, dictionary, sheet, unfinished, waves);
  }

  /** A copy that treats invalid values as given. */
  public SurveyImporter with(InvalidValues other) {
    return new SurveyImporter(codebook, other, map, dictionary, sheet, unfinished, waves);
  }

  /** A copy that maps columns to variables by {@code columns} first (null: by name only). */
  public SurveyImporter with(ColumnMap columns) {
    return new SurveyImporter(codebook, invalidValues, columns, dictionary, sheet, unfinished,
        waves);
  }

  /** A copy that reads REDCap exports with this data dictionary (null: none). */
  public SurveyImporter with(RedcapDictionary other) {
    return new SurveyImporter(codebook, invalidValues, map, other, sheet, unfinished, waves);
  }

  /** A copy that treats unfinished Qualtrics responses as given. */
  public SurveyImporter with(UnfinishedResponses other) {
    return new SurveyImporter(codebook, invalidValues, map, dictionary, sheet, other, waves);
  }

  /** A copy that reads a long file's wave column with {@code other}'s names and spellings. */
  public SurveyImporter with(Waves other) {
    return new SurveyImporter(codebook, invalidValues, map, dictionary, sheet, unfinished, other);
  }

  /** A copy that reads the workbook sheet named {@code name} (null: the first sheet). */
  public SurveyImporter withSheet(String name) {
    return new SurveyImporter(codebook, invalidValues, map, dictionary, name, unfinished, waves);
  }

  /**
   * How a file with this header would be read: what each column maps to, by the column map, the
   * data dictionary and the codebook. A required variable without a column is not an error here.
   *
   * @throws SurveyFileException when the column map names a column the header lacks or a
   *     variable the codebook lacks, or the header repeats a name
   */
  public List<ColumnMapping> columnsFor(List<String> header) throws SurveyFileException {
    return resolver().resolve("header", 1, header, null, false).mappings();
  }

  /** Reads the file at {@code path}. */
  public ImportResult read(Path path) throws SurveyFileException {
    return read(ByteSource.of(path));
  }

  /**
   * Reads a survey from any byte source. A source that can be read only once (standard input, a
   * named pipe) is copied to a temporary file as it is read, and the copy deleted afterwards.
   */
  public ImportResult read(ByteSource source) throws SurveyFileException {
    String file = source.name();
    if (source.path().isPresent()) {
      checkFile(source.path().get(), file);
    }
    if (!source.repeatable()
        || source.path().isPresent() && !Files.isRegularFile(source.path().get())) {
      return readCopy(source);
    }
    try {
      ByteScan.Result scan;
      if (sheet == null && source.path().isPresent()
          && Files.size(source.path().get()) >= CsvInput.pipeBytes
          && Runtime.getRuntime().availableProcessors() > 1) {
        Overlapped o = readWhileScanning(source);
        if (o.result() != null) {
          return o.result();
        }
        scan = o.scan();
      } else {
        scan = scan(source);
      }
      switch (scan.kind()) {
        case EMPTY -> throw new SurveyFileException(file, "the file is empty");
        case XLS -> throw new SurveyFileException(file, OleWorkbook.refusal(source));
        case BINARY -> throw new SurveyFileException(file, "this is not a text file (it holds"
            + " binary data); a survey must be a CSV export or an xlsx workbook");
        case XLSX -> {
          return readXlsx(source, scan);
        }
        case TEXT -> {
          return readCsv(source, scan);
        }
      }
      throw new IllegalStateException("unknown kind " + scan.kind());
    } catch (IOException | UncheckedIOException e) {
      throw new SurveyFileException(file, "cannot be read (" + e.getMessage() + ")");
    }
  }

  private ImportResult readCopy(ByteSource source) throws SurveyFileException {
    Path copy;
    try {
      copy = Files.createTempFile("sleepstat-input-", ".tmp");
    } catch (IOException | UncheckedIOException e) {
      throw new SurveyFileException(source.name(), "cannot be read (it can be read only once,"
          + " and no temporary file could be made to hold it: " + e.getMessage() + ")");
    }
    try {
      try (InputStream in = source.open()) {
        Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException | UncheckedIOException e) {
        throw new SurveyFileException(source.name(), "cannot be read (" + e.getMessage() + ")");
      }
      return read(ByteSource.of(copy, source.name()));
    } finally {
      try {
        Files.deleteIfExists(copy);
      } catch (IOException e) {
        copy.toFile().deleteOnExit();
      }
    }
  }

  private static SurveyFileException changed(String file) {
    return new SurveyFileException(file, "the file changed while it was read (its size or"
        + " content differed between two readings); read it again once nothing writes to it");
  }

  /** Fails when the bytes read ({@code tally}) are not those the scan hashed. */
  private static void checkUnchanged(String file, ByteScan.Result scan, ByteTally tally)
      throws SurveyFileException {
    if (tally.count() != scan.size() || tally.crc() != scan.crc()) {
      throw changed(file);
    }
  }

  private static ByteScan.Result scan(ByteSource source) throws IOException {
    return scan(source, true);
  }

  /** {@link ByteScan#scan(InputStream, boolean)} of a fresh stream of {@code source}. */
  private static ByteScan.Result scan(ByteSource source, boolean withSha256) throws IOException {
    try (InputStream in = source.open()) {
      return ByteScan.scan(in, withSha256);
    }
  }

  /**
   * The SHA-256 of the bytes {@code scan} read: the second JVM's when it read the same bytes
   * (size and CRC-32C), else computed here, failing when the file changed between readings.
   */
  private static String sha256(ByteSource source, ByteScan.Result scan, DigestProcess digest)
      throws IOException, SurveyFileException {
    Optional<FileDigest.Digest> other = digest.await();
    if (other.isPresent() && other.get().size() == scan.size()
        && other.get().crc() == scan.crc()) {
      return other.get().sha256();
    }
    FileDigest.Digest own;
    try (InputStream in = source.open()) {
      own = FileDigest.of(in);
    }
    if (own.size() != scan.size() || own.crc() != scan.crc()) {
      throw changed(source.name());
    }
    return own.sha256();
  }

  /** The import of a large file read while it is scanned, or else the scan alone. */
  private record Overlapped(ImportResult result, ByteScan.Result scan) {}

  /**
   * Scans a large file on a second thread while it is read as UTF-8 text, which it nearly always
   * is; when the scan finds otherwise (another encoding, not text, a quote never closed), the
   * reading is thrown away and the caller reads the file by the scan.
   */
  private Overlapped readWhileScanning(ByteSource source)
      throws IOException, SurveyFileException {
    Path path = source.path().get();
    long size = Files.size(path);
    DigestProcess digest = size >= digestProcessBytes ? DigestProcess.start(path) : null;
    try {
      return readWhileScanning(source, size, digest);
    } finally {
      if (digest != null) {
        digest.cancel();
      }
    }
  }

  private Overlapped readWhileScanning(ByteSource source, long size, DigestProcess digest)
      throws IOException, SurveyFileException {
    FutureTask<ByteScan.Result> task = new FutureTask<>(() -> scan(source, digest == null));
    Thread scanner = new Thread(task, "sleepstat-scan");
    scanner.setDaemon(true);
    scanner.start();
    byte[] head;
    try (InputStream in = source.open()) {
      head = in.readNBytes(1 << 16);
    }
    Encoding guess = ByteScan.guessUtf8(head, head.length);
    ParsedCsv parsed = null;
    if (guess != null) {
      long lineFeeds = 0;
      for (byte b : head) {
        lineFeeds += b == '\n' ? 1 : 0;
      }
      int expected = (int) Math.min(Integer.MAX_VALUE - 16,
          lineFeeds == 0 ? 1024 : size * lineFeeds / head.length * 11 / 10 + 16);
      try {
        parsed = parseCsv(source, guess, false, expected, size);
      } catch (SurveyFileException e) {
        parsed = null; // the scan decides what to say
      }
    }
    ByteScan.Result scan;
    try {
      scan = task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException(e.getCause());
    }
    if (digest != null) {
      scan = scan.withSha256(sha256(source, scan, digest));
    }
    if (parsed != null && scan.kind() == ByteScan.Kind.TEXT && scan.encoding() == guess
        && !scan.oddQuotes()) {
      checkUnchanged(source.name(), scan, parsed.tally());
      return new Overlapped(parsed.result(source.name(), scan, null), scan);
    }
    return new Overlapped(null, scan);
  }

  private ImportResult readCsv(ByteSource source, ByteScan.Result scan)
      throws IOException, SurveyFileException {
    Problem notUtf8 = scan.encoding().fallback() ? notUtf8(source, scan) : null;
    ParsedCsv parsed = parseCsv(source, scan.encoding(), scan.oddQuotes(), scan.maxRecords(),
        scan.size());
    checkUnchanged(source.name(), scan, parsed.tally());
    return parsed.result(source.name(), scan, notUtf8);
  }

  /**
   * Where a file read as Windows-1252 stopped being UTF-8, as a problem that says so; a file
   * that also holds UTF-8 characters mixes encodings and cannot be read either way.
   */
  private static Problem notUtf8(ByteSource source, ByteScan.Result scan)
      throws IOException, SurveyFileException {
    long line = CsvInput.lineOfByte(source, scan.notUtf8At());
    String hex = String.format("0x%02X", scan.notUtf8Byte());
    if (scan.utf8At() >= 0) {
      throw new SurveyFileException(source.name(), line, 0, "byte " + hex + " is not valid"
          + " UTF-8, but line " + CsvInput.lineOfByte(source, scan.utf8At()) + " is UTF-8; a"
          + " file that mixes encodings cannot be read either way; save it again as UTF-8");
    }
    String character = new String(new byte[] {(byte) scan.notUtf8Byte()},
        Encoding.WINDOWS_1252);
    return new Problem(line, 0, "encoding", hex, Problem.Rule.ENCODING, "byte " + hex
        + " is not valid UTF-8; the whole file was read as Windows-1252, where it is "
        + CellReader.quote(character), Problem.Action.NOTED);
  }

  /** A text file read, before the scan's facts (checksum, size) are added. */
  private record ParsedCsv(Encoding encoding, char delimiter, CellReader cells, RecordFeed feed,
      RowAssembler rows, ByteTally tally) {
    ImportResult result(String file, ByteScan.Result scan, Problem notice)
        throws SurveyFileException {
      return SurveyImporter.result(file, scan, encoding, delimiter, cells, feed, rows,
          SourceFormat.Container.CSV, null, notice);
    }
  }

  private ParsedCsv parseCsv(ByteSource source, Encoding encoding, boolean oddQuotes,
      int expectedRows, long size) throws IOException, SurveyFileException {
    if (sheet != null) {
      throw new SurveyFileException(source.name(), "a sheet (\"" + sheet + "\") was asked for,"
          + " but this is a text (CSV) file, not an xlsx workbook");
    }
    try {
      CsvInput.Dialect dialect = CsvInput.dialect(source, encoding);
      char delimiter = dialect.delimiter();
      if (oddQuotes) {
        CsvInput.checkQuotes(source, encoding, delimiter);
      }
      CellReader cells = new CellReader(dialect.decimalMark(), delimiter == ',');
      RecordFeed feed = feed(source.name(), cells, expectedRows);
      ByteTally tally = CsvInput.read(source, encoding, delimiter, feed, size);
      RowAssembler rows = feed.finish("the file has no header and no data (only blank lines)");
      return new ParsedCsv(encoding, delimiter, cells, feed, rows, tally);
    } catch (CharacterCodingException e) {
      throw undecodable(source, encoding);
    }
  }

  /** Where the text is not valid in its encoding: it is never read with replacements. */
  private static SurveyFileException undecodable(ByteSource source, Encoding encoding)
      throws IOException {
    long line = CsvInput.undecodableLine(source, encoding);
    if (line == 0) {
      return changed(source.name()); // valid on this reading: not the bytes read before
    }
    String name = encoding.charset().name();
    String what = encoding.charset().equals(StandardCharsets.UTF_16LE)
        || encoding.charset().equals(StandardCharsets.UTF_16BE)
        ? "the text here is not valid " + name + " (an unpaired surrogate or a cut character)"
        : encoding.fallback() ? "a byte here is neither UTF-8 nor a Windows-1252 character"
        : "the text here is not valid " + name;
    return new SurveyFileException(source.name(), line, 0, what + "; the file was not read");
  }

  private ImportResult readXlsx(ByteSource source, ByteScan.Result scan)
      throws SurveyFileException {
    // no delimiter to confuse "3,5" with: the first number with a decimal mark decides it
    CellReader cells = new CellReader((char) 0, false);
    RecordFeed feed = feed(source.name(), cells, 1024);
    String name = XlsxInput.read(source, sheet, feed);
    RowAssembler rows = feed.finish("sheet \"" + name + "\" is empty");
    try (ByteTally again = new ByteTally(source.open())) {
      again.drain(); // the workbook is read as a zip, not as one stream: read it once more
      checkUnchanged(source.name(), scan, again);
    } catch (IOException e) {
      throw new SurveyFileException(source.name(), "cannot be read (" + e.getMessage() + ")");
    }
    return result(source.name(), scan, Encoding.UTF8, '\0', cells, feed, rows,
        SourceFormat.Container.XLSX, name, null);
  }

  private RecordFeed feed(String file, CellReader cells, int expectedRows) {
    return new RecordFeed(file, codebook, resolver(), cells, invalidValues, unfinished, waves,
        expectedRows);
  }

  private ColumnResolver resolver() {
    return new ColumnResolver(codebook, map, dictionary);
  }

  private static ImportResult result(String file, ByteScan.Result scan, Encoding encoding,
      char delimiter, CellReader cells, RecordFeed feed, RowAssembler rows,
      SourceFormat.Container container, String sheetName, Problem notice)
      throws SurveyFileException {
    HeaderLayout layout = feed.layout();
    if (notice != null) {
      rows.problems.add(notice); // in line order once the rows finish
    }
    Survey survey = rows.finish();
    return new ImportResult(file,
        new ImportResult.Provenance(scan.sha256(), scan.size(), layout.format,
            new SourceFormat(container, sheetName, layout.platform), encoding, delimiter,
            cells.sawDecimalComma),
        new ImportResult.RowCounts(rows.rows, rows.accepted, rows.rejected()),
        layout.mappings(), rows.problems, rows.rejectedRows, survey);
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
}
