package org.sleepstat.report.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sleepstat.report.sheets.Workbooks.headerUnder;
import static org.sleepstat.report.sheets.Workbooks.headers;
import static org.sleepstat.report.sheets.Workbooks.rowBelow;
import static org.sleepstat.report.sheets.Workbooks.rowsBelow;
import static org.sleepstat.report.sheets.Workbooks.text;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sleepstat.analysis.AnalysisResult;
import org.sleepstat.analysis.PairedResult;
import org.sleepstat.analysis.SensitivityResult;
import org.sleepstat.analysis.TimeSinceChangeResult;
import org.sleepstat.report.Report;
import org.sleepstat.report.Reports;

/** The Time since change and Sensitivity sheets of the bundled sample's workbook. */
class TimeAndSensitivitySheetsTest {
  private static AnalysisResult analysis;
  private static XSSFWorkbook book;

  @BeforeAll
  static void writeTheSampleWorkbook() {
    Report report = Reports.sample();
    analysis = report.analysis();
    book = Workbooks.read(Workbooks.write(report, List.of()));
  }

  @Test
  void bothSheetsFollowTheMattressChangeSheet() {
    int paired = book.getSheetIndex(PairedSheet.NAME);
    assertThat(book.getSheetIndex(SubgroupsSheet.NAME)).isEqualTo(paired + 1);
    assertThat(book.getSheetIndex(SensitivitySheet.NAME)).isEqualTo(paired + 2);
    assertThat(book.getSheetIndex(TimeSinceChangeSheet.NAME)).isEqualTo(paired + 3);
  }

  @Test
  void timeSheetShowsTheSlopeAndEveryBandOfEveryOutcome() {
    XSSFSheet sheet = book.getSheet(TimeSinceChangeSheet.NAME);
    Row header = headerUnder(sheet, "Change (after − before) against weeks_since_change");
    assertThat(headers(header)).containsExactly("Measure", "n", "Change per week", "95% CI low",
        "95% CI high", "p (slope)", "Spearman rho", "p (Spearman)", "Notes");
    TimeSinceChangeResult.Outcome first = analysis.timeSinceChange().outcomes().get(0);
    Row row = rowBelow(header, r -> text(r, 0).equals("Back pain on waking"));
    assertThat(Workbooks.number(header, row, "Change per week"))
        .isEqualTo(first.slope().slope().value().getAsDouble());
    Row bands = headerUnder(sheet, "Change by band of weeks_since_change");
    assertThat(rowsBelow(bands)).isEqualTo(3 * analysis.timeSinceChange().outcomes().size());
    assertThat(sheet.getRow(bands.getRowNum() + 3).getCell(1).getStringCellValue())
        .isEqualTo("[12,Inf)");
  }

  @Test
  void sensitivitySheetPutsTheMainResultBesideBothSubsets() {
    XSSFSheet sheet = book.getSheet(SensitivitySheet.NAME);
    Row parts = headerUnder(sheet, "Sensitivity:");
    assertThat(List.of(1, 2, 3)).extracting(k -> text(sheet.getRow(parts.getRowNum() + k), 0))
        .containsExactly("Main (every respondent)", "Without red flags", "Persistent pain only");
    assertThat(text(sheet.getRow(parts.getRowNum() + 5), 0)).startsWith("Without red flags: no"
        + " red flag answered yes (rf_leg_numbness");
    Row header = headerUnder(sheet, "Mean change after − before");
    Row groups = sheet.getRow(header.getRowNum() - 1);
    assertThat(text(groups, 1)).isEqualTo("Main (every respondent)");
    assertThat(text(groups, 6)).isEqualTo("Without red flags");
    assertThat(text(groups, 11)).isEqualTo("Persistent pain only");
    assertThat(headers(header)).hasSize(17).startsWith("Measure", "n", "Estimate", "95% CI low",
        "95% CI high", "p", "n");
    PairedResult main = analysis.paired().get(0);
    Row row = rowBelow(header, r -> text(r, 0).equals("Back pain on waking"));
    assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(main.n());
    assertThat(row.getCell(2).getNumericCellValue())
        .isEqualTo(main.tTest().meanChange().value().getAsDouble());
    SensitivityResult.Repeat persistent = analysis.sensitivity().outcomes().get(0)
        .of(SensitivityResult.Kind.PERSISTENT_ONLY).orElseThrow();
    assertThat(row.getCell(11).getNumericCellValue()).isEqualTo(persistent.paired().n())
        .isLessThan(main.n());
  }
}
