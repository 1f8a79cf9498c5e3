package org.sleepstat.report.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sleepstat.report.sheets.Workbooks.cell;
import static org.sleepstat.report.sheets.Workbooks.headerUnder;
import static org.sleepstat.report.sheets.Workbooks.headers;
import static org.sleepstat.report.sheets.Workbooks.number;
import static org.sleepstat.report.sheets.Workbooks.rowBelow;
import static org.sleepstat.report.sheets.Workbooks.rowsBelow;
import static org.sleepstat.report.sheets.Workbooks.text;

import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sleepstat.analysis.AgeBand;
import org.sleepstat.analysis.AgeBandResult;
import org.sleepstat.analysis.AnalysisResult;
import org.sleepstat.analysis.ArmComparisonResult;
import org.sleepstat.analysis.PairedResult;
import org.sleepstat.analysis.PairwiseComparison;
import org.sleepstat.analysis.PositionGroup;
import org.sleepstat.analysis.PositionResult;
import org.sleepstat.analysis.RegressionCoefficient;
import org.sleepstat.analysis.RegressionResult;
import org.sleepstat.analysis.TestFamily;
import org.sleepstat.report.Report;
import org.sleepstat.report.Reports;

/**
 * The tables of the Mattress change, Sleep position and Mattress age sheets of the bundled
 * sample's workbook, read back with POI: every expected number is the analysis's own value.
 */
class ResultTablesTest {
  private static Report report;
  private static AnalysisResult analysis;
  private static XSSFWorkbook book;

  @BeforeAll
  static void writeTheSampleWorkbook() {
    report = Reports.sample();
    analysis = report.analysis();
    book = Workbooks.read(Workbooks.write(report, List.of()));
  }

  private static Row outcomeRow(Row header, String outcome) {
    return rowBelow(header, r -> text(r, 0).equals(outcome));
  }

  @Test
  void theChangeTableHoldsHodgesLehmannTheDzIntervalPercentChangeAndThe30PercentRule() {
    XSSFSheet s = book.getSheet(PairedSheet.NAME);
    Row header = headerUnder(s, "Change after a mattress change");
    assertThat(headers(header)).containsSubsequence("Cohen's dz", "dz 95% CI low",
        "dz 95% CI high", "Change (% of mean before)", "Responder rule", "30% responder rule",
        "30% responders", "Zero baselines", "30% responder rate",
        "30% rule: Wilson 95% CI low", "30% rule: Wilson 95% CI high", "Notes");
    for (PairedResult p : analysis.paired()) {
      Row row = outcomeRow(header, p.outcome());
      assertThat(number(header, row, "Hodges-Lehmann estimate"))
          .isEqualTo(p.hodgesLehmann().estimate().value().getAsDouble());
      assertThat(number(header, row, "Hodges-Lehmann CI low"))
          .isEqualTo(p.hodgesLehmann().estimate().ciLow().getAsDouble());
      assertThat(number(header, row, "Hodges-Lehmann CI high"))
          .isEqualTo(p.hodgesLehmann().estimate().ciHigh().getAsDouble());
      assertThat(number(header, row, "Hodges-Lehmann CI level"))
          .isEqualTo(p.hodgesLehmann().confidence().getAsDouble());
      assertThat(number(header, row, "dz 95% CI low")).isEqualTo(p.dz().ciLow().getAsDouble());
      assertThat(number(header, row, "dz 95% CI high")).isEqualTo(p.dz().ciHigh().getAsDouble());
      // a percentage is kept as a share, so that Excel's percent format shows it
      assertThat(number(header, row, "Change (% of mean before)") * 100)
          .isCloseTo(p.means().percentChange().getAsDouble(), within(1e-12));
      assertThat(text(row, Workbooks.column(header, "30% responder rule")))
          .isEqualTo(p.relative().rule());
      assertThat(number(header, row, "30% responders")).isEqualTo(p.relative().count());
      assertThat(number(header, row, "Zero baselines")).isEqualTo(p.zeroBaselines());
      assertThat(number(header, row, "30% responder rate"))
          .isEqualTo(p.relative().rate().value().getAsDouble());
      assertThat(number(header, row, "30% rule: Wilson 95% CI low"))
          .isEqualTo(p.relative().rate().ciLow().getAsDouble());
      assertThat(number(header, row, "30% rule: Wilson 95% CI high"))
          .isEqualTo(p.relative().rate().ciHigh().getAsDouble());
    }
    Row morning = outcomeRow(header, "pain_morning");
    DataFormatter shown = new DataFormatter();
    assertThat(shown.formatCellValue(cell(header, morning, "Hodges-Lehmann CI level")))
        .isEqualTo("95.0%");
    assertThat(shown.formatCellValue(cell(header, morning, "Change (% of mean before)")))
        .isEqualTo("-40.3%");
  }

