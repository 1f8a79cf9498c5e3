package org.sleepstat.report.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sleepstat.analysis.RepeatedResult;
import org.sleepstat.report.OverTimeReports;
import org.sleepstat.report.Report;
import org.sleepstat.report.Reports;
import org.sleepstat.stats.Stat;

class OverTimeSheetTest {
  private static final Report WAVES = OverTimeReports.waves();

  @Test
  void sheetFollowsTheMattressChangeSheetWhenTheSurveyHasThreeOrMoreWaves() throws Exception {
    try (XSSFWorkbook book = Workbooks.read(Workbooks.write(WAVES, List.of()))) {
      assertThat(book.getSheetIndex(OverTimeSheet.NAME))
          .isEqualTo(book.getSheetIndex(PairedSheet.NAME) + 1);
      Sheet sheet = book.getSheet(OverTimeSheet.NAME);
      assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
      assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
    }
  }

  @Test
  void workbookOfTwoWavesHasNoOverTimeSheetAndTheSameSheetsAsBefore() throws Exception {
    Report sample = Reports.sample();
    assertThat(sample.analysis().repeated()).isEmpty();
    List<String> names = new ArrayList<>();
    WorkbookWriter.sheets(List.of()).stream().filter(s -> !(s instanceof OverTimeSheet))
        .forEach(s -> names.add(s.name()));
    try (XSSFWorkbook book = Workbooks.read(Workbooks.write(sample, List.of()))) {
      List<String> written = new ArrayList<>();
      book.forEach(s -> written.add(s.getSheetName()));
      assertThat(written).doesNotContain(OverTimeSheet.NAME).isEqualTo(names);
    }
  }

  @Test
  void meansTableHoldsTheAnalysisNumbersAsNumericCells() throws Exception {
    RepeatedResult r = WAVES.analysis().repeated().get(0);
    assertThat(r.fitted()).isTrue();
    try (XSSFWorkbook book = Workbooks.read(Workbooks.write(WAVES, List.of()))) {
      Sheet sheet = book.getSheet(OverTimeSheet.NAME);
      List<Row> rows = tableAfter(sheet, r.outcome(), "Wave", 1, "Group");
      assertThat(rows).hasSize(r.means().size());
      for (int i = 0; i < rows.size(); i++) {
        RepeatedResult.Cell c = r.means().get(i);
        Row row = rows.get(i);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo(c.wave());
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo(c.group().orElseThrow());
        assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(c.n());
        assertEqual(row, 3, c.mean());
        assertEqual(row, 4, c.sd());
        assertEqual(row, 5, c.model().estimate());
        assertEqual(row, 6, c.model().se());
        assertEqual(row, 7, c.model().df());
        assertEqual(row, 10, c.model().ciLow());
        assertEqual(row, 11, c.model().ciHigh());
      }
    }
  }

  @Test
  void fixedEffectsFTestsAndContrastsHoldTheAnalysisNumbers() throws Exception {
    RepeatedResult r = WAVES.analysis().repeated().get(0);
    try (XSSFWorkbook book = Workbooks.read(Workbooks.write(WAVES, List.of()))) {
      Sheet sheet = book.getSheet(OverTimeSheet.NAME);
      List<Row> fixed = tableAfter(sheet, r.outcome(), "Term", 5, "Estimate");
      assertThat(fixed).hasSize(r.fixed().size());
      for (int i = 0; i < fixed.size(); i++) {
        RepeatedResult.Coefficient c = r.fixed().get(i);
        assertThat(fixed.get(i).getCell(0).getStringCellValue()).isEqualTo(c.term());
        assertEqual(fixed.get(i), 5, c.value().estimate());
        assertEqual(fixed.get(i), 6, c.value().se());
        assertEqual(fixed.get(i), 8, c.value().t());
        assertEqual(fixed.get(i), 9, c.value().p());
      }
      List<Row> anova = tableAfter(sheet, r.outcome(), "Term", 2, "df1");
      assertThat(anova).extracting(row -> row.getCell(0).getStringCellValue())
          .containsExactly("wave", "changed_mattress", "wave:changed_mattress");
      for (int i = 0; i < anova.size(); i++) {
        RepeatedResult.TermTest t = r.anova().get(i);
        assertThat(anova.get(i).getCell(2).getNumericCellValue()).isEqualTo(t.test().df1());
        assertEqual(anova.get(i), 5, t.test().f());
        assertEqual(anova.get(i), 7, t.test().df2());
        assertEqual(anova.get(i), 9, t.test().p());
      }
      List<Row> between = tableAfter(sheet, r.outcome(), "Wave", 1, "Contrast");
      List<Row> within = tableAfter(sheet, r.outcome(), "Group", 1, "Contrast");
      assertThat(between).hasSize(r.between().size());
      assertThat(within).hasSize(r.within().size());
      for (int i = 0; i < between.size(); i++) {
        RepeatedResult.Difference d = r.between().get(i);
        assertThat(between.get(i).getCell(1).getStringCellValue()).isEqualTo("yes - no");
        assertEqual(between.get(i), 5, d.value().estimate());
        assertEqual(between.get(i), 10, d.value().ciLow());
        assertEqual(between.get(i), 11, d.value().ciHigh());
      }
      for (int i = 0; i < within.size(); i++) {
        RepeatedResult.Difference d = r.within().get(i);
        assertThat(within.get(i).getCell(1).getStringCellValue()).isEqualTo(d.contrast());
        assertEqual(within.get(i), 5, d.value().estimate());
        assertEqual(within.get(i), 9, d.value().p());
      }
      assertThat(notes(sheet)).anyMatch(n -> n.contains(r.formula()))
          .anyMatch(n -> n.contains("anova(fit, type = 3, ddf = \"Satterthwaite\")"))
          .anyMatch(n -> n.contains("emmeans(fit, ~ changed_mattress | wave)"));
    }
  }

  private static void assertEqual(Row row, int column, Stat expected) {
    assertThat(row.getCell(column).getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(row.getCell(column).getNumericCellValue())
        .isCloseTo(expected.getAsDouble(), within(0.0));
  }

  /**
   * The value rows of the first table under the outcome's title whose header has {@code first}
   * in its first column and {@code name} in column {@code c}, up to the first row without a
   * number.
   */
  private static List<Row> tableAfter(Sheet sheet, String outcome, String first, int c,
      String name) {
    boolean inOutcome = false;
    List<Row> rows = new ArrayList<>();
    boolean in = false;
    for (int i = 0; i <= sheet.getLastRowNum(); i++) {
      Row row = sheet.getRow(i);
      if (row == null) {
        if (in) {
          break;
        }
        continue;
      }
      String a = Workbooks.text(row, 0);
      if (!inOutcome) {
        inOutcome = a.contains("(" + outcome + ")");
        continue;
      }
      if (!in) {
        in = a.equals(first) && Workbooks.text(row, c).equals(name);
        continue;
      }
      if (List.of(2, 5, 9).stream().noneMatch(k -> row.getCell(k) != null
          && row.getCell(k).getCellType() == CellType.NUMERIC)) {
        break;
      }
      rows.add(row);
    }
    return rows;
  }

  private static List<String> notes(Sheet sheet) {
    List<String> notes = new ArrayList<>();
    sheet.forEach(row -> notes.add(Workbooks.text(row, 0)));
    return notes;
  }
}
