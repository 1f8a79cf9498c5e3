package org.sleepstat.report.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sleepstat.report.sheets.Workbooks.headerUnder;
import static org.sleepstat.report.sheets.Workbooks.headers;
import static org.sleepstat.report.sheets.Workbooks.number;
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
import org.sleepstat.analysis.Multiplicity;
import org.sleepstat.analysis.PairedResult;
import org.sleepstat.analysis.TestFamily;
import org.sleepstat.report.Report;
import org.sleepstat.report.Reports;

/** The tidy Results sheet of the bundled sample: one row per estimate, the analysis' numbers. */
class ResultsSheetTest {
  private static Report report;
  private static AnalysisResult analysis;
  private static XSSFSheet sheet;
  private static Row header;

  @BeforeAll
  static void writeTheSampleWorkbook() {
    report = Reports.sample();
    analysis = report.analysis();
    XSSFWorkbook book = Workbooks.read(Workbooks.write(report, List.of()));
    sheet = book.getSheet(ResultsSheet.NAME);
    header = headerUnder(sheet, "Results:");
  }

  @Test
  void theResultsComeAfterTable1InTenColumnsThatFitAPrintedPage() {
    assertThat(sheet.getWorkbook().getSheetIndex(sheet)).isEqualTo(2);
    assertThat(headers(header)).containsExactly("Outcome", "Comparison", "Measure", "Estimate",
        "95% CI low", "95% CI high", "p", "Adjusted p (Holm)", "n", "Method");
    assertThat(rowsBelow(header)).isEqualTo(ResultRows.of(report).size()).isGreaterThan(30);
  }

  @Test
  void theMeanChangeRowHoldsTheTTestsEstimateIntervalAndHolmAdjustedP() {
    PairedResult p = analysis.paired().get(0);
    Row row = rowBelow(header, r -> text(r, 0).equals("Back pain on waking")
        && text(r, 2).equals("mean change"));
    assertThat(text(row, 1)).isEqualTo("after − before (changed_mattress = yes)");
    assertThat(number(header, row, "Estimate"))
        .isEqualTo(p.tTest().meanChange().value().getAsDouble());
    assertThat(number(header, row, "95% CI low"))
        .isEqualTo(p.tTest().meanChange().ciLow().getAsDouble());
    assertThat(number(header, row, "p")).isEqualTo(p.tTest().p().getAsDouble());
    double holm = analysis.multiplicity().families().stream()
        .filter(f -> f.test() == TestFamily.PAIRED_T).flatMap(f -> f.members().stream())
        .filter(a -> a.outcome().equals(p.outcome())).map(Multiplicity.Adjusted::holm)
        .findFirst().orElseThrow().getAsDouble();
    assertThat(number(header, row, "Adjusted p (Holm)")).isEqualTo(holm);
    assertThat(number(header, row, "n")).isEqualTo(p.n());
  }

  @Test
  void everyKindOfResultHasItsRows() {
    List<String> measures = ResultRows.of(report).stream().map(ResultRows::measure).toList();
    assertThat(measures).contains("mean change", "pseudo-median change (Hodges–Lehmann)",
        "Cohen's dz", "responders (change <= -2)", "difference", "difference in mean change",
        "eta²", "difference in means", "Pearson r", "Spearman rho", "odds ratio");
    assertThat(ResultRows.of(report)).filteredOn(r -> r.measure().equals("Pearson r"))
        .hasSize(analysis.mattressAge().size());
  }
}
