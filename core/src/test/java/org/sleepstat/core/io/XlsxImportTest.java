package org.sleepstat.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepstat.core.generate.SurveyGenerator;

/** xlsx input: one sheet read as values, with row numbers as lines; hostile files refused. */
class XlsxImportTest {
  private static final List<Object> HEADER =
      List.of("respondent_id", "sleep_position", "age_years", "bmi", "lumbar_roll", "note");

  @TempDir Path dir;

  private static ImportResult read(byte[] xlsx) throws SurveyFileException {
    return SurveyImporter.withDefaults().read(ByteSource.ofBytes("s.xlsx", xlsx));
  }

  private static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  @Test
  void aSheetIsReadAsValuesLikeTheSameCsv() throws SurveyFileException {
    byte[] xlsx = TestWorkbooks.of(List.of(HEADER,
        row("A", "side", 40, 22.5, true, "first"),
        row("B", "Back sleeper", 51, null, false, 7),
        row(3, "stomach", "=20+30", 30.1, "yes", null)));
    ImportResult r = read(xlsx);
    assertThat(r.problems()).isEmpty();
    assertThat(r.provenance().source()).isEqualTo(new SourceFormat(SourceFormat.Container.XLSX,
        "Data", SourceFormat.Platform.PLAIN));
    assertThat(r.provenance().delimiterName()).isEqualTo("none (xlsx)");
    ImportResult csv = Imports.read("s.csv", String.join(",", HEADER.stream().map(Object::toString)
        .toList()) + "\nA,side,40,22.5,TRUE,first\nB,Back sleeper,51,,FALSE,7\n"
        + "3,stomach,50,30.1,yes,\n");
    assertThat(Imports.describe(r.survey())).isEqualTo(Imports.describe(csv.survey()));
    assertThat(r.survey().ids().get(2)).isEqualTo("3"); // a numeric id without ".0"
  }

  @Test
  void linesAreSheetRowNumbersAndEmptyRowsAreSkipped() throws SurveyFileException {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(null); // row 1 missing: the header stands on row 2
    rows.add(HEADER);
    rows.add(row("A", "side", 40));
    rows.add(row(null, null, null)); // a row with no cells
    rows.add(null);
    rows.add(row("B", "side", 12));
    ImportResult r = read(TestWorkbooks.of(rows));
    assertThat(r.counts().rows()).isEqualTo(2);
    assertThat(Imports.formatted(r)).containsExactly(
        "s.xlsx:6:3: age_years: \"12\" is below the minimum 16 (row rejected)");
    assertThat(r.survey().sourceLine(0)).isEqualTo(3);
  }

  @Test
  void missingTrailingCellsAreEmptyButACellBeyondTheHeaderIsAnExtraField()
      throws SurveyFileException {
    ImportResult r = read(TestWorkbooks.of(List.of(HEADER, row("A", "side"),
        row("B", "side", null, null, null, null, null, "stray"))));
    assertThat(r.counts().accepted()).isEqualTo(1);
    assertThat(Imports.formatted(r)).containsExactly(
        "s.xlsx:3:7: row: the row has 8 fields, the header has 6 (row rejected)");
  }

  @Test
  void datesAndTimesComeThroughAsIsoValues() throws SurveyFileException {
    ImportResult r = read(TestWorkbooks.of(List.of(
        row("respondent_id", "sleep_position", "date", "stamp", "time", "share", "rounded"),
        row("A", "side", new TestWorkbooks.Styled(46082, "d/m/yy"),
            new TestWorkbooks.Styled(46082.395833333336, "dd.mm.yyyy hh:mm"),
            new TestWorkbooks.Styled(0.75, "h:mm AM/PM"),
            new TestWorkbooks.Styled(0.25, "0%"),
            new TestWorkbooks.Styled(5.44, "0.0")))));
    assertThat(r.extraColumns()).hasSize(5);
    assertThat(r.survey().extraColumns()).extracting(c -> c.text(0))
        .containsExactly("2026-03-01", "2026-03-01 09:30:00", "18:00:00", "0.25", "5.44");
  }

