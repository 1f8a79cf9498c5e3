package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sleepstat.analysis.AnalysisResult;
import org.sleepstat.analysis.RedFlags;
import org.sleepstat.analysis.SurveyAnalysis;
import org.sleepstat.core.io.ByteSource;
import org.sleepstat.core.io.ColumnMap;
import org.sleepstat.core.io.ImportResult;
import org.sleepstat.core.io.Problem;
import org.sleepstat.core.io.SourceFormat;
import org.sleepstat.core.io.SurveyImporter;
import org.sleepstat.core.schema.RedcapDictionary;
import org.sleepstat.core.survey.Column;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.core.survey.Survey;

/**
 * End to end: one generated survey written in the plain schema and as real exports (REDCap raw
 * and label, longitudinal, checkboxes; Qualtrics; xlsx sheets of both) must import to the same
 * survey, column by column, and give the same analysis, number for number.
 */
class ImportFormatsTest {
  private static final int RESPONDENTS = 300;
  private static final int UNFINISHED = 4;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir static Path dir;

  private static String plainCsv;
  private static List<Map<String, String>> rows;
  private static ImportResult plain;
  private static AnalysisResult plainAnalysis;

  @BeforeAll
  static void generate() throws Exception {
    plainCsv = Csv.generated(20260301, RESPONDENTS);
    rows = Csv.rows(plainCsv);
    plain = SurveyImporter.withDefaults().read(write("plain.csv", plainCsv));
    assertThat(plain.problems()).isEmpty();
    plainAnalysis = SurveyAnalysis.withDefaults().analyze(plain.survey());
  }

  private static Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  /** An export, the importer options it needs, and what it must say about itself. */
  record Export(String name, Path file, List<String> options, String formatLabel,
      SourceFormat.Container container) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static List<Export> exports;

  /** The exports, written once. */
  static Stream<Export> exports() throws IOException {
    if (exports == null) {
      exports = writeExports();
    }
    return exports.stream();
  }

  private static List<Export> writeExports() throws IOException {
    Path dictionary = write("dictionary.csv", RedcapExports.dictionary());
    Path redcapMap = write("redcap-map.csv", RedcapExports.map());
    Path qualtricsMap = write("qualtrics-map.csv", QualtricsExports.map());
    List<String> redcap = List.of("--dictionary", dictionary.toString(), "--map",
        redcapMap.toString());
    List<String> qualtrics = List.of("--map", qualtricsMap.toString());
    String raw = RedcapExports.export(rows, false, false);
    String qualtricsCsv = QualtricsExports.export(rows, UNFINISHED);
    return List.of(
        new Export("REDCap raw, longitudinal, checkboxes", write("redcap-raw.csv", raw), redcap,
            "redcap", SourceFormat.Container.CSV),
        new Export("REDCap labels", write("redcap-labels.csv",
            RedcapExports.export(rows, true, false)), redcap, "redcap",
            SourceFormat.Container.CSV),
        new Export("REDCap labels with label headers", write("redcap-label-headers.csv",
            RedcapExports.export(rows, true, true)), redcap, "redcap",
            SourceFormat.Container.CSV),
        new Export("REDCap raw as xlsx", SheetFiles.xlsx(dir.resolve("redcap.xlsx"), "Export",
            raw), concat(redcap, "--sheet", "Export"), "redcap", SourceFormat.Container.XLSX),
        new Export("Qualtrics", write("qualtrics.csv", qualtricsCsv), qualtrics, "qualtrics",
            SourceFormat.Container.CSV),
        new Export("Qualtrics as xlsx", SheetFiles.xlsx(dir.resolve("qualtrics.xlsx"), "Sheet0",
            qualtricsCsv), concat(qualtrics, "--sheet", "sheet0"), "qualtrics",
            SourceFormat.Container.XLSX),
        new Export("plain schema as xlsx", SheetFiles.xlsx(dir.resolve("plain.xlsx"), "Data",
            plainCsv), List.of("--sheet", "Data"), "wide", SourceFormat.Container.XLSX));
  }

