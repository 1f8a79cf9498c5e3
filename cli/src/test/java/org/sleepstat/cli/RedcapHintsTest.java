package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A REDCap export read without its data dictionary gets a hint that says what to run; a data
 * dictionary given as the survey file stops with one line that says where it belongs.
 */
class RedcapHintsTest {
  @TempDir Path dir;

  private Path sample(String name) throws IOException {
    try (InputStream in = RedcapHintsTest.class.getResourceAsStream("samples/" + name)) {
      Path target = dir.resolve(name);
      Files.copy(in, target);
      return target;
    }
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static String hint(Path export) {
    return "sleepstat: " + export + " looks like a REDCap export read without its data"
        + " dictionary, so coded answers (1, 2, …) are not decoded; run sleepstat validate "
        + export + " --dictionary DICTIONARY.csv (sleepstat codebook --dictionary DICTIONARY.csv"
        + " shows how each field will be read)\n";
  }

  @Test
  void aRedcapExportWithoutItsDictionaryGetsOneHintLineSayingWhatToRun() throws IOException {
    Path export = sample("example_redcap_export.csv");
    Path map = sample("example_redcap_map.csv");
    CliRunner.Run run = CliRunner.run("validate", export.toString(), "--map", map.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains(hint(export));
    assertThat(run.err().lines().filter(l -> l.contains("looks like a REDCap export")))
        .hasSize(1);
    // what the hint is about: the codes stay codes and are problems, not guessed levels
    assertThat(run.out()).contains("120 read: 0 accepted, 120 rejected")
        .contains(": sex: \"2\" in ");
  }

  @Test
  void analyzeAndReportGiveTheSameHint() throws IOException {
    Path export = sample("example_redcap_export.csv");
    Path map = sample("example_redcap_map.csv");
    CliRunner.Run analyze = CliRunner.run("analyze", export.toString(), "--map", map.toString());
    CliRunner.Run report = CliRunner.run("report", export.toString(), "--map", map.toString(),
        "--out", dir.resolve("out").toString());

    // every row is rejected without the dictionary, so both stop, after the hint
    assertThat(analyze.exitCode()).isEqualTo(2);
    assertThat(analyze.err()).contains(hint(export));
    assertThat(report.exitCode()).isEqualTo(2);
    assertThat(report.err()).contains(hint(export));
  }

  @Test
  void aClassicExportIsKnownByItsRecordIdAndFormStatusColumns() throws IOException {
    // no event column (a project without events): record_id first and a <form>_complete column
    Path export = write("classic.csv", "record_id,sleep_position,pain_morning_pre,"
        + "pain_morning_post,baseline_complete\n1,1,5,4,2\n2,side,6,5,2\n");
    CliRunner.Run run = CliRunner.run("validate", export.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("as a REDCap export (CSV), wide layout")
        .contains("form status columns kept out of the data: baseline_complete")
        .contains(hint(export));
    assertThat(run.out()).contains("2 read: 1 accepted, 1 rejected")
        .contains(export + ":2:2: sleep_position: \"1\" is not one of side, back, stomach,"
            + " combination (row rejected)");
  }

  @Test
  void withItsDictionaryThereIsNoHint() throws IOException {
    Path export = sample("example_redcap_export.csv");
    CliRunner.Run run = CliRunner.run("validate", export.toString(), "--dictionary",
        sample("example_redcap_dictionary.csv").toString(), "--map",
        sample("example_redcap_map.csv").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("as a REDCap export").doesNotContain("looks like");
  }

  @Test
  void aPlainSchemaFileGetsNoHint() throws IOException {
    Path file = write("plain.csv", "respondent_id,sleep_position,pain_morning_pre,"
        + "pain_morning_post\nrecord_1,side,5,4\n");
    CliRunner.Run run = CliRunner.run("validate", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.errBesidesWarnings()).isEmpty();
  }

  @Test
  void aPlainFileWithARecordIdButNoFormStatusColumnIsNotTakenForAnExport() throws IOException {
    Path file = write("plain.csv", "respondent_id,record_id,sleep_position\nA,1,side\n");
    CliRunner.Run run = CliRunner.run("validate", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.errBesidesWarnings()).isEmpty();
    assertThat(run.out()).contains("extra columns 1: record_id");
  }

  @Test
  void anExportThatLacksARequiredColumnSaysTheDictionaryIsMissingToo() throws IOException {
    Path export = sample("example_redcap_export.csv");
    CliRunner.Run run = CliRunner.run("validate", export.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).endsWith("; a column map can name the column that holds it, and a"
        + " REDCap export is read with its data dictionary (--dictionary DICTIONARY.csv)\n");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void aDataDictionaryGivenAsTheSurveyStopsWithOneLine() throws IOException {
    Path dictionary = sample("example_redcap_dictionary.csv");
    for (String command : new String[] {"validate", "analyze"}) {
      CliRunner.Run run = CliRunner.run(command, dictionary.toString());

      assertThat(run.exitCode()).as(command).isEqualTo(2);
      assertThat(run.err()).as(command).isEqualTo("sleepstat: " + dictionary + ":1: this is a"
          + " REDCap data dictionary, not a survey export: pass it with --dictionary and give"
          + " the export as FILE\n");
      assertThat(run.out()).as(command).isEmpty();
    }
  }

  @Test
  void aDataDictionaryWithApiHeadersIsRecognisedToo() throws IOException {
    Path dictionary = write("api.csv", "field_name,form_name,section_header,field_type,"
        + "field_label\nrecord_id,enrolment,,text,Record ID\n");
    CliRunner.Run run = CliRunner.run("validate", dictionary.toString(), "--dictionary",
        dictionary.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(dictionary + ":1: this is a REDCap data dictionary");
  }
}
