package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir Path dir;

  @Test
  void reportsEveryProblemAsFileLineColumnAndExitsZero() {
    Path file = CliRunner.resource(dir, "mixed.csv");
    CliRunner.Run run = CliRunner.run("validate", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("rows        4 read: 1 accepted, 3 rejected")
        .contains("extra columns 1: note")
        .contains(file + ":4:2: sleep_position: \"hammock\" is not one of side, back, stomach,"
            + " combination (row rejected)")
        .contains(file + ":4:3: pain_morning_pre: \"11\" is above the maximum 10 (row rejected)")
        .contains(file + ":6:5: row: the row has 4 fields, the header has 5 (row rejected)")
        .contains(file + ":7:1: respondent_id: duplicate respondent id \"R1\" (also on line 2)");
    assertThat(run.errBesidesWarnings()).isEmpty();
  }

  @Test
  void lenientKeepsTheRowWithTheBadCellMissing() {
    Path file = CliRunner.resource(dir, "mixed.csv");
    CliRunner.Run run = CliRunner.run("validate", "--lenient", file.toString());

    assertThat(run.exitCode()).isZero();
    // R2 keeps its row: the range problem becomes a missing value, but the unknown
    // position is required and still rejects it; R3 (too few fields) and R1 again stay out
    assertThat(run.out()).contains("4 read: 1 accepted, 3 rejected")
        .contains("pain_morning_pre: \"11\" is above the maximum 10 (set missing)");
  }

  @Test
  void jsonHasTheInputSummaryAndEveryProblem() {
    Path file = CliRunner.resource(dir, "mixed.csv");
    CliRunner.Run run = CliRunner.run("validate", "--json", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("{")
        .contains("\"path\": \"" + file + "\"")
        .containsPattern("\"sha256\": \"[0-9a-f]{64}\"")
        .contains("\"format\": \"wide\"", "\"rows\": 4", "\"accepted\": 1", "\"rejected\": 3")
        .contains("\"line\": 4", "\"column\": 3", "\"variable\": \"pain_morning_pre\"",
            "\"value\": \"11\"", "\"rule\": \"out_of_range\"",
            "\"message\": \"\\\"11\\\" is above the maximum 10\"")
        .contains("\"extra_columns\": [\n    \"note\"\n  ]");
    assertThat(run.out().strip()).endsWith("}");
  }

  @Test
  void detectsSemicolonsAndDecimalCommas() {
    Path file = CliRunner.resource(dir, "semicolon.csv");
    CliRunner.Run run = CliRunner.run("validate", "--json", file.toString());

    assertThat(run.out()).contains("\"delimiter\": \";\"", "\"decimal_comma\": true",
        "\"accepted\": 2");
  }

  @Test
  void withoutAFileUsesTheBundledSampleAndSaysSo() {
    CliRunner.Run run = CliRunner.run("validate");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("using the bundled sample survey (sample-survey.csv)");
    assertThat(run.out()).startsWith("sample-survey.csv\n").contains("accepted");
  }

  @Test
  void aMissingFileIsOneLineAndExitTwo() {
    CliRunner.Run run = CliRunner.run("validate", dir.resolve("nope.csv").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("sleepstat: " + dir.resolve("nope.csv")
        + ": no such file");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void anExcelWorkbookGivenAsCsvIsNamedAsSuch() throws Exception {
    Path file = dir.resolve("survey.xlsx");
    Files.write(file, new byte[] {0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0});
    CliRunner.Run run = CliRunner.run("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("survey.xlsx: this is an Excel workbook (xlsx)")
        .doesNotContain("Exception").doesNotContain("    at ");
  }

  @Test
  void aRequiredColumnMissingIsNamed() throws Exception {
    Path file = dir.resolve("nopos.csv");
    Files.writeString(file, "respondent_id,pain_morning_pre\nA,3\n", StandardCharsets.UTF_8);
    CliRunner.Run run = CliRunner.run("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("nopos.csv:1: required column \"sleep_position\" is missing");
  }

  @Test
  void aHeaderWithoutRowsIsNotUsable() throws Exception {
    Path file = dir.resolve("header.csv");
    Files.writeString(file, "respondent_id,sleep_position\n", StandardCharsets.UTF_8);
    CliRunner.Run run = CliRunner.run("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("header.csv: no data rows");
  }

  @Test
  void anOwnCodebookIsUsed() throws Exception {
    Path codebook = dir.resolve("codebook.csv");
    Files.writeString(codebook, "# name: tiny\nname,type,required,min,max,missing\n"
        + "id,id,yes,,,\nscore,integer,no,0,5,-99\n", StandardCharsets.UTF_8);
    Path file = dir.resolve("s.csv");
    Files.writeString(file, "ID,Score\na,-99\nb,6\nc,2\n", StandardCharsets.UTF_8);
    CliRunner.Run run = CliRunner.run("validate", "--codebook", codebook.toString(),
        file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("3 read: 2 accepted, 1 rejected")
        .contains("s.csv:3:2: score: \"6\" is above the maximum 5");
  }

  @Test
  void aBrokenCodebookIsOneLineAndExitTwo() throws Exception {
    Path codebook = dir.resolve("codebook.csv");
    Files.writeString(codebook, "name,type\nid,id\nx,colour\n", StandardCharsets.UTF_8);
    CliRunner.Run run = CliRunner.run("validate", "--codebook", codebook.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("codebook.csv:3: x: unknown type \"colour\"");
  }

  @Test
  void sameInputGivesTheSameBytes() {
    Path file = CliRunner.resource(dir, "mixed.csv");
    assertThat(CliRunner.run("validate", "--json", file.toString()).out())
        .isEqualTo(CliRunner.run("validate", "--json", file.toString()).out());
  }
}