  @Test
  void changedVsNotChangedHasTheAncovaAndWelchComparisonPerOutcome() {
    XSSFSheet s = book.getSheet(PairedSheet.NAME);
    assertThat(Workbooks.rowStartingWith(s, "Changed vs not changed").getCell(0)
        .getStringCellValue()).contains("n = 344 respondents");
    Row header = headerUnder(s, "Changed vs not changed");
    assertThat(headers(header)).containsSubsequence("Outcome", "n", "Changed: n",
        "Changed: mean change", "Not changed: n", "Not changed: mean change",
        "ANCOVA difference", "ANCOVA SE", "ANCOVA t", "ANCOVA df", "p (ANCOVA)",
        "ANCOVA 95% CI low", "ANCOVA 95% CI high", "ANCOVA R²", "ANCOVA model",
        "Welch difference", "Welch t", "Welch df", "p (Welch)", "Welch 95% CI low",
        "Welch 95% CI high", "Notes");
    assertThat(rowsBelow(header)).isEqualTo(analysis.armComparison().size());
    for (ArmComparisonResult a : analysis.armComparison()) {
      Row row = outcomeRow(header, a.outcome());
      assertThat(number(header, row, "n")).isEqualTo(a.n());
      assertThat(number(header, row, "Changed: n")).isEqualTo(a.changed().n());
      assertThat(number(header, row, "Changed: mean change"))
          .isEqualTo(a.changed().meanChange().getAsDouble());
      assertThat(number(header, row, "Not changed: n")).isEqualTo(a.unchanged().n());
      assertThat(number(header, row, "Not changed: mean change"))
          .isEqualTo(a.unchanged().meanChange().getAsDouble());
      assertThat(number(header, row, "ANCOVA difference"))
          .isEqualTo(a.ancova().difference().value().getAsDouble());
      assertThat(number(header, row, "ANCOVA SE")).isEqualTo(a.ancova().se().getAsDouble());
      assertThat(number(header, row, "ANCOVA t")).isEqualTo(a.ancova().t().getAsDouble());
      assertThat(number(header, row, "ANCOVA df")).isEqualTo(a.ancova().df().getAsDouble());
      assertThat(number(header, row, "p (ANCOVA)")).isEqualTo(a.ancova().p().getAsDouble());
      assertThat(number(header, row, "ANCOVA 95% CI low"))
          .isEqualTo(a.ancova().difference().ciLow().getAsDouble());
      assertThat(number(header, row, "ANCOVA R²")).isEqualTo(a.ancova().rSquared().getAsDouble());
      assertThat(number(header, row, "Holm p (ANCOVA)")).isEqualTo(report.adjusted(
          TestFamily.ANCOVA, a.outcome()).orElseThrow().holm().getAsDouble());
      assertThat(text(row, Workbooks.column(header, "ANCOVA model")))
          .isEqualTo(a.ancova().method());
      assertThat(number(header, row, "Welch difference"))
          .isEqualTo(a.welch().difference().value().getAsDouble());
      assertThat(number(header, row, "Welch df")).isEqualTo(a.welch().df().getAsDouble());
      assertThat(number(header, row, "p (Welch)")).isEqualTo(a.welch().p().getAsDouble());
      assertThat(number(header, row, "Welch 95% CI high"))
          .isEqualTo(a.welch().difference().ciHigh().getAsDouble());
      assertThat(number(header, row, "BH p (Welch)")).isEqualTo(report.adjusted(
          TestFamily.WELCH_CHANGE, a.outcome()).orElseThrow().bh().getAsDouble());
    }
    Row morning = outcomeRow(header, "pain_morning");
    assertThat(cell(header, morning, "p (ANCOVA)").getCellStyle().getDataFormatString())
        .isEqualTo(Workbooks.P_FORMAT);
    assertThat(new DataFormatter().formatCellValue(cell(header, morning, "p (ANCOVA)")))
        .isEqualTo("<0.001");
  }