  @Test
  void aWorkbookCountingFrom1904GivesTheSameDates() throws SurveyFileException {
    byte[] xlsx = TestWorkbooks.of(List.of(row("respondent_id", "sleep_position", "date"),
        row("A", "side", new TestWorkbooks.Styled(46082 - 1462, "yyyy-mm-dd"))));
    byte[] mac = TestWorkbooks.rewrite(xlsx, "xl/workbook.xml",
        x -> x.replace("date1904=\"false\"", "date1904=\"true\""));
    assertThat(read(mac).survey().extraColumns().get(0).text(0)).isEqualTo("2026-03-01");
    // the same number, counted from 1900
    assertThat(read(xlsx).survey().extraColumns().get(0).text(0)).isEqualTo("2022-02-28");
  }

  @Test
  void numbersAreTheirShortestDecimal() throws SurveyFileException {
    ImportResult r = read(TestWorkbooks.of(List.of(
        row("respondent_id", "sleep_position", "pain_morning_pre", "x"),
        row("A", "side", 0.1 + 0.2, 1e21))));
    assertThat(r.problems()).isEmpty();
    assertThat(r.survey().numbers("pain_morning_pre").orElseThrow().get(0))
        .isEqualTo(0.30000000000000004);
    assertThat(r.survey().extraColumns().get(0).text(0)).isEqualTo("1000000000000000000000");
  }

  @Test
  void aSheetIsChosenByNameIgnoringCase() throws SurveyFileException {
    byte[] xlsx = TestWorkbooks.of(List.of("Notes", "Responses"), List.of(
        List.of(row("read me")),
        List.of(HEADER, row("A", "side"))));
    ImportResult r = SurveyImporter.withDefaults().withSheet("responses")
        .read(ByteSource.ofBytes("s.xlsx", xlsx));
    assertThat(r.counts().accepted()).isEqualTo(1);
    assertThat(r.provenance().source().sheet()).isEqualTo("Responses");
    assertThatThrownBy(() -> read(xlsx)).hasMessageStartingWith(
        "s.xlsx:1: required columns \"respondent_id\", \"sleep_position\" are missing");
    assertThatThrownBy(() -> SurveyImporter.withDefaults().withSheet("Data")
        .read(ByteSource.ofBytes("s.xlsx", xlsx)))
        .hasMessage("s.xlsx: the workbook has no sheet named \"Data\" (its sheets: Notes,"
            + " Responses)");
  }

  @Test
  void aSheetAskedOfACsvFileIsAnError() {
    assertThatThrownBy(() -> Imports.read(SurveyImporter.withDefaults().withSheet("Data"),
        "s.csv", "respondent_id,sleep_position\nA,side\n"))
        .hasMessage("s.csv: a sheet (\"Data\") was asked for, but this is a text (CSV) file, not"
            + " an xlsx workbook");
  }

  @Test
  void anEmptySheetOrOnlyAHeaderIsAFileLevelError() {
    assertThatThrownBy(() -> read(TestWorkbooks.of(List.of())))
        .hasMessage("s.xlsx: sheet \"Data\" is empty");
    assertThatThrownBy(() -> read(TestWorkbooks.of(List.of(HEADER))))
        .hasMessage("s.xlsx: no data rows (the file has only a header)");
  }

  @Test
  void aQualtricsExportSavedAsXlsxIsRecognised() throws SurveyFileException {
    ImportResult r = read(TestWorkbooks.of(List.of(
        row("ResponseId", "Finished", "sleep_position"),
        row("Response ID", "Finished", "Position?"),
        row("{\"ImportId\":\"_recordId\"}", "{\"ImportId\":\"finished\"}",
            "{\"ImportId\":\"QID4\"}"),
        row("R_1", true, "It varies"),
        row("R_2", false, "side"))));
    assertThat(r.provenance().formatLabel()).isEqualTo("qualtrics");
    assertThat(r.survey().ids().values()).containsExactly("R_1");
    assertThat(r.problems()).extracting(Problem::line).containsExactly(5L);
  }

