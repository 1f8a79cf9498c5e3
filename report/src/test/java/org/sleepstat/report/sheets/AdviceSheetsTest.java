package org.sleepstat.report.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sleepstat.report.sheets.Workbooks.headerUnder;
import static org.sleepstat.report.sheets.Workbooks.headers;
import static org.sleepstat.report.sheets.Workbooks.number;
import static org.sleepstat.report.sheets.Workbooks.rowBelow;
import static org.sleepstat.report.sheets.Workbooks.rowsBelow;
import static org.sleepstat.report.sheets.Workbooks.text;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sleepstat.analysis.FirmnessBaseline;
import org.sleepstat.analysis.FirmnessChange;
import org.sleepstat.analysis.PropComparison;
import org.sleepstat.core.generate.SurveyGenerator;
import org.sleepstat.report.Report;
import org.sleepstat.report.Reports;

/** The Props and Firmness sheets of a generated survey: after Results, narrow, the numbers. */
class AdviceSheetsTest {
  private static Report report;
  private static XSSFWorkbook book;

  @BeforeAll
  static void writeAGeneratedWorkbook() throws IOException {
    StringWriter csv = new StringWriter();
    SurveyGenerator.withSeed(14).write(300, csv);
    report = Reports.ofCsv("generated.csv", csv.toString());
    book = Workbooks.read(Workbooks.write(report, List.of()));
  }

  @Test
  void propsAndFirmnessFollowResults() {
    int results = book.getSheetIndex(ResultsSheet.NAME);
    assertThat(book.getSheetIndex(PropsSheet.NAME)).isEqualTo(results + 1);
    assertThat(book.getSheetIndex(FirmnessSheet.NAME)).isEqualTo(results + 2);
  }

  @Test
  void thePropsSheetHasOneRowPerComparisonInTwelveColumns() {
    Row header = headerUnder(book.getSheet(PropsSheet.NAME), "Props by position");
    assertThat(headers(header)).startsWith("Position", "Prop", "Measure", "Compared", "n with",
        "n without", "Difference", "95% CI low", "95% CI high", "p (Welch)", "Shift (HL)",
        "p (rank-sum)");
    long comparisons = report.analysis().props().stream()
        .mapToLong(p -> p.baseline().size() + p.change().size()).sum();
    assertThat(rowsBelow(header)).isEqualTo((int) comparisons).isEqualTo(24);
    PropComparison side = report.analysis().props().get(0).baseline().get(0);
    Row row = rowBelow(header, r -> text(r, 1).equals("pillow_between_knees")
        && text(r, 3).equals("before") && text(r, 2).equals("Back pain on waking"));
    assertThat(number(header, row, "Difference"))
        .isEqualTo(side.welch().difference().getAsDouble());
    assertThat(number(header, row, "p (rank-sum)")).isEqualTo(side.rankSum().p().getAsDouble());
  }

  @Test
  void theFirmnessSheetHoldsTheLevelsTheTrendAndTheNewFirmness() {
    FirmnessBaseline b = report.analysis().firmness().baseline().get(0);
    Row levels = headerUnder(book.getSheet(FirmnessSheet.NAME), "Baseline outcomes by");
    assertThat(headers(levels)).startsWith("Measure", "Level", "n", "Mean", "SD", "Median");
    Row across = headerUnder(book.getSheet(FirmnessSheet.NAME), "Across the levels");
    Row first = rowBelow(across, r -> text(r, 0).equals("Back pain on waking"));
    assertThat(number(across, first, "Trend per level"))
        .isEqualTo(b.trend().estimate().getAsDouble());
    FirmnessChange c = report.analysis().firmness().change().get(0);
    Row after = headerUnder(book.getSheet(FirmnessSheet.NAME), "After a new mattress");
    Row advised = rowBelow(after, r -> text(r, 0).equals("Back pain on waking")
        && text(r, 1).equals("medium_firm − rest"));
    assertThat(number(after, advised, "Difference"))
        .isEqualTo(c.advised().estimate().getAsDouble());
  }
}