  @Test
  void epsilonSquaredStandsBesideEtaSquared() {
    XSSFSheet s = book.getSheet(PositionSheet.NAME);
    Row header = headerUnder(s, "Baseline outcomes by sleep position");
    List<String> names = headers(header);
    assertThat(names.indexOf("Epsilon squared")).isEqualTo(names.indexOf("Eta squared") + 1);
    for (PositionResult r : analysis.byPosition()) {
      Row row = outcomeRow(header, r.outcome());
      assertThat(number(header, row, "Epsilon squared"))
          .isEqualTo(r.effectSizes().epsilonSquared().getAsDouble());
    }
  }

  @Test
  void positionQuartilesAreTheAnalysisQuartiles() {
    XSSFSheet s = book.getSheet(PositionSheet.NAME);
    Row header = headerUnder(s, "Positions:");
    assertThat(headers(header)).containsSubsequence("Median", "Q1", "Q3", "IQR",
        "Lower whisker");
    for (PositionResult r : analysis.byPosition()) {
      for (PositionGroup g : r.groups()) {
        Row row = rowBelow(header, x -> text(x, 0).equals(r.outcome())
            && text(x, 1).equals(g.position()));
        assertThat(number(header, row, "Q1")).isEqualTo(g.q1());
        assertThat(number(header, row, "Q3")).isEqualTo(g.q3());
        assertThat(number(header, row, "IQR")).isEqualTo(g.iqr().getAsDouble());
        assertThat(number(header, row, "Median")).isEqualTo(g.median());
      }
    }
  }

  @Test
  void everyPairOfPositionsIsComparedByGamesHowellAndDunn() {
    XSSFSheet s = book.getSheet(PositionSheet.NAME);
    Row header = headerUnder(s, "Pairwise comparisons");
    assertThat(headers(header)).containsExactly("Outcome", "Position 1", "Position 2", "n1",
        "n2", "Mean difference", "Games-Howell SE", "Games-Howell t", "Games-Howell df",
        "p (Games-Howell)", "Games-Howell 95% CI low", "Games-Howell 95% CI high",
        "Mean rank difference", "Dunn SE", "Dunn z", "p (Dunn)", "Holm p (Dunn)", "Notes");
    assertThat(rowsBelow(header)).isEqualTo(
        analysis.byPosition().stream().mapToInt(r -> r.pairwise().size()).sum()).isEqualTo(18);
    for (PositionResult r : analysis.byPosition()) {
      for (PairwiseComparison c : r.pairwise()) {
        Row row = rowBelow(header, x -> text(x, 0).equals(r.outcome())
            && text(x, 1).equals(c.group1()) && text(x, 2).equals(c.group2()));
        assertThat(number(header, row, "n1")).isEqualTo(c.n1());
        assertThat(number(header, row, "n2")).isEqualTo(c.n2());
        assertThat(number(header, row, "Mean difference"))
            .isEqualTo(c.gamesHowell().difference().value().getAsDouble());
        assertThat(number(header, row, "Games-Howell SE"))
            .isEqualTo(c.gamesHowell().se().getAsDouble());
        assertThat(number(header, row, "Games-Howell t"))
            .isEqualTo(c.gamesHowell().t().getAsDouble());
        assertThat(number(header, row, "Games-Howell df"))
            .isEqualTo(c.gamesHowell().df().getAsDouble());
        assertThat(number(header, row, "p (Games-Howell)"))
            .isEqualTo(c.gamesHowell().p().getAsDouble());
        assertThat(number(header, row, "Games-Howell 95% CI low"))
            .isEqualTo(c.gamesHowell().difference().ciLow().getAsDouble());
        assertThat(number(header, row, "Mean rank difference"))
            .isEqualTo(c.dunn().meanRankDifference());
        assertThat(number(header, row, "Dunn z")).isEqualTo(c.dunn().z().getAsDouble());
        assertThat(number(header, row, "p (Dunn)")).isEqualTo(c.dunn().p().getAsDouble());
        assertThat(number(header, row, "Holm p (Dunn)")).isEqualTo(c.dunn().pHolm().getAsDouble());
      }
    }
  }

