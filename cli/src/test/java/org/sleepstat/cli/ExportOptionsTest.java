package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The options for exports and workbooks ({@code --map}, {@code --dictionary}, {@code --sheet},
 * {@code --include-unfinished}) and the {@code codebook} command: what they do, and their
 * mistakes as one line with exit code 2.
 */
class ExportOptionsTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static void unusable(CliRunner.Run run, String message) {
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("sleepstat: " + message);
    assertThat(run.err()).doesNotContain("    at ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aMapNamingAColumnTheFileLacksIsOneLine() throws IOException {
    Path survey = write("s.csv", "id,pos\nA,side\n");
    Path map = write("map.csv", "column,variable\nid,respondent_id\nposition,sleep_position\n");
    unusable(CliRunner.run("validate", survey.toString(), "--map", map.toString()),
        map + ":3: column \"position\" is not in " + survey + " (its columns: id, pos)");
  }

  @Test
  void aMapNamingAnUnknownVariableIsOneLine() throws IOException {
    Path survey = write("s.csv", "id,pos\nA,side\n");
    Path map = write("map.csv", "column,variable\nid,respondent\n");
    unusable(CliRunner.run("analyze", survey.toString(), "--map", map.toString()),
        map + ":2: \"respondent\" is not a variable of the codebook sleep-back-pain v1 (nor an"
            + " outcome measured in each wave, nor wave)");
  }

  @Test
  void aMissingMapOrDictionaryIsOneLine() throws IOException {
    Path survey = write("s.csv", "respondent_id,sleep_position\nA,side\n");
    unusable(CliRunner.run("validate", survey.toString(), "--map",
        dir.resolve("none.csv").toString()), dir.resolve("none.csv") + ": no such column map file");
    unusable(CliRunner.run("validate", survey.toString(), "--dictionary",
        dir.resolve("none.csv").toString()), dir.resolve("none.csv")
        + ": no such data dictionary file");
  }