  private static List<String> concat(List<String> a, String... b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(List.of(b));
    return all;
  }

  /** Reads an export as the command line does, with the options it was given. */
  private static ImportResult read(Export e) throws Exception {
    SurveyInput input = new SurveyInput();
    input.file = e.file();
    for (int i = 0; i < e.options().size(); i += 2) {
      String value = e.options().get(i + 1);
      switch (e.options().get(i)) {
        case "--dictionary" -> input.dictionary = Path.of(value);
        case "--map" -> input.map = Path.of(value);
        case "--sheet" -> input.sheet = value;
        default -> throw new IllegalArgumentException(e.options().get(i));
      }
    }
    return input.importer().read(ByteSource.of(e.file()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exports")
  void everyExportImportsToThePlainSurveyColumnByColumn(Export e) throws Exception {
    ImportResult r = read(e);
    assertThat(r.provenance().formatLabel()).isEqualTo(e.formatLabel());
    assertThat(r.provenance().source().container()).isEqualTo(e.container());
    assertThat(r.problems()).allSatisfy(p -> assertThat(p.rule())
        .isEqualTo(Problem.Rule.UNFINISHED));
    assertSameSurvey(plain.survey(), r.survey());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exports")
  void everyExportGivesTheSameAnalysis(Export e) throws Exception {
    Survey survey = read(e).survey();
    AnalysisResult analysis = SurveyAnalysis.withDefaults().analyze(survey);
    // everything but the file lines of the red-flag respondents, which differ by format
    assertThat(analysis).usingRecursiveComparison().ignoringFields("redFlags.flagged")
        .isEqualTo(plainAnalysis);
    assertThat(analysis.redFlags().flagged()).hasSameSizeAs(plainAnalysis.redFlags().flagged());
    for (int i = 0; i < analysis.redFlags().flagged().size(); i++) {
      RedFlags.Flagged mine = analysis.redFlags().flagged().get(i);
      RedFlags.Flagged theirs = plainAnalysis.redFlags().flagged().get(i);
      assertThat(mine.id()).isEqualTo(theirs.id());
      assertThat(mine.flags()).isEqualTo(theirs.flags());
      assertThat(mine.line()).isEqualTo(survey.sourceLine(survey.ids().values().indexOf(
          mine.id())));
    }
  }

  @Test
  void theLinesOfAnExportArePhysicalLines() throws Exception {
    Survey redcap = read(exports().findFirst().orElseThrow()).survey();
    // header on line 1, then a baseline and a follow-up row per record
    assertThat(redcap.sourceLine(0)).isEqualTo(2);
    assertThat(redcap.sourceLine(9)).isEqualTo(20);
    Survey qualtrics = read(exports().filter(e -> e.name().equals("Qualtrics")).findFirst()
        .orElseThrow()).survey();
    assertThat(qualtrics.sourceLine(0)).isEqualTo(4); // after the three header rows
  }

  @Test
  void unfinishedQualtricsResponsesAreReportedAndExcluded() throws Exception {
    ImportResult r = read(exports().filter(e -> e.name().equals("Qualtrics")).findFirst()
        .orElseThrow());
    assertThat(r.counts().rows()).isEqualTo(RESPONDENTS + UNFINISHED);
    assertThat(r.counts().rejected()).isEqualTo(UNFINISHED);
    assertThat(r.problems()).hasSize(UNFINISHED).extracting(Problem::line)
        .containsExactly(304L, 305L, 306L, 307L);
    assertThat(r.extraColumns()).containsExactly("StartDate", "EndDate", "Status", "Progress",
        "Duration (in seconds)", "Finished", "ResponseId");
  }

  @Test
  void theRedcapExportKeepsItsFormStatusColumnsOutOfTheData() throws Exception {
    ImportResult r = read(exports().findFirst().orElseThrow());
    assertThat(r.counts().rows()).isEqualTo(2L * RESPONDENTS);
    assertThat(r.formStatusColumns()).containsExactly("enrolment_complete",
        "sleep_habits_complete", "pain_diary_complete");
    assertThat(r.extraColumns()).isEmpty();
  }

  @Test
  void analyzeJsonIsTheSameThroughTheCommandLine() throws Exception {
    CliRunner.Run reference = CliRunner.run("analyze", dir.resolve("plain.csv").toString(),
        "--json");
    assertThat(reference.exitCode()).isZero();
    for (Export e : exports().toList()) {
      List<String> args = new ArrayList<>(List.of("analyze", e.file().toString(), "--json"));
      args.addAll(e.options());
      CliRunner.Run run = CliRunner.run(args.toArray(new String[0]));
      assertThat(run.exitCode()).as(e.name() + ": " + run.err()).isZero();
      assertThat(run.err()).as(e.name()).contains("sleepstat: read " + e.file() + " as a");
      JsonNode mine = MAPPER.readTree(run.out());
      assertThat(mine.path("input").path("format").asText()).isIn("redcap", "qualtrics", "wide",
          "long");
      assertThat(withoutInputAndLines(mine)).as(e.name())
          .isEqualTo(withoutInputAndLines(MAPPER.readTree(reference.out())));
    }
  }

  @Test
  void validateCountsEveryRowOfAnExport() throws Exception {
    Export qualtrics = exports().filter(e -> e.name().equals("Qualtrics as xlsx")).findFirst()
        .orElseThrow();
    List<String> args = new ArrayList<>(List.of("validate", qualtrics.file().toString()));
    args.addAll(qualtrics.options());
    CliRunner.Run run = CliRunner.run(args.toArray(new String[0]));
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("rows        " + (RESPONDENTS + UNFINISHED) + " read: "
        + RESPONDENTS + " accepted, " + UNFINISHED + " rejected");
    // the four unfinished responses break one rule with one value: one line
    assertThat(run.out()).contains(qualtrics.file() + ":304:6: Finished: in 4 rows: lines 304,"
        + " 305, 306, 307 (the response was not finished (Finished = \"False\"); unfinished"
        + " responses are excluded; rows rejected)");
    assertThat(run.err()).contains("as a Qualtrics export (xlsx workbook, sheet \"Sheet0\")")
        .contains(UNFINISHED + " unfinished responses excluded");
  }

  @Test
  void theDictionaryAndMapAlsoWorkThroughTheLibrary() throws Exception {
    ImportResult r = SurveyImporter.withDefaults()
        .with(RedcapDictionary.read(dir.resolve("dictionary.csv")))
        .with(ColumnMap.read(dir.resolve("redcap-map.csv")))
        .read(dir.resolve("redcap-raw.csv"));
    assertSameSurvey(plain.survey(), r.survey());
  }

  /** Every codebook column of {@code expected} equal in {@code actual}, value by value. */
  static void assertSameSurvey(Survey expected, Survey actual) {
    assertThat(actual.size()).isEqualTo(expected.size());
    for (Column c : expected.columns()) {
      if (c.variable().isEmpty()) {
        continue;
      }
      Column a = actual.column(c.name()).orElse(null);
      assertThat(a).as(c.name()).isNotNull();
      assertThat(a.getClass()).as(c.name()).isEqualTo(c.getClass());
      assertThat(values(a)).as(c.name()).containsExactlyElementsOf(values(c));
      if (c instanceof NumberColumn n) {
        assertThat(((NumberColumn) a).toArray()).as(c.name()).isEqualTo(n.toArray());
      }
    }
  }

  private static List<String> values(Column c) {
    List<String> v = new ArrayList<>(c.size());
    for (int i = 0; i < c.size(); i++) {
      v.add(c.isMissing(i) ? null : c.text(i));
    }
    return v;
  }

  /** The analysis without the input section and without file lines (they differ by format). */
  private static JsonNode withoutInputAndLines(JsonNode doc) {
    JsonNode copy = doc.deepCopy();
    ((ObjectNode) copy).remove("input");
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode o) {
      o.remove("line");
      o.remove("lines");
    }
    for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
      strip(it.next());
    }
  }
}