  @Test
  void mattressAgeHasTheSpearmanIntervalTheBandsAndTheRegression() {
    XSSFSheet s = book.getSheet(MattressAgeSheet.NAME);
    Row correlations = headerUnder(s, "Baseline outcomes against mattress age");
    for (var m : analysis.mattressAge()) {
      Row row = outcomeRow(correlations, m.outcome());
      assertThat(number(correlations, row, "Spearman 95% CI low"))
          .isEqualTo(m.spearmanCiLow().getAsDouble());
      assertThat(number(correlations, row, "Spearman 95% CI high"))
          .isEqualTo(m.spearmanCiHigh().getAsDouble());
    }

    Row bands = headerUnder(s, "By mattress age band");
    assertThat(headers(bands)).containsExactly("Outcome", "Measure", "Band (years)", "n", "Mean",
        "SD", "Median", "Notes");
    assertThat(rowsBelow(bands)).isEqualTo(4 * analysis.ageBands().size());
    for (AgeBandResult r : analysis.ageBands()) {
      for (AgeBand b : r.bands()) {
        Row row = rowBelow(bands, x -> text(x, 0).equals(r.outcome())
            && text(x, 2).equals(b.band()));
        assertThat(number(bands, row, "n")).isEqualTo(b.n());
        assertThat(number(bands, row, "Mean")).isEqualTo(b.mean().getAsDouble());
        assertThat(number(bands, row, "SD")).isEqualTo(b.sd().getAsDouble());
        assertThat(number(bands, row, "Median")).isEqualTo(b.median().getAsDouble());
      }
    }

    Row models = headerUnder(s, "Regression of each baseline outcome");
    assertThat(headers(models)).containsExactly("Outcome", "Formula", "n",
        "Dropped (covariate missing)", "R²", "Adjusted R²", "Residual SE", "F", "F df1",
        "F df2", "p (F)", "Notes");
    Row terms = headerUnder(s, "Regression coefficients");
    assertThat(headers(terms)).containsExactly("Outcome", "Term", "Estimate", "SE", "t", "p",
        "95% CI low", "95% CI high", "Notes");
    for (RegressionResult m : analysis.regression()) {
      Row row = outcomeRow(models, m.outcome());
      assertThat(text(row, 1)).isEqualTo(m.formula());
      assertThat(number(models, row, "n")).isEqualTo(m.n());
      assertThat(number(models, row, "Dropped (covariate missing)"))
          .isEqualTo(m.droppedMissing());
      assertThat(number(models, row, "R²")).isEqualTo(m.fit().rSquared().getAsDouble());
      assertThat(number(models, row, "Adjusted R²"))
          .isEqualTo(m.fit().adjustedRSquared().getAsDouble());
      assertThat(number(models, row, "F")).isEqualTo(m.fit().f().getAsDouble());
      assertThat(number(models, row, "F df1")).isEqualTo(m.fit().fDf1().getAsDouble());
      assertThat(number(models, row, "F df2")).isEqualTo(m.fit().fDf2().getAsDouble());
      assertThat(number(models, row, "p (F)")).isEqualTo(m.fit().p().getAsDouble());
      for (RegressionCoefficient c : m.coefficients()) {
        Row term = rowBelow(terms, x -> text(x, 0).equals(m.outcome())
            && text(x, 1).equals(c.term()));
        assertThat(number(terms, term, "Estimate")).isEqualTo(c.estimate().getAsDouble());
        assertThat(number(terms, term, "SE")).isEqualTo(c.standardError().getAsDouble());
        assertThat(number(terms, term, "t")).isEqualTo(c.t().getAsDouble());
        assertThat(number(terms, term, "p")).isEqualTo(c.p().getAsDouble());
        assertThat(number(terms, term, "95% CI low")).isEqualTo(c.ciLow().getAsDouble());
        assertThat(number(terms, term, "95% CI high")).isEqualTo(c.ciHigh().getAsDouble());
      }
    }
    assertThat(rowsBelow(terms)).isEqualTo(
        analysis.regression().stream().mapToInt(m -> m.coefficients().size()).sum());
    assertThat(text(outcomeRow(models, "pain_morning_pre"), 1))
        .isEqualTo("pain_morning_pre ~ mattress_age_years + sleep_position + mattress_firmness"
            + " + age_years + bmi + exercise_days_week");
  }
}
