package org.sleepstat.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sleepstat.core.survey.Survey;

/** Qualtrics exports: recognised by their ImportId row, read with physical line numbers. */
class QualtricsImportTest {
  private static final String SAMPLES = "/org/sleepstat/core/io/samples/";
  static final String HEADER = "StartDate,Finished,ResponseId,Q1,Q4,Q8_1,Q8_2\n"
      + "Start Date,Finished,Response ID,Participant code,\"In which position, usually?\","
      + "Pain - before,Pain - now\n"
      + "\"{\"\"ImportId\"\":\"\"startDate\"\",\"\"timeZone\"\":\"\"America/Denver\"\"}\","
      + "\"{\"\"ImportId\"\":\"\"finished\"\"}\",\"{\"\"ImportId\"\":\"\"_recordId\"\"}\","
      + "\"{\"\"ImportId\"\":\"\"QID1_TEXT\"\"}\",\"{\"\"ImportId\"\":\"\"QID4\"\"}\","
      + "\"{\"\"ImportId\"\":\"\"QID8_1\"\"}\",\"{\"\"ImportId\"\":\"\"QID8_2\"\"}\"\n";
  static final String ROWS = "2026-03-01 09:00:00,True,R_a,P1,On my side,6,3\n"
      + "2026-03-01 10:00:00,False,R_b,P2,On my back,5,\n"
      + "2026-03-01 11:00:00,True,R_c,P3,It varies,4,4\n";

  private static SurveyImporter mapped(String map) throws SurveyFileException {
    return SurveyImporter.withDefaults().with(ColumnMap.parse("map.csv", "column,variable\n"
        + map));
  }

  private static ImportResult read(SurveyImporter importer, String text)
      throws SurveyFileException {
    return Imports.read(importer, "qualtrics.csv", text);
  }

  @Test
  void theTwoRowsAfterTheHeaderAreNotDataAndLinesStayPhysical() throws SurveyFileException {
    ImportResult r = read(mapped("Q1,respondent_id\nQ4,sleep_position\nQ8_1,pain_morning_pre\n"
        + "Q8_2,pain_morning_post\n"), HEADER + ROWS);
    assertThat(r.provenance().formatLabel()).isEqualTo("qualtrics");
    assertThat(r.provenance().source().platform()).isEqualTo(SourceFormat.Platform.QUALTRICS);
    assertThat(r.counts().rows()).isEqualTo(3);
    assertThat(r.survey().ids().values()).containsExactly("P1", "P3");
    assertThat(r.survey().sourceLine(0)).isEqualTo(4);
    assertThat(r.survey().sourceLine(1)).isEqualTo(6);
    assertThat(r.survey().levels("sleep_position").orElseThrow().toCodes())
        .containsExactly(0, 3);
  }

  @Test
  void metadataColumnsAreKeptAsExtras() throws SurveyFileException {
    ImportResult r = read(mapped("Q1,respondent_id\nQ4,sleep_position\n"), HEADER + ROWS);
    assertThat(r.extraColumns()).containsExactly("StartDate", "Finished", "ResponseId", "Q8_1",
        "Q8_2");
    Survey s = r.survey();
    assertThat(s.column("StartDate").orElseThrow().text(0)).isEqualTo("2026-03-01 09:00:00");
  }

  @Test
  void anUnfinishedResponseIsReportedAndExcluded() throws SurveyFileException {
    ImportResult r = read(mapped("Q1,respondent_id\nQ4,sleep_position\n"), HEADER + ROWS);
    assertThat(Imports.formatted(r)).containsExactly("qualtrics.csv:5:2: Finished: the response"
        + " was not finished (Finished = \"False\"); unfinished responses are excluded (row"
        + " rejected)");
    assertThat(r.problems().get(0).rule()).isEqualTo(Problem.Rule.UNFINISHED);
    assertThat(r.rejectedRows()).hasSize(1);
    assertThat(r.rejectedRows().get(0).respondentId()).isEqualTo("P2");
    assertThat(r.counts().accepted()).isEqualTo(2);
  }

  @Test
  void unfinishedResponsesAreKeptWhenAskedFor() throws SurveyFileException {
    ImportResult r = read(mapped("Q1,respondent_id\nQ4,sleep_position\n")
        .with(UnfinishedResponses.INCLUDE), HEADER + ROWS);
    assertThat(r.problems()).isEmpty();
    assertThat(r.survey().ids().values()).containsExactly("P1", "P2", "P3");
    assertThat(r.survey().column("Finished").orElseThrow().text(1)).isEqualTo("False");
  }

