package org.sleepstat.report.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sleepstat.report.sheets.Workbooks.cell;
import static org.sleepstat.report.sheets.Workbooks.headerUnder;
import static org.sleepstat.report.sheets.Workbooks.headers;
import static org.sleepstat.report.sheets.Workbooks.notes;
import static org.sleepstat.report.sheets.Workbooks.number;
import static org.sleepstat.report.sheets.Workbooks.rowBelow;
import static org.sleepstat.report.sheets.Workbooks.rowStartingWith;
import static org.sleepstat.report.sheets.Workbooks.rowsBelow;
import static org.sleepstat.report.sheets.Workbooks.text;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sleepstat.analysis.AnalysisResult;
import org.sleepstat.analysis.ArmComparisonResult;
import org.sleepstat.analysis.CategoricalResult;
import org.sleepstat.stats.ContingencyTable;
import org.sleepstat.analysis.Multiplicity;
import org.sleepstat.analysis.PositionResult;
import org.sleepstat.report.Report;
import org.sleepstat.report.Reports;

/**
 * The Categorical sheet, the Summary sheet's comparisons and adjusted p-values, the About
 * sheet's methods, and undefined statistics in the new tables, read back with POI.
 */
class CategoricalAndSummaryTest {
  /** One changed and one unchanged pair, one position with two values: little can be tested. */
  private static final String SMALL = String.join("\n",
      "respondent_id,sleep_position,changed_mattress,pain_morning_pre,pain_morning_post",
      "R1,side,yes,5,3",
      "R2,back,no,4,4",
      "R3,side,no,6,",
      "");

  private static Report report;
  private static AnalysisResult analysis;
  private static XSSFWorkbook book;

  @BeforeAll
  static void writeTheSampleWorkbook() {
    report = Reports.sample();
    analysis = report.analysis();
    book = Workbooks.read(Workbooks.write(report, List.of()));
  }

  @Test
  void theCategoricalSheetTestsEachTableByChiSquareAndFisher() {
    XSSFSheet s = book.getSheet(CategoricalSheet.NAME);
    assertThat(book.getSheetIndex(s)).isEqualTo(book.getSheetIndex(MattressAgeSheet.NAME) + 1)
        .isEqualTo(book.getSheetIndex(Table1NumbersSheet.NAME) - 1);
    assertThat(s.getRow(0).getCell(0).getStringCellValue())
        .isEqualTo("Categorical tests: 2 tables, n = 344–380 respondents with both values");
    Row header = headerUnder(s, "Categorical tests");
    assertThat((int) s.getPaneInformation().getHorizontalSplitTopRow())
        .isEqualTo(header.getRowNum() + 1);
    assertThat(headers(header)).containsExactly("Table", "n", "Excluded (missing)",
        "Chi-square", "Chi-square df", "p (chi-square)", "Yates' correction",
        "Minimum expected count", "Expected counts below 5", "Chi-square warning", "p (Fisher)",
        "Odds ratio", "Odds ratio 95% CI low", "Odds ratio 95% CI high", "Fisher method",
        "Notes");
    assertThat(analysis.categorical()).hasSize(2);
    for (CategoricalResult r : analysis.categorical()) {
      Row row = rowBelow(header, x -> text(x, 0).equals(r.name()));
      assertThat(number(header, row, "n")).isEqualTo(r.n());
      assertThat(number(header, row, "Excluded (missing)")).isEqualTo(r.excludedMissing());
      assertThat(number(header, row, "Chi-square"))
          .isEqualTo(r.chiSquare().statistic().getAsDouble());
      assertThat(number(header, row, "Chi-square df")).isEqualTo(r.chiSquare().df()
          .getAsDouble());
      assertThat(number(header, row, "p (chi-square)")).isEqualTo(r.chiSquare().p()
          .getAsDouble());
      assertThat(text(row, Workbooks.column(header, "Yates' correction")))
          .isEqualTo(r.chiSquare().yatesCorrected() ? "yes" : "no");
      assertThat(number(header, row, "Minimum expected count"))
          .isEqualTo(r.chiSquare().minExpected().getAsDouble());
      assertThat(number(header, row, "p (Fisher)")).isEqualTo(r.fisher().p().getAsDouble());
      assertThat(text(row, Workbooks.column(header, "Fisher method")))
          .isEqualTo(r.fisher().method());
      counts(s, r);
    }
    // the 2 x 2 table has the odds ratio; the 4 x 2 one says why not
    CategoricalResult twoByTwo = analysis.categorical().get(1);
    Row row = rowBelow(header, x -> text(x, 0).equals(twoByTwo.name()));
    assertThat(text(row, Workbooks.column(header, "Yates' correction"))).isEqualTo("yes");
    assertThat(number(header, row, "Odds ratio"))
        .isEqualTo(twoByTwo.fisher().oddsRatio().getAsDouble());
    assertThat(number(header, row, "Odds ratio 95% CI low"))
        .isEqualTo(twoByTwo.fisher().oddsRatioCiLow().getAsDouble());
    assertThat(number(header, row, "Odds ratio 95% CI high"))
        .isEqualTo(twoByTwo.fisher().oddsRatioCiHigh().getAsDouble());
    CategoricalResult byPosition = analysis.categorical().get(0);
    Row positions = rowBelow(header, x -> text(x, 0).equals(byPosition.name()));
    assertThat(cell(header, positions, "Odds ratio")).isNull();
    assertThat(notes(header, positions)).startsWith("Odds ratio, ")
        .contains(byPosition.fisher().oddsRatio().reason());
  }