  @Test
  void aMappedSurveyIsRead() throws IOException {
    Path survey = write("s.csv", "id,pos,years\nA,side,40\nB,Back,12\n");
    Path map = write("map.csv", "column,variable\nid,respondent_id\npos,sleep_position\n"
        + "years,age_years\n");
    CliRunner.Run run = CliRunner.run("validate", survey.toString(), "--map", map.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("rows        2 read: 1 accepted, 1 rejected")
        .contains(survey + ":3:3: age_years: \"12\" is below the minimum 16 (row rejected)");
    // a plain CSV: nothing to say about how it was read
    assertThat(run.errBesidesWarnings()).isEmpty();
  }

  @Test
  void aSheetAskedOfACsvFileIsOneLine() throws IOException {
    Path survey = write("s.csv", "respondent_id,sleep_position\nA,side\n");
    unusable(CliRunner.run("validate", survey.toString(), "--sheet", "Data"),
        survey + ": a sheet (\"Data\") was asked for, but this is a text (CSV) file, not an xlsx"
            + " workbook");
  }

  @Test
  void aMissingSheetIsNamedWithTheSheetsThereAre() {
    Path xlsx = SheetFiles.xlsx(dir.resolve("w.xlsx"), "Responses",
        "respondent_id,sleep_position\nA,side\n");
    unusable(CliRunner.run("validate", xlsx.toString(), "--sheet", "Data"),
        xlsx + ": the workbook has no sheet named \"Data\" (its sheets: Notes, Responses)");
    CliRunner.Run run = CliRunner.run("validate", xlsx.toString(), "--sheet", "Responses");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("rows        1 read: 1 accepted, 0 rejected");
    assertThat(run.err()).contains("as an xlsx workbook, sheet \"Responses\", wide layout");
  }

  @Test
  void aBrokenWorkbookIsOneLine() throws IOException {
    Path xlsx = dir.resolve("broken.xlsx");
    Files.write(xlsx, new byte[] {0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 1, 2, 3});
    CliRunner.Run run = CliRunner.run("validate", xlsx.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("sleepstat: " + xlsx + ": this is an Excel workbook (xlsx)"
        + " but it cannot be read: ").doesNotContain("    at ");
    assertThat(run.err().strip().lines()).hasSize(1);
  }

  @Test
  void anOldXlsWorkbookIsAskedToBeSavedAsXlsxOrCsv() throws IOException {
    Path xls = dir.resolve("old.xls");
    Files.write(xls, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
        (byte) 0xB1, 0x1A, (byte) 0xE1});
    unusable(CliRunner.run("validate", xls.toString()), xls + ": this is an old Excel workbook"
        + " (xls), which sleepstat does not read; save it as an Excel workbook (.xlsx) or as CSV"
        + " (File > Save As) and try again");
  }

  @Test
  void unfinishedResponsesCanBeIncluded() throws IOException {
    Path survey = write("q.csv", "Finished,ResponseId,sleep_position\nFinished,Response ID,Pos\n"
        + "\"{\"\"ImportId\"\":\"\"finished\"\"}\",\"{\"\"ImportId\"\":\"\"_recordId\"\"}\","
        + "\"{\"\"ImportId\"\":\"\"QID4\"\"}\"\nTrue,R_1,side\nFalse,R_2,back\n");
    CliRunner.Run excluded = CliRunner.run("validate", survey.toString());
    assertThat(excluded.out()).contains("rows        2 read: 1 accepted, 1 rejected");
    assertThat(excluded.err()).contains("1 unfinished response excluded");
    CliRunner.Run included = CliRunner.run("validate", survey.toString(),
        "--include-unfinished");
    assertThat(included.out()).contains("rows        2 read: 2 accepted, 0 rejected");
  }

  @Test
  void theCodebookCommandWithoutAMapMatchesFieldsByName() throws IOException {
    Path dictionary = write("d.csv", "Variable / Field Name,Form Name,Field Type,Field Label,"
        + "\"Choices, Calculations, OR Slider Labels\"\nstudy_id,f,text,Id,\n"
        + "sex,f,radio,Sex,\"1, Female | 2, Male | 3, Prefer not to say\"\nnotes,f,notes,Notes,\n");
    CliRunner.Run run = CliRunner.run("codebook", "--dictionary", dictionary.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("respondent_id  study_id       id\n")
        .contains("sex            sex            category  1 Female -> female, 2 Male -> male,"
            + " 3 Prefer not to say -> NO LEVEL")
        .contains("extra columns (kept as text): notes")
        .contains("form status columns (kept out of the data): f_complete")
        .contains("sleep_position is required, but no column holds it (map one with --map)")
        .contains("2 problems:")
        .doesNotContain("redcap_event_name");
  }

  @Test
  void theCodebookCommandNeedsADictionaryAndReportsItsMistakesInOneLine() throws IOException {
    CliRunner.Run none = CliRunner.run("codebook");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("Missing required option: '--dictionary=FILE'");
    Path bad = write("bad.csv", "name,type\nx,text\n");
    unusable(CliRunner.run("codebook", "--dictionary", bad.toString()), bad + ":1: not a REDCap"
        + " data dictionary (the header needs \"Variable / Field Name\", \"Form Name\" and"
        + " \"Field Type\")");
    Path dictionary = write("d.csv", "Variable / Field Name,Form Name,Field Type\nid,f,text\n");
    Path map = write("m.csv", "column,variable\nage,age_years\n");
    unusable(CliRunner.run("codebook", "--dictionary", dictionary.toString(), "--map",
        map.toString()), map + ":2: column \"age\" is not in header (its columns: id,"
        + " f_complete)");
  }

  @Test
  void theCodebookCommandIsListedInTheHelp() {
    CliRunner.Run run = CliRunner.run("--help");
    assertThat(run.out()).contains("codebook");
    CliRunner.Run help = CliRunner.run("validate", "--help");
    assertThat(help.out()).contains("--map=FILE").contains("--dictionary=FILE")
        .contains("--sheet=NAME").contains("--include-unfinished");
  }
}