  @Test
  void lenientModeStillExcludesUnfinishedResponses() throws SurveyFileException {
    ImportResult r = read(mapped("Q1,respondent_id\nQ4,sleep_position\n")
        .with(InvalidValues.SET_MISSING), HEADER + ROWS);
    assertThat(r.counts().accepted()).isEqualTo(2);
  }

  @Test
  void aMapMayNameImportIdsWithOrWithoutText() throws SurveyFileException {
    ImportResult r = read(mapped("QID1,respondent_id\nqid4,sleep_position\n"
        + "QID8_1,pain_morning_pre\n"), HEADER + ROWS);
    assertThat(r.columns()).extracting(ColumnMapping::variable).containsExactly(null, null, null,
        "respondent_id", "sleep_position", "pain_morning_pre", null);
    assertThat(r.survey().numbers("pain_morning_pre").orElseThrow().toArray())
        .containsExactly(6.0, 4.0);
  }

  @Test
  void aColumnNamedByHeaderAndImportIdIsMappedTwice() {
    assertThatThrownBy(() -> read(mapped("Q4,sleep_position\nQID4,sex\n"), HEADER + ROWS))
        .hasMessage("map.csv:3: column \"Q4\" is mapped twice");
  }

  @Test
  void withoutAMappedIdTheResponseIdIsTheRespondentId() throws SurveyFileException {
    ImportResult r = read(mapped("Q4,sleep_position\n"), HEADER + ROWS);
    assertThat(r.survey().ids().values()).containsExactly("R_a", "R_c");
    assertThat(r.columns().get(2).variable()).isEqualTo("respondent_id");
  }

  @Test
  void aThirdRowWithoutImportIdsIsData() throws SurveyFileException {
    ImportResult r = Imports.read("plain.csv", "respondent_id,sleep_position,note\n"
        + "A,side,\"{\"\"x\"\":1}\"\nB,back,\"{\"\"ImportId\"\":\"\"not really\"\"}\"\nC,side,\n");
    assertThat(r.provenance().formatLabel()).isEqualTo("wide");
    assertThat(r.counts().rows()).isEqualTo(3);
    assertThat(r.counts().accepted()).isEqualTo(3);
  }

  @Test
  void aFileOfTwoRowsIsReadAsData() throws SurveyFileException {
    ImportResult r = Imports.read("two.csv", "respondent_id,sleep_position\nA,side\n");
    assertThat(r.counts().rows()).isEqualTo(1);
    assertThat(r.counts().accepted()).isEqualTo(1);
  }

  @Test
  void anExportOfOnlyItsHeaderRowsHasNoDataRows() {
    assertThatThrownBy(() -> read(mapped("Q1,respondent_id\nQ4,sleep_position\n"), HEADER))
        .hasMessage("qualtrics.csv: no data rows (the export has only its three header rows)");
  }

  @Test
  void theSharedSampleIsReadRowForRow() throws SurveyFileException {
    ImportResult r = read(SurveyImporter.withDefaults().with(ColumnMap.parse("map.csv",
        text(SAMPLES + "example_qualtrics_map.csv"))), text(SAMPLES
        + "example_qualtrics_export.csv"));
    assertThat(r.counts().rows()).isEqualTo(50);
    assertThat(r.counts().accepted()).isEqualTo(50);
    assertThat(r.problems()).isEmpty();
    assertThat(r.extraColumns()).containsExactly("StartDate", "EndDate", "Status", "Progress",
        "Duration (in seconds)", "Finished", "ResponseId");
    Survey s = r.survey();
    assertThat(s.ids().get(0)).isEqualTo("R0001");
    assertThat(s.sourceLine(0)).isEqualTo(4);
    assertThat(s.numbers("age_years").orElseThrow().get(0)).isEqualTo(71.0);
    assertThat(s.levels("mattress_firmness").orElseThrow().text(0)).isEqualTo("firm");
    assertThat(s.numbers("sleep_quality_post").orElseThrow().get(0)).isEqualTo(7.0);
  }

  @Test
  void theSharedSampleIsReadWhollyWithACodebookThatSpellsOnMyStomach() throws Exception {
    ImportResult r = read(SurveyImporter.withDefaults()
        .with(RedcapImportTest.withSpelling("on my stomach", "stomach"))
        .with(ColumnMap.parse("map.csv", text(SAMPLES + "example_qualtrics_map.csv"))),
        text(SAMPLES + "example_qualtrics_export.csv"));
    assertThat(r.problems()).isEmpty();
    assertThat(r.survey().size()).isEqualTo(50);
  }

  private static String text(String resource) {
    return new String(Imports.resource(resource), StandardCharsets.UTF_8);
  }
}