  /** The contingency table of {@code r}: every count, and the totals. */
  private static void counts(XSSFSheet s, CategoricalResult r) {
    ContingencyTable t = r.table();
    Row header = headerUnder(s, "Counts: " + r.name());
    assertThat(headers(header).subList(1, 1 + t.columns())).isEqualTo(t.columnLevels());
    assertThat(rowsBelow(header)).isEqualTo(t.rows() + 1);
    for (int i = 0; i < t.rows(); i++) {
      Row row = s.getRow(header.getRowNum() + 1 + i);
      assertThat(text(row, 0)).isEqualTo(t.rowLevels().get(i));
      for (int j = 0; j < t.columns(); j++) {
        assertThat(row.getCell(1 + j).getNumericCellValue()).isEqualTo(t.count(i, j));
      }
    }
    Row totals = s.getRow(header.getRowNum() + 1 + t.rows());
    assertThat(number(header, totals, "Total")).isEqualTo(t.total()).isEqualTo(r.n());
  }

  @Test
  void theSummaryLeadsWithMorningPainComparedAcrossArmsAdjustedAndStatesEachCategoricalTest() {
    XSSFSheet s = book.getSheet(SummarySheet.NAME);
    Row header = headerUnder(s, "Summary of");
    ArmComparisonResult morning = analysis.armComparison().get(0);
    Row arms = rowBelow(header, x -> text(x, 0).equals("Back pain on waking: changed vs not"
        + " changed, adjusted"));
    assertThat(arms.getRowNum()).isEqualTo(header.getRowNum() + 1);
    assertThat(text(arms, 1)).startsWith("Back pain on waking after a mattress change compared"
        + " with no change (n = 149 changed, 195 not; 289 with every covariate): 1.8 points"
        + " lower after, adjusted for the value before and mattress_age_years");
    assertThat(number(header, arms, "Estimate"))
        .isEqualTo(morning.adjusted().difference().value().getAsDouble());
    assertThat(number(header, arms, "95% CI low")).isEqualTo(morning.adjusted().difference()
        .ciLow().getAsDouble());
    assertThat(number(header, arms, "p")).isEqualTo(morning.adjusted().p().getAsDouble());
    assertThat(text(arms, Workbooks.column(header, "Method")))
        .startsWith("linear model lm(post ~ pre + changed_mattress + mattress_age_years");

    for (CategoricalResult r : analysis.categorical()) {
      Row row = rowBelow(header, x -> text(x, 0).equals("Categorical: " + r.name()));
      assertThat(text(row, 1)).startsWith(r.name() + " (n = ").contains("chi-square test")
          .contains("Fisher's exact test p < 0.001");
    }
    CategoricalResult twoByTwo = analysis.categorical().get(1);
    Row odds = rowBelow(header, x -> text(x, 0).equals("Categorical: " + twoByTwo.name()));
    assertThat(text(odds, 1)).isEqualTo("changed_mattress x responder (pain_morning change <="
        + " -2) (n = 344): chi-square test with Yates' correction χ²(1) = 99.86, p < 0.001;"
        + " Fisher's exact test p < 0.001, odds ratio 19.7 (95% CI 9.7 to 43.6).");
    assertThat(number(header, odds, "Estimate"))
        .isEqualTo(twoByTwo.fisher().oddsRatio().getAsDouble());
    // the Estimate column holds different kinds of number: the Measure column says which
    assertThat(text(odds, Workbooks.column(header, "Measure"))).isEqualTo("odds ratio");
    Row change = rowBelow(header, x -> text(x, 0).startsWith("Back pain on waking: change after"));
    assertThat(text(change, Workbooks.column(header, "Measure"))).isEqualTo("mean change");
  }

