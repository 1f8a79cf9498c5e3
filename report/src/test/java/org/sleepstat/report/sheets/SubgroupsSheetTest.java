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
import org.sleepstat.analysis.SubgroupResult;
import org.sleepstat.report.Report;
import org.sleepstat.report.Reports;

/** The Subgroups sheet of the bundled sample: one row per level, one interaction row each. */
class SubgroupsSheetTest {
  private static Report report;
  private static XSSFSheet sheet;
  private static Row header;

  @BeforeAll
  static void writeTheSampleWorkbook() {
    report = Reports.sample();
    XSSFWorkbook book = Workbooks.read(Workbooks.write(report, List.of()));
    sheet = book.getSheet(SubgroupsSheet.NAME);
    header = headerUnder(sheet, "Subgroups:");
  }

  @Test
  void comesRightAfterTheMattressChangeSheetInNineNarrowColumns() {
    XSSFWorkbook book = sheet.getWorkbook();
    assertThat(book.getSheetIndex(sheet)).isEqualTo(book.getSheetIndex(PairedSheet.NAME) + 1);
    assertThat(headers(header)).containsExactly("Outcome", "Subgroup", "Level", "n",
        "n treated", "Difference", "95% CI", "p", "Notes");
    int expected = report.analysis().subgroups().stream()
        .mapToInt(r -> r.levels().size() + 1).sum();
    assertThat(rowsBelow(header)).isEqualTo(expected).isGreaterThan(20);
  }

  @Test
  void saysSeparateFitsAgainstCommonSlopeAndExploratory() {
    assertThat(text(sheet.getRow(1), 0)).isEqualTo(SubgroupsSheet.SEPARATE_FITS)
        .contains("own fit", "common slope");
    assertThat(text(sheet.getRow(2), 0)).contains("exploratory");
  }

  @Test
  void aLevelRowHoldsItsDifferenceIntervalAndP() {
    SubgroupResult position = report.analysis().subgroups().get(0);
    SubgroupResult.Level side = position.levels().get(0);
    Row row = rowBelow(header, r -> text(r, 1).equals(position.subgroup())
        && text(r, 2).equals(side.level()));
    assertThat(text(row, 0)).isEqualTo(report.text().title(position.outcome()));
    assertThat(number(header, row, "n")).isEqualTo(side.n());
    assertThat(number(header, row, "n treated")).isEqualTo(side.nTreated());
    assertThat(number(header, row, "Difference"))
        .isEqualTo(side.difference().value().getAsDouble());
    assertThat(number(header, row, "p")).isEqualTo(side.p().getAsDouble());
    assertThat(text(row, 6)).contains(" to ");
  }

  @Test
  void eachSubgroupEndsWithItsExploratoryInteractionRow() {
    SubgroupResult position = report.analysis().subgroups().get(0);
    Row row = rowBelow(header, r -> text(r, 1).equals(position.subgroup())
        && text(r, 2).equals(SubgroupsSheet.INTERACTION));
    assertThat(SubgroupsSheet.INTERACTION).contains("exploratory");
    assertThat(number(header, row, "p"))
        .isEqualTo(position.interaction().p().getAsDouble());
    assertThat(number(header, row, "n")).isEqualTo(position.n());
    assertThat(text(row, 6)).startsWith("F(");
  }
}