  @Test
  void aGeneratedSurveyReadsTheSameFromCsvAndXlsx() throws IOException, SurveyFileException {
    StringWriter text = new StringWriter();
    SurveyGenerator.withSeed(11).write(500, text);
    List<List<Object>> rows = new ArrayList<>();
    for (String line : text.toString().split("\n")) {
      List<Object> cells = new ArrayList<>();
      for (String cell : line.split(",", -1)) {
        cells.add(cell.isEmpty() ? null : cell.matches("-?[0-9.]+") ? Double.valueOf(cell)
            : cell);
      }
      rows.add(cells);
    }
    Path file = Files.write(dir.resolve("g.xlsx"), TestWorkbooks.of(rows));
    ImportResult xlsx = SurveyImporter.withDefaults().read(file);
    ImportResult csv = Imports.read("g.csv", text.toString());
    assertThat(xlsx.counts().rows()).isEqualTo(500);
    assertThat(xlsx.problems()).isEqualTo(csv.problems());
    assertThat(Imports.describe(xlsx.survey())).isEqualTo(Imports.describe(csv.survey()));
  }

  @Test
  void aTruncatedWorkbookIsAOneLineError() throws IOException {
    byte[] xlsx = TestWorkbooks.of(List.of(HEADER, row("A", "side")));
    Path file = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(xlsx, xlsx.length / 2));
    assertThatThrownBy(() -> SurveyImporter.withDefaults().read(file))
        .isInstanceOf(SurveyFileException.class)
        .hasMessageStartingWith(file + ": this is an Excel workbook (xlsx) but it cannot be read:")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> read(Arrays.copyOf(xlsx, xlsx.length / 2)))
        .hasMessageStartingWith("s.xlsx: this is an Excel workbook (xlsx) but it cannot be read:")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aZipBombIsRefusedFromAFileAndFromMemory() throws IOException {
    byte[] xlsx = TestWorkbooks.of(List.of(HEADER, row("A", "side")));
    byte[] bomb = TestWorkbooks.rewrite(xlsx, "xl/worksheets/sheet1.xml",
        x -> x.replace("</worksheet>", " ".repeat(20_000_000) + "</worksheet>"));
    assertThat(bomb.length).isLessThan(200_000);
    String expected = ": this is an Excel workbook (xlsx) but it cannot be read: its content"
        + " would expand to far more than its size (a possible zip bomb), so it was not unpacked";
    Path file = Files.write(dir.resolve("bomb.xlsx"), bomb);
    assertThatThrownBy(() -> SurveyImporter.withDefaults().read(file)).hasMessage(file
        + expected);
    assertThatThrownBy(() -> read(bomb)).hasMessage("s.xlsx" + expected);
  }

  @Test
  void entityExpansionAndExternalEntitiesAreRefused() throws IOException {
    byte[] xlsx = TestWorkbooks.of(List.of(HEADER, row("A", "side")));
    String expected = "s.xlsx: this is an Excel workbook (xlsx) but it cannot be read: its XML"
        + " declares a document type (DOCTYPE), which a workbook never needs and which can"
        + " expand entities; it was not read";
    byte[] laughs = TestWorkbooks.rewrite(xlsx, "xl/worksheets/sheet1.xml",
        x -> x.replaceFirst("<worksheet", "<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;"
            + "&b;&b;&b;\">]><worksheet").replace(">A<", ">&c;<"));
    assertThatThrownBy(() -> read(laughs)).hasMessage(expected);
    Path secret = Files.writeString(dir.resolve("secret.txt"), "secret");
    byte[] external = TestWorkbooks.rewrite(xlsx, "xl/sharedStrings.xml",
        x -> x.replaceFirst("<sst", "<!DOCTYPE sst [<!ENTITY x SYSTEM \"" + secret.toUri()
            + "\">]><sst").replace(">A<", ">&x;<"));
    assertThatThrownBy(() -> read(external)).hasMessage(expected);
  }

  @Test
  void aFormulaWithoutASavedResultIsAnErrorAtItsCellNeverABlank() {
    byte[] xlsx = TestWorkbooks.of(List.of(HEADER, row("A", "side", 40), row("B", "back",
        "=20+30")));
    byte[] uncached = TestWorkbooks.rewrite(xlsx, "xl/worksheets/sheet1.xml",
        x -> x.replaceAll("(<f>20\\+30</f>)<v>[^<]*</v>", "$1"));
    assertThat(TestWorkbooks.text(uncached, "xl/worksheets/sheet1.xml")).contains("<f>20+30</f>")
        .doesNotContain("50");
    assertThatThrownBy(() -> read(uncached)).isInstanceOf(SurveyFileException.class)
        .hasMessage("s.xlsx:3:3: cell C3 holds a formula whose result was never saved (a"
            + " workbook written by a program?); open the workbook in Excel or LibreOffice and"
            + " save it, so that its formulas are calculated, then try again");
  }

  @Test
  void aSharedStringThatIsNotThereIsABrokenWorkbook() {
    byte[] xlsx = TestWorkbooks.of(List.of(HEADER, row("A", "side", 40)));
    String unreadable = "s.xlsx: this is an Excel workbook (xlsx) but it cannot be read: ";
    for (String index : List.of("999", "-1", "x")) {
      byte[] broken = TestWorkbooks.rewrite(xlsx, "xl/worksheets/sheet1.xml",
          x -> x.replaceFirst("(<c r=\"B2\"[^>]*t=\"s\"[^>]*><v>)[0-9]+(</v>)", "$1" + index
              + "$2"));
      assertThat(TestWorkbooks.text(broken, "xl/worksheets/sheet1.xml")).as(index)
          .contains("<v>" + index + "</v>");
      assertThatThrownBy(() -> read(broken)).as(index).isInstanceOf(SurveyFileException.class)
          .hasMessage(unreadable + "cell B2 refers to shared string \"" + index + "\", but the"
              + " workbook has shared strings 0 to 7 only (a broken workbook)");
    }
    byte[] wide = TestWorkbooks.rewrite(xlsx, "xl/worksheets/sheet1.xml",
        x -> x.replace("r=\"B2\"", "r=\"ZZZZZZZZ2\""));
    assertThatThrownBy(() -> read(wide)).isInstanceOf(SurveyFileException.class)
        .hasMessage(unreadable + "cell \"ZZZZZZZZ2\" lies beyond Excel's last column, XFD (a"
            + " broken workbook)");
    byte[] none = TestWorkbooks.drop(xlsx, "xl/sharedStrings.xml");
    assertThatThrownBy(() -> read(none)).isInstanceOf(SurveyFileException.class)
        .hasMessage(unreadable + "cell A1 refers to shared string \"0\", but the workbook has"
            + " no shared strings (a broken workbook)");
  }

  @Test
  void aPasswordProtectedWorkbookIsSaidToBeOneNotAnOldXls() throws Exception {
    byte[] xlsx = TestWorkbooks.of(List.of(HEADER, row("A", "side", 40)));
    byte[] encrypted = TestWorkbooks.encrypted(xlsx, "secret");
    String expected = ": this Excel workbook is password-protected (encrypted), so sleepstat"
        + " cannot read it; open it in Excel, remove the password (File > Info > Protect Workbook"
        + " > Encrypt with Password, clear the password), save it and try again, or save it as"
        + " CSV";
    assertThatThrownBy(() -> read(encrypted)).isInstanceOf(SurveyFileException.class)
        .hasMessage("s.xlsx" + expected);
    Path file = Files.write(dir.resolve("locked.xlsx"), encrypted);
    assertThatThrownBy(() -> SurveyImporter.withDefaults().read(file)).hasMessage(file
        + expected);
  }

  @Test
  void anOldXlsWorkbookIsStillCalledOne() throws Exception {
    byte[] xls;
    try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb =
        new org.apache.poi.hssf.usermodel.HSSFWorkbook();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      wb.createSheet("Data").createRow(0).createCell(0).setCellValue("respondent_id");
      wb.write(out);
      xls = out.toByteArray();
    }
    assertThatThrownBy(() -> read(xls)).isInstanceOf(SurveyFileException.class)
        .hasMessageStartingWith("s.xlsx: this is an old Excel workbook (xls), which sleepstat"
            + " does not read");
  }
}
