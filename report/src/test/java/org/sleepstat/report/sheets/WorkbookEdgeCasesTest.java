package org.sleepstat.report.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sleepstat.report.Report;
import org.sleepstat.report.Reports;
import org.sleepstat.report.charts.ReportChart;
import org.sleepstat.report.charts.ReportCharts;
import org.sleepstat.report.xlsx.SheetWriter;

/** Workbooks of small and odd surveys, and of sheets cut at a row limit. */
class WorkbookEdgeCasesTest {
  /** Formula-like text, one changed-mattress pair, no mattress age, no red-flag columns. */
  private static final String ODD = String.join("\n",
      "respondent_id,sleep_position,changed_mattress,pain_morning_pre,pain_morning_post,notes",
      "\"=HYPERLINK(\"\"http://example.org\"\")\",side,yes,5,3,+1+2",
      "@SUM(A1),back,no,4,4,-2+3",
      "R3,side,no,6,,\"bell\u0007 and tab\t\"",
      "");

  private final Report odd = Reports.ofCsv("odd.csv", ODD);

  @Test
  void surveyTextThatLooksLikeAFormulaStaysText() {
    XSSFWorkbook book = Workbooks.read(Workbooks.write(odd, List.of()));
    XSSFSheet data = book.getSheet("Data");
    Row header = data.getRow(1);
    assertThat(header.getCell(1).getStringCellValue()).isEqualTo("respondent_id");
    Cell id = data.getRow(2).getCell(1);
    assertThat(id.getCellType()).isEqualTo(CellType.STRING);
    assertThat(id.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://example.org\")");
    assertThat(data.getRow(3).getCell(1).getStringCellValue()).isEqualTo("@SUM(A1)");
    int notes = header.getLastCellNum() - 1;
    assertThat(header.getCell(notes).getStringCellValue()).isEqualTo("notes");
    Cell plus = data.getRow(2).getCell(notes);
    assertThat(plus.getCellType()).isEqualTo(CellType.STRING);
    assertThat(plus.getStringCellValue()).isEqualTo("+1+2");
    // a control character XML cannot carry is replaced, a tab is kept
    assertThat(data.getRow(4).getCell(notes).getStringCellValue())
        .isEqualTo("bell\uFFFD and tab\t");
  }

  @Test
  void anUndefinedStatisticLeavesItsCellEmptyAndTheNotesSayWhy() {
    XSSFWorkbook book = Workbooks.read(Workbooks.write(odd, List.of()));
    XSSFSheet change = book.getSheet("Mattress change");
    Row header = change.getRow(2);
    Row row = change.getRow(3);
    assertThat(row.getCell(0).getStringCellValue()).isEqualTo("pain_morning");
    assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(1);
    int t = -1;
    for (Cell c : header) {
      if (c.getStringCellValue().equals("t")) {
        t = c.getColumnIndex();
      }
    }
    assertThat(row.getCell(t)).isNull();
    String notes = row.getCell(header.getLastCellNum() - 1).getStringCellValue();
    assertThat(notes).contains("t, ").contains(odd.analysis().paired().get(0).tTest().t().reason());
  }

  @Test
  void sectionsWithoutDataSaySoAndItsChartsAreLeftOut() {
    XSSFWorkbook book = Workbooks.read(Workbooks.write(odd, List.of()));
    assertThat(book.getSheet("Mattress age").getRow(0).getCell(0).getStringCellValue())
        .contains("no mattress_age_years column");
    assertThat(book.getSheet("Red flags").getRow(0).getCell(0).getStringCellValue())
        .contains("no red-flag");
    List<ReportChart> charts = ReportCharts.of(odd);
    assertThat(charts).extracting(ReportChart::name)
        .containsExactly("change-pain_morning", "responders", "by-position-pain_morning_pre");
  }

  @Test
  void stylesDoNotGrowWithTheSurvey() {
    XSSFWorkbook small = Workbooks.read(Workbooks.write(odd, List.of()));
    XSSFWorkbook large = Workbooks.read(Workbooks.write(Reports.sample(), List.of()));
    assertThat(small.getNumCellStyles()).isEqualTo(large.getNumCellStyles());
  }

  @Test
  void dataBeyondTheRowLimitIsLeftOutAndTheTitleSaysHowMuch() {
    Report sample = Reports.sample();
    XSSFWorkbook book = Workbooks.read(Workbooks.writeSheets(sample,
        List.of(new DataSheet(5))));
    XSSFSheet data = book.getSheet("Data");
    // a sheet of 5 rows: title, header and the first 3 respondents
    assertThat(data.getLastRowNum()).isEqualTo(4);
    assertThat(data.getRow(0).getCell(0).getStringCellValue())
        .isEqualTo("Data: the first 3 of 395 accepted respondents; 392 left out because Excel"
            + " holds 1,048,576 rows per sheet (the statistics use them all, and the survey"
            + " file has them all)");
    assertThat(data.getRow(4).getCell(0).getNumericCellValue())
        .isEqualTo(sample.survey().sourceLine(2));
    // the line, then the 29 columns of the built-in codebook: A to AD
    assertThat(data.getCTWorksheet().getDimension().getRef()).isEqualTo("A1:AD5");
    assertThat(data.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A2:AD5");
  }

  @Test
  void redFlagsBeyondTheRowLimitAreLeftOutAndTheNoteSaysHowMany() {
    Report sample = Reports.sample();
    int flags = sample.analysis().redFlags().flags().size();
    // title, note, header, 4 respondents, blank, title, header, one row per flag
    XSSFWorkbook book = Workbooks.read(Workbooks.writeSheets(sample,
        List.of(new RedFlagsSheet(10 + flags))));
    XSSFSheet s = book.getSheet("Red flags");
    assertThat(s.getRow(1).getCell(0).getStringCellValue()).endsWith("Only the first 4 fit"
        + " (Excel holds 1,048,576 rows per sheet); 33 more are in sleepstat analyze --json.");
    for (int i = 0; i < 4; i++) {
      assertThat(s.getRow(3 + i).getCell(0).getStringCellValue())
          .isEqualTo(sample.analysis().redFlags().flagged().get(i).id());
    }
    assertThat((Object) s.getRow(7)).isNull();
    assertThat(s.getRow(8).getCell(0).getStringCellValue()).isEqualTo("Respondents per red flag");
    assertThat(s.getRow(10 + flags - 1).getCell(2).getNumericCellValue())
        .isEqualTo(sample.analysis().redFlags().flags().get(flags - 1).yes());
    assertThat(s.getLastRowNum()).isEqualTo(10 + flags - 1);
    assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A3:I7");
  }

  /** Free text as a survey may hold it: spaces at the ends, markup, line breaks, emoji. */
  private static final String TEXT = String.join("\n",
      "respondent_id,sleep_position,bmi,notes,mattress_age_years",
      "R1,side,,\"<b>&amp;</b> \"\"quoted\"\"  \",4.5",
      "R2,back,22.5,\"two\nlines\tand a tab\",",
      "R3,stomach,,\" \uD83D\uDE34 sleepy; caf\u00E9 \u2013 \u00FC\",12",
      "");

  @Test
  void theDataSheetKeepsSurveyTextAsItIsAndPutsCellsAfterAMissingOneInTheirColumn() {
    Report text = Reports.ofCsv("text.csv", TEXT);
    XSSFSheet data = Workbooks.read(Workbooks.write(text, List.of())).getSheet("Data");
    List<String> headers = Workbooks.headers(data.getRow(1));
    int id = headers.indexOf("respondent_id");
    int notes = headers.indexOf("notes");
    int age = headers.indexOf("mattress_age_years");
    int bmi = headers.indexOf("bmi");
    assertThat(data.getRow(2).getCell(id).getStringCellValue()).isEqualTo("R1");
    assertThat(data.getRow(2).getCell(bmi)).isNull();
    assertThat(data.getRow(2).getCell(notes).getStringCellValue())
        .isEqualTo(text.survey().column("notes").orElseThrow().text(0))
        .startsWith("<b>&amp;</b> \"quoted\"");
    assertThat(data.getRow(2).getCell(age).getNumericCellValue()).isEqualTo(4.5);
    assertThat(data.getRow(3).getCell(bmi).getNumericCellValue()).isEqualTo(22.5);
    assertThat(data.getRow(3).getCell(notes).getStringCellValue())
        .isEqualTo("two\nlines\tand a tab");
    assertThat(data.getRow(3).getCell(age)).isNull();
    assertThat(data.getRow(4).getCell(bmi)).isNull();
    assertThat(data.getRow(4).getCell(notes).getStringCellValue())
        .isEqualTo(text.survey().column("notes").orElseThrow().text(2))
        .contains("\uD83D\uDE34 sleepy; caf\u00E9 \u2013 \u00FC");
    assertThat(data.getRow(4).getCell(age).getNumericCellValue()).isEqualTo(12);
  }

  @Test
  void problemsBeyondTheRowLimitAreLeftOutAndTheNoteSaysHowMany() {
    ReportSheet cut = new ReportSheet() {
      @Override
      public String name() {
        return ValidationSheet.NAME;
      }

      @Override
      public boolean streamed() {
        return true;
      }

      @Override
      public void write(SheetWriter w, Report report) {
        new ValidationSheet().write(w, report.imported(), 9);
      }
    };
    XSSFWorkbook book = Workbooks.read(Workbooks.writeSheets(Reports.sample(), List.of(cut)));
    XSSFSheet s = book.getSheet("Validation");
    assertThat(s.getRow(1).getCell(0).getStringCellValue())
        .startsWith("Only the first 3 problems and 0 rejected rows fit");
    assertThat(s.getLastRowNum()).isLessThan(9);
  }
}