  @Test
  void theSummaryListsEveryAdjustedPValueByFamily() {
    XSSFSheet s = book.getSheet(SummarySheet.NAME);
    Row header = headerUnder(s, "Adjusted p-values");
    assertThat(headers(header)).containsExactly("Test (family)", "Outcome", "p", "Holm p",
        "BH p", "Notes");
    List<Multiplicity.Family> families = analysis.multiplicity().families();
    assertThat(rowsBelow(header))
        .isEqualTo(families.stream().mapToInt(f -> f.members().size()).sum()).isEqualTo(27);
    for (Multiplicity.Family f : families) {
      for (Multiplicity.Adjusted a : f.members()) {
        Row row = rowBelow(header, x -> text(x, 0).equals(f.name())
            && text(x, 1).equals(a.outcome()));
        assertThat(number(header, row, "p")).isEqualTo(a.p().getAsDouble());
        assertThat(number(header, row, "Holm p")).isEqualTo(a.holm().getAsDouble());
        assertThat(number(header, row, "BH p")).isEqualTo(a.bh().getAsDouble());
      }
    }
  }

  @Test
  void aboutNamesEveryNewMethodWithItsRCall() {
    XSSFSheet about = book.getSheet(AboutSheet.NAME);
    for (String[] m : new String[][] {
        {"Hodges-Lehmann estimate and CI", "conf.int = TRUE"},
        {"Cohen's dz 95% CI", "pt(t, n - 1, ncp)"},
        {"Percent change", "100 * mean(post - pre) / mean(pre)"},
        {"30% responders and 95% CI", "prop.test(k, n, correct = FALSE)"},
        {"Changed vs not changed: ANCOVA", "lm(post ~ pre + changed)"},
        {"Changed vs not changed: Welch t", "t.test(change[changed == \"yes\"]"},
        {"Epsilon squared", "rank_epsilon_squared"},
        {"Games-Howell pairwise comparisons", "ptukey"},
        {"Dunn pairwise comparisons", "p.adjust(p, \"holm\")"},
        {"Spearman 95% CI", "atanh(rho)"},
        {"Mattress age bands", "cut(age, c(0, 6, 8, 10, Inf), right = FALSE)"},
        {"Trend across mattress age bands", "lm(y ~ as.integer(band))"},
        {"High share by mattress age band", "prop.trend.test(x, n)"},
        {"Regression on mattress age and covariates", "confint(fit)"},
        {"Chi-square test", "chisq.test(tab)"},
        {"Fisher's exact test", "fisher.test(tab)"}}) {
      Row row = rowStartingWith(about, m[0]);
      assertThat(text(row, 0)).isEqualTo(m[0]);
      assertThat(text(row, 1)).as(m[0]).isNotBlank();
      assertThat(text(row, 2)).as(m[0]).contains(m[1]);
    }
  }

  @Test
  void anUndefinedStatisticInTheNewTablesLeavesItsCellEmptyAndItsReasonInTheNotes() {
    Report small = Reports.ofCsv("small.csv", SMALL);
    XSSFWorkbook b = Workbooks.read(Workbooks.write(small, List.of()));

    ArmComparisonResult arms = small.analysis().armComparison().get(0);
    assertThat(arms.ancova().difference().value().isDefined()).isFalse();
    XSSFSheet change = b.getSheet(PairedSheet.NAME);
    Row armHeader = headerUnder(change, "Changed vs not changed");
    Row armRow = rowBelow(armHeader, x -> text(x, 0).equals("pain_morning"));
    assertThat(number(armHeader, armRow, "Changed: n")).isEqualTo(1);
    assertThat(cell(armHeader, armRow, "ANCOVA difference")).isNull();
    assertThat(notes(armHeader, armRow)).contains("ANCOVA difference, ")
        .contains(arms.ancova().difference().value().reason());

    PositionResult position = small.analysis().byPosition().get(0);
    assertThat(position.effectSizes().epsilonSquared().isDefined()).isFalse();
    XSSFSheet positions = b.getSheet(PositionSheet.NAME);
    Row testHeader = headerUnder(positions, "Baseline outcomes by sleep position");
    Row testRow = rowBelow(testHeader, x -> text(x, 0).equals("pain_morning_pre"));
    assertThat(cell(testHeader, testRow, "Epsilon squared")).isNull();
    assertThat(notes(testHeader, testRow)).contains("Epsilon squared")
        .contains(position.effectSizes().epsilonSquared().reason());
    Row pairs = headerUnder(positions, "Pairwise comparisons");
    assertThat(text(positions.getRow(pairs.getRowNum() + 1), 0))
        .startsWith("No outcome has 2 or more positions with 2 or more values");

    XSSFSheet categorical = b.getSheet(CategoricalSheet.NAME);
    Row catHeader = headerUnder(categorical, "Categorical tests");
    for (CategoricalResult r : small.analysis().categorical()) {
      Row row = rowBelow(catHeader, x -> text(x, 0).equals(r.name()));
      if (!r.fisher().oddsRatioCiHigh().isDefined()) {
        assertThat(cell(catHeader, row, "Odds ratio 95% CI high")).isNull();
        assertThat(notes(catHeader, row)).contains(r.fisher().oddsRatioCiHigh().reason());
      }
      r.notes().forEach(n -> assertThat(notes(catHeader, row)).contains(n));
    }
  }
}
