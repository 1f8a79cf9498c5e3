package org.sleepstat.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of bad files under {@code src/test/resources/corpus}: each survey file has a sibling
 * {@code <name>.expected} with the problems the import reports, one per line exactly as {@link
 * Problem#format} prints them for the bare file name, or the one-line message of the {@link
 * SurveyFileException} for a file that cannot be used. Lines starting with {@code #} in an
 * expected file are comments. A new case is a new pair of files; nothing here needs to change.
 */
class CorpusTest {
  private static final String CORPUS = "/corpus";
  private static final String EXPECTED = ".expected";

  private static Path corpus() {
    URL url = CorpusTest.class.getResource(CORPUS);
    assertThat(url).as("classpath folder %s", CORPUS).isNotNull();
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every survey file in the corpus (every file that is not an expectation), by name. */
  static Stream<String> cases() {
    try (Stream<Path> files = Files.list(corpus())) {
      return files.map(p -> p.getFileName().toString())
          .filter(name -> !name.endsWith(EXPECTED))
          .sorted()
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What importing a corpus file reports: its problems, or the file-level error. */
  static List<String> actual(String name) {
    try {
      return Imports.formatted(read(name));
    } catch (SurveyFileException e) {
      return List.of(e.getMessage());
    }
  }

  private static ImportResult read(String name) throws SurveyFileException {
    return SurveyImporter.withDefaults()
        .read(ByteSource.ofResource(name, CorpusTest.class, CORPUS + "/" + name));
  }

  private static List<String> expected(String name) {
    Path path = corpus().resolve(name + EXPECTED);
    assertThat(path).as("every corpus case needs %s%s", name, EXPECTED).exists();
    try {
      return Files.readAllLines(path, StandardCharsets.UTF_8).stream()
          .filter(line -> !line.startsWith("#") && !line.isBlank())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void caseReportsExactlyTheExpectedProblems(String name) {
    assertThat(actual(name)).as(name).containsExactlyElementsOf(expected(name));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void caseAccountsForEveryRow(String name) {
    ImportResult r;
    try {
      r = read(name);
    } catch (SurveyFileException e) {
      assertThat(e.file()).isEqualTo(name);
      assertThat(e.getMessage()).startsWith(name + ":").doesNotContain("\n");
      return;
    }
    assertThat(r.counts().rows()).isEqualTo(r.counts().accepted() + r.counts().rejected());
    assertThat(r.rejectedRows()).hasSize((int) r.counts().rejected());
    assertThat(r.rejectedRows()).allSatisfy(row -> assertThat(row.problems()).isNotEmpty());
    // every problem that rejects a row belongs to a rejected row
    long rejecting = r.problems().stream()
        .filter(p -> p.action() == Problem.Action.ROW_REJECTED).count();
    assertThat(r.rejectedRows().stream().mapToLong(row -> row.problems().size()).sum())
        .isEqualTo(rejecting);
    assertThat(r.survey().size()).isLessThanOrEqualTo((int) r.counts().accepted());
  }

  /** Golden: importing the same file twice gives the same result, to the last value. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void importingTwiceGivesIdenticalResults(String name) {
    assertThat(snapshot(name)).isEqualTo(snapshot(name));
  }

  /**
   * The same when read as a large file is: from a file on disk, scanned on one thread while it is
   * read as UTF-8 on another and parsed on a third, in tiny batches.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readingAsALargeFileGivesIdenticalResults(String name) throws IOException {
    String oneThread = snapshot(name);
    Path file = Files.createTempFile("corpus", ".csv");
    long threshold = CsvInput.pipeBytes;
    try (InputStream in = CorpusTest.class.getResourceAsStream(CORPUS + "/" + name)) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      ByteSource onDisk = ByteSource.of(file, name);
      CsvInput.pipeBytes = 0;
      assertThat(snapshot(() -> SurveyImporter.withDefaults().read(onDisk)))
          .isEqualTo(oneThread);
    } finally {
      CsvInput.pipeBytes = threshold;
      Files.delete(file);
    }
  }

  @Test
  void corpusHasAtLeastFifteenCasesAndNoOrphanExpectations() throws IOException {
    List<String> cases = cases().toList();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(15);
    try (Stream<Path> files = Files.list(corpus())) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(EXPECTED))
          .map(n -> n.substring(0, n.length() - EXPECTED.length())))
          .as("expectation without a survey file")
          .allSatisfy(base -> assertThat(cases).contains(base));
    }
  }

  /** Reads a survey. */
  private interface Import {
    ImportResult read() throws SurveyFileException;
  }

  /** Everything an import says about a file, as text. */
  private static String snapshot(String name) {
    return snapshot(() -> read(name));
  }

  private static String snapshot(Import reading) {
    ImportResult r;
    try {
      r = reading.read();
    } catch (SurveyFileException e) {
      return "error " + e.getMessage();
    }
    ImportResult.Provenance read = r.provenance();
    ImportResult.RowCounts counts = r.counts();
    return String.join("\n",
        "sha256 " + read.sha256(), "size " + read.sizeBytes(), "format " + read.format(),
        "encoding " + read.encoding().label(), "delimiter " + read.delimiterName(),
        "decimalComma " + read.decimalComma(),
        "rows " + counts.rows() + " accepted " + counts.accepted() + " rejected "
            + counts.rejected(),
        "columns " + r.columns(), "problems " + r.problems(), "rejected " + r.rejectedRows(),
        Imports.describe(r.survey()));
  }
}
