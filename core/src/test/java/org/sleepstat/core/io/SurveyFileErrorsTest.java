package org.sleepstat.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files that cannot be used at all: one-line messages naming the file and the reason. */
class SurveyFileErrorsTest {
  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    Path path = dir.resolve(name);
    Files.write(path, bytes);
    return path;
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static void failsWith(ThrowingCallable read, String message) {
    assertThatThrownBy(read).isInstanceOf(SurveyFileException.class).hasMessage(message)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  private static ImportResult read(Path path) throws SurveyFileException {
    return SurveyImporter.withDefaults().read(path);
  }

  @Test
  void missingFile() {
    Path path = dir.resolve("survey.csv");
    failsWith(() -> read(path), path + ": no such file");
  }

  @Test
  void directory() {
    failsWith(() -> read(dir), dir + ": is a directory, not a survey file");
  }

  @Test
  void emptyFile() throws IOException {
    Path path = write("empty.csv", new byte[0]);
    failsWith(() -> read(path), path + ": the file is empty");
  }

  @ParameterizedTest
  @ValueSource(strings = {"respondent_id,sleep_position\n", "respondent_id,sleep_position",
      "respondent_id,sleep_position\r\n\r\n\n"})
  void headerOnly(String text) throws IOException {
    Path path = write("header.csv", text);
    failsWith(() -> read(path), path + ": no data rows (the file has only a header)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\n\n\n", "\r\n\r\n", "  \n\t\n"})
  void onlyBlankLines(String text) throws IOException {
    Path path = write("blank.csv", text);
    failsWith(() -> read(path), path + ": the file has no header and no data (only blank lines)");
  }

  @Test
  void binaryContentWithNulBytes() throws IOException {
    byte[] bytes = "respondent_id,sleep_position\nr1,side\n".getBytes(StandardCharsets.US_ASCII);
    bytes[5] = 0;
    Path path = write("binary.csv", bytes);
    failsWith(() -> read(path),
        path + ": this is not a text file (it holds binary data); a survey must be a CSV export "
            + "or an xlsx workbook");
  }

  @Test
  void manyControlCharactersAreBinary() throws IOException {
    byte[] bytes = new byte[64];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 2 == 0 ? 'a' : 0x01);
    }
    Path path = write("controls.csv", bytes);
    failsWith(() -> read(path),
        path + ": this is not a text file (it holds binary data); a survey must be a CSV export "
            + "or an xlsx workbook");
  }

  @Test
  void zipWithoutAWorkbookIsABrokenWorkbook() throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("[Content_Types].xml"));
      out.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
      out.putNextEntry(new ZipEntry("xl/workbook.xml"));
      out.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    assertThat(zip.toByteArray()).startsWith(0x50, 0x4B, 0x03, 0x04);
    Path path = write("survey.xlsx", zip.toByteArray());
    // a zip without the parts of a workbook: read as a workbook, and said to be broken
    failsWith(() -> read(path), path + ": this is an Excel workbook (xlsx) but it cannot be read:"
        + " The part /xl/workbook.xml does not have any content type ! Rule: Package require"
        + " content types when retrieving a part from a package. [M.1.14]");
  }

  @Test
  void oldXlsWorkbook() throws IOException {
    byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1, 0, 0, 0, 0};
    Path path = write("survey.xls", ole);
    failsWith(() -> read(path), path + ": this is an old Excel workbook (xls), which sleepstat"
        + " does not read; save it as an Excel workbook (.xlsx) or as CSV (File > Save As) and"
        + " try again");
  }

  @Test
  void duplicateColumnNames() throws IOException {
    Path path = write("dup.csv", "respondent_id,sleep_position,age_years,age_years\nr1,side,1,2\n");
    failsWith(() -> read(path), path + ":1:4: duplicate column name \"age_years\" (same as column 3"
        + " \"age_years\")");
  }

  @Test
  void duplicateColumnNamesAfterNormalisation() throws IOException {
    Path path = write("dup.csv",
        "respondent_id,Pain Morning Pre,sleep_position,pain_morning_pre\nr1,1,side,2\n");
    failsWith(() -> read(path), path + ":1:4: duplicate column name \"pain_morning_pre\" (same as"
        + " column 2 \"Pain Morning Pre\")");
  }

  @Test
  void duplicateExtraColumnNames() throws IOException {
    Path path = write("dup.csv", "respondent_id,sleep_position,Note,NOTE\nr1,side,a,b\n");
    failsWith(() -> read(path),
        path + ":1:4: duplicate column name \"NOTE\" (same as column 3 \"Note\")");
  }

  @Test
  void headerErrorsNameTheHeaderLineAfterLeadingBlankLines() throws IOException {
    Path path = write("dup.csv", "\n\nrespondent_id,sleep_position,Sleep Position\nr1,side,side\n");
    failsWith(() -> read(path), path + ":3:3: duplicate column name \"Sleep Position\" (same as"
        + " column 2 \"sleep_position\")");
  }

  @Test
  void requiredColumnMissingIsNamed() throws IOException {
    Path path = write("nopos.csv", "respondent_id,age_years\nr1,40\n");
    failsWith(() -> read(path), path + ":1: required column \"sleep_position\" is missing (the"
        + " header has: respondent_id, age_years)");
  }

  @Test
  void requiredColumnsMissingAreAllNamed() throws IOException {
    Path path = write("none.csv", "id,position\nr1,side\n");
    failsWith(() -> read(path), path + ":1: required columns \"respondent_id\", \"sleep_position\""
        + " are missing (the header has: id, position)");
  }

  @Test
  void exceptionKeepsFileLineColumnAndReasonApart() throws IOException {
    Path path = write("dup.csv", "respondent_id,sleep_position,bmi,BMI\nr1,side,1,2\n");
    assertThatThrownBy(() -> read(path)).isInstanceOfSatisfying(SurveyFileException.class, e -> {
      assertThat(e.file()).isEqualTo(path.toString());
      assertThat(e.line()).isEqualTo(1);
      assertThat(e.column()).isEqualTo(4);
      assertThat(e.reason()).isEqualTo("duplicate column name \"BMI\" (same as column 3 \"bmi\")");
    });
  }

  @Test
  void sourceThatCannotBeOpenedIsReported() {
    ByteSource gone = ByteSource.ofResource("gone.csv", getClass(), "no-such-resource.csv");
    failsWith(() -> SurveyImporter.withDefaults().read(gone),
        "gone.csv: cannot be read (resource not found: no-such-resource.csv)");
  }

  @Test
  void aCellLongerThanTheLimitIsRefusedAtItsLineAndColumn() throws IOException {
    String huge = "x".repeat(CsvParser.MAX_FIELD + 1);
    Path path = write("huge.csv", "respondent_id,sleep_position,note\nr1,side,ok\nr2,back,\""
        + huge + "\"\n");
    failsWith(() -> read(path), path + ":3:3: this cell is longer than 16777216 characters"
        + " (16 Mi), the longest sleepstat reads; the file was not read");
  }
}
