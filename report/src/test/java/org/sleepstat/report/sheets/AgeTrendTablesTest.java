package org.sleepstat.report.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sleepstat.report.sheets.Workbooks.cell;
import static org.sleepstat.report.sheets.Workbooks.headerUnder;
import static org.sleepstat.report.sheets.Workbooks.headers;
import static org.sleepstat.report.sheets.Workbooks.number;
import static org.sleepstat.report.sheets.Workbooks.rowBelow;
import static org.sleepstat.report.sheets.Workbooks.rowsBelow;
import static org.sleepstat.report.sheets.Workbooks.text;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.sleepstat.analysis.AgeBandResult;
import org.sleepstat.analysis.AgeBandShares;
import org.sleepstat.analysis.AgeBandTrend;
import org.sleepstat.report.Report;
import org.sleepstat.report.Reports;

/**
 * The trend tables of the Mattress age sheet, read back with POI: the linear trend per outcome
 * and the primary outcome's share at or above its threshold with the Cochran–Armitage test; every
 * expected number is the analysis's own (which AgeTrendReferenceTest checks against R).
 */
class AgeTrendTablesTest {
  private static XSSFSheet sheet(Report report) {
    return Workbooks.read(Workbooks.write(report, List.of())).getSheet(MattressAgeSheet.NAME);
  }

  @Test
  void theSampleSheetHasTheTrendPerOutcomeAndTheSharesWithTheirTest() {
    Report report = Reports.sample();
    XSSFSheet s = sheet(report);
    assertThat(text(Workbooks.rowStartingWith(s, "By mattress age band"), 0))
        .contains("cut(age, c(0, 6, 8, 10, Inf), right = FALSE)");

    Row trend = headerUnder(s, "Linear trend across the bands");
    assertThat(headers(trend)).containsExactly("Outcome", "Measure", "n", "Bands",
        "Slope per band", "SE", "t", "df", "p", "95% CI low", "95% CI high", "Notes");
    List<AgeBandResult> results = report.analysis().ageBands();
    assertThat(rowsBelow(trend)).isEqualTo(results.size());
    for (AgeBandResult r : results) {
      AgeBandTrend t = r.trend();
      Row row = rowBelow(trend, x -> text(x, 0).equals(r.outcome()));
      assertThat(number(trend, row, "n")).isEqualTo(t.n());
      assertThat(number(trend, row, "Slope per band")).isEqualTo(t.slope().getAsDouble());
      assertThat(number(trend, row, "SE")).isEqualTo(t.se().getAsDouble());
      assertThat(number(trend, row, "df")).isEqualTo(t.df().getAsDouble());
      assertThat(number(trend, row, "p")).isEqualTo(t.p().getAsDouble());
      assertThat(number(trend, row, "95% CI high")).isEqualTo(t.ciHigh().getAsDouble());
    }

    AgeBandShares shares = results.get(0).highShare().orElseThrow();
    Row share = headerUnder(s, "Back pain on waking at or above 4");
    assertThat(headers(share)).containsExactly("Outcome", "Measure", "Band (years)", "n",
        "At or above", "Share", "95% CI low", "95% CI high", "Notes");
    assertThat(rowsBelow(share)).isEqualTo(4);
    for (AgeBandShares.Band b : shares.bands()) {
      Row row = rowBelow(share, x -> text(x, 2).equals(b.band()));
      assertThat(number(share, row, "At or above")).isEqualTo(b.x());
      assertThat(number(share, row, "n")).isEqualTo(b.n());
      assertThat(number(share, row, "Share")).isEqualTo(b.share().getAsDouble());
      assertThat(number(share, row, "95% CI low")).isEqualTo(b.ciLow().getAsDouble());
    }
    Row test = headerUnder(s, "Back pain on waking at or above 4");
    test = s.getRow(test.getRowNum() + rowsBelow(test) + 2);
    assertThat(headers(test)).containsExactly("Outcome", "Measure", "Trend test", "Chi-squared",
        "df", "p", "Notes");
    Row values = s.getRow(test.getRowNum() + 1);
    assertThat(text(values, 0)).isEqualTo("pain_morning_pre");
    assertThat(text(values, 2)).isEqualTo("Cochran–Armitage");
    assertThat(number(test, values, "Chi-squared")).isEqualTo(shares.chiSquared().getAsDouble());
    assertThat(number(test, values, "p")).isEqualTo(shares.p().getAsDouble());
  }

  @Test
  void anUndefinedTrendLeavesItsCellsEmptyAndTheNotesSayWhy() {
    // pain_night_pre only in band [0,6); [6,8) has nobody
    Report report = Reports.ofCsv("ages.csv", "respondent_id,sleep_position,"
        + "mattress_age_years,pain_morning_pre,pain_night_pre\n"
        + "A,side,1,2,3\nB,back,3,5,4\nC,side,9,6,\nD,back,12,4.5,\nE,side,15,7,\n");
    XSSFSheet s = sheet(report);
    Row trend = headerUnder(s, "Linear trend across the bands");
    Row night = rowBelow(trend, x -> text(x, 0).equals("pain_night_pre"));
    assertThat(cell(trend, night, "Slope per band")).isNull();
    assertThat(text(night, Workbooks.column(trend, "Notes"))).contains("1 band");
    Row share = headerUnder(s, "Back pain on waking at or above 4");
    Row empty = rowBelow(share, x -> text(x, 2).equals("[6,8)"));
    assertThat(number(share, empty, "n")).isZero();
    assertThat(cell(share, empty, "Share")).isNull();
    assertThat(text(empty, Workbooks.column(share, "Notes"))).contains("no respondents");
  }
}
