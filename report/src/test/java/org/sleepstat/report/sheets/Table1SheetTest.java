package org.sleepstat.report.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sleepstat.analysis.BaselineTable;
import org.sleepstat.analysis.SampleDescription.NumberSummary;
import org.sleepstat.report.Report;
import org.sleepstat.report.Reports;
import org.sleepstat.report.Table1Text;

/** The Table 1 and Table 1 numbers sheets of the bundled sample, read back with POI. */
class Table1SheetTest {
  private static Report report;
  private static XSSFWorkbook book;
  private static XSSFSheet table1;
  private static XSSFSheet numbers;

  @BeforeAll
  static void writeTheTwoSheets() {
    report = Reports.sample();
    book = Workbooks.read(Workbooks.writeSheets(report,
        List.of(new Table1Sheet(), new Table1NumbersSheet())));
    table1 = book.getSheet(Table1Sheet.NAME);
    numbers = book.getSheet(Table1NumbersSheet.NAME);
  }

  private static Row header() {
    return table1.getRow(table1.getPaneInformation().getHorizontalSplitTopRow() - 1);
  }

  @Test
  void theHeaderNamesEachColumnWithItsN() {
    assertThat(Workbooks.headers(header())).containsExactly("Characteristic",
        "Overall\n(n = 395)", "Changed mattress: yes\n(n = 172)",
        "Changed mattress: no\n(n = 210)", "p", "SMD");
  }

  @Test
  void cellsReadAsAManuscriptWritesThem() {
    Row age = Workbooks.rowStartingWith(table1, "Age in years, mean (SD)");
    assertThat(age.getCell(1).getStringCellValue()).isEqualTo("46.6 (15.0)");
    assertThat(age.getCell(1).getCellStyle().getAlignment())
        .isEqualTo(HorizontalAlignment.CENTER);
    // the p-value with the superscript mark of its footnote (a: Welch's t-test)
    assertThat(age.getCell(4).getStringCellValue()).isEqualTo("0.156\u1d43");
    assertThat(age.getCell(5).getStringCellValue()).isEqualTo("0.15");
    Row female = Workbooks.rowStartingWith(table1, "Female");
    assertThat(female.getCell(1).getStringCellValue()).isEqualTo("199 (51%)");
    assertThat(female.getCell(0).getCellStyle().getIndention()).isPositive();
    assertThat(female.getCell(0).getCellStyle().getAlignment())
        .isEqualTo(HorizontalAlignment.LEFT);
    Row duration = Workbooks.rowStartingWith(table1, "How long the back pain");
    assertThat(duration.getCell(1).getStringCellValue()).isEqualTo("24.0 [13.0, 44.8]");
  }

  @Test
  void footnotesUnderTheTableNameEachTestAcrossTheTablesWidth() {
    Row welch = Workbooks.rowStartingWith(table1, "\u1d43 Welch's t-test");
    assertThat(welch.getCell(0).getStringCellValue()).endsWith("(R: t.test(x ~ g)).");
    assertThat(table1.getMergedRegions()).contains(
        new CellRangeAddress(welch.getRowNum(), welch.getRowNum(), 0, 5));
    for (String test : List.of("\u1d47 Fisher's exact test", "\u1d9c Pearson's χ² test",
        "\u1d48 Wilcoxon rank-sum test")) {
      assertThat(Workbooks.rowStartingWith(table1, test).getRowNum())
          .isGreaterThan(Workbooks.rowStartingWith(table1, "Back pain on waking").getRowNum());
    }
  }

  @Test
  void itPrintsLandscapeOnePageWide() {
    assertThat(table1.getPrintSetup().getLandscape()).isTrue();
    assertThat(table1.getFitToPage()).isTrue();
    assertThat(table1.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
    assertThat(table1.getRepeatingRows()).isEqualTo(new CellRangeAddress(header().getRowNum(),
        header().getRowNum(), -1, -1));
    int characters = 0;
    for (int c = 0; c < 6; c++) {
      characters += table1.getColumnWidth(c) / 256;
    }
    // about 120 characters fit an A4 page in landscape at the default font
    assertThat(characters).isLessThanOrEqualTo(120);
  }

  @Test
  void theNumbersSheetKeepsTheNumbersAsNumbersWithPAndSmd() {
    Row header = Workbooks.headerUnder(numbers, "Table 1 numbers");
    Row age = Workbooks.rowBelow(header, r -> Workbooks.text(r, 0).equals("age_years"));
    NumberSummary overall = (NumberSummary) report.analysis().sample().rows().get(0)
        .summaries().get(0);
    assertThat(age.getCell(Workbooks.column(header, "Mean")).getNumericCellValue())
        .isEqualTo(overall.mean().getAsDouble());
    BaselineTable baseline = Table1Text.baseline(report);
    BaselineTable.Characteristic first = baseline.rows().get(0);
    assertThat(first.variable().name()).isEqualTo("age_years");
    assertThat(age.getCell(Workbooks.column(header, "p")).getNumericCellValue())
        .isEqualTo(first.comparison().orElseThrow().p().getAsDouble());
    assertThat(age.getCell(Workbooks.column(header, "Test")).getStringCellValue())
        .isEqualTo("Welch's t-test");
    assertThat(age.getCell(Workbooks.column(header, "SMD")).getNumericCellValue())
        .isEqualTo(first.smd().get(0).getAsDouble());
    // a level's SMD on its row; variables outside Table 1 have no p
    Row female = Workbooks.rowBelow(header, r -> Workbooks.text(r, 2).equals("female"));
    assertThat(female.getCell(Workbooks.column(header, "SMD")).getCellType())
        .isEqualTo(CellType.NUMERIC);
    Row post = Workbooks.rowBelow(header,
        r -> Workbooks.text(r, 0).equals("pain_morning_post"));
    assertThat(post.getCell(Workbooks.column(header, "p"))).isNull();
  }
}
