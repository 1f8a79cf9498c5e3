package org.sleepstat.report.sheets;

import java.util.ArrayList;
import java.util.List;
import org.sleepstat.analysis.CategoricalResult;
import org.sleepstat.report.Report;
import org.sleepstat.report.Wording;
import org.sleepstat.report.xlsx.CellKind;
import org.sleepstat.report.xlsx.SheetWriter;
import org.sleepstat.stats.ContingencyTable;

/**
 * Tests of independence of two categorical variables: one row per table with the chi-square test
 * (as R's {@code chisq.test}, Yates' correction on 2 × 2) and Fisher's exact test (with the
 * conditional odds ratio on 2 × 2), then each table's counts.
 */
final class CategoricalSheet implements ReportSheet {
  static final String NAME = "Categorical";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void write(SheetWriter w, Report report) {
    List<CategoricalResult> results = report.analysis().categorical();
    if (results.isEmpty()) {
      w.title("Categorical tests: the survey lacks the columns for them (sleep_position with"
          + " pain_morning_pre; changed_mattress with pain_morning_pre and _post)");
      w.finish();
      return;
    }
    int fewest = results.stream().mapToInt(CategoricalResult::n).min().orElse(0);
    int most = results.stream().mapToInt(CategoricalResult::n).max().orElse(0);
    w.title("Categorical tests: " + results.size() + " table" + (results.size() == 1 ? "" : "s")
        + ", n = " + Wording.range(fewest, most) + " respondents with both values");
    w.note("Chi-square: chisq.test(tab), with Yates' continuity correction on 2 x 2 tables as R"
        + " does. Fisher: fisher.test(tab); the odds ratio (conditional maximum likelihood) and"
        + " its 95% CI on 2 x 2 tables only. Levels nobody has are dropped first.");
    Table<CategoricalResult> table = new Table<CategoricalResult>()
        .text("Table", CategoricalResult::name)
        .count("n", CategoricalResult::n)
        .count("Excluded (missing)", CategoricalResult::excludedMissing)
        .stat("Chi-square", CellKind.PRECISE, r -> r.chiSquare().statistic())
        .stat("Chi-square df", CellKind.COUNT, r -> r.chiSquare().df())
        .stat("p (chi-square)", CellKind.P, r -> r.chiSquare().p())
        .text("Yates' correction", r -> !r.chiSquare().statistic().isDefined() ? ""
            : r.chiSquare().yatesCorrected() ? "yes" : "no")
        .stat("Minimum expected count", CellKind.NUMBER, r -> r.chiSquare().minExpected())
        .column("Expected counts below 5", (line, r) -> {
          if (r.chiSquare().minExpected().isDefined()) {
            line.number(r.chiSquare().cellsBelowFive(), CellKind.COUNT);
          } else {
            line.empty();
          }
        })
        .text("Chi-square warning", r -> r.chiSquare().warning().orElse(""))
        .stat("p (Fisher)", CellKind.P, r -> r.fisher().p())
        .stat("Odds ratio", CellKind.NUMBER, r -> r.fisher().oddsRatio())
        .stat("Odds ratio 95% CI low", CellKind.NUMBER, r -> r.fisher().oddsRatioCiLow())
        .stat("Odds ratio 95% CI high", CellKind.NUMBER, r -> r.fisher().oddsRatioCiHigh())
        .text("Fisher method", r -> r.fisher().method())
        .remarks(CategoricalResult::notes);
    int header = table.write(w, results);
    w.freezeBelow(header);
    w.filter(header, table.headers().size());
    for (CategoricalResult r : results) {
      w.skip();
      counts(w, r);
    }
    w.finish();
  }

  /** The table's counts, rows × columns, with the totals of each. */
  private static void counts(SheetWriter w, CategoricalResult r) {
    ContingencyTable t = r.table();
    w.title("Counts: " + r.name() + " (n = " + Wording.integer(r.n()) + "; "
        + Wording.integer(r.excludedMissing()) + " left out for a missing value)");
    List<String> headers = new ArrayList<>();
    headers.add(t.rowVariable() + " \\ " + t.columnVariable());
    headers.addAll(t.columnLevels());
    headers.add("Total");
    w.header(headers);
    long[] columnTotals = new long[t.columns()];
    for (int i = 0; i < t.rows(); i++) {
      SheetWriter.Line line = w.line().text(t.rowLevels().get(i));
      long total = 0;
      for (int j = 0; j < t.columns(); j++) {
        line.number(t.count(i, j), CellKind.COUNT);
        total += t.count(i, j);
        columnTotals[j] += t.count(i, j);
      }
      line.number(total, CellKind.COUNT);
    }
    SheetWriter.Line totals = w.line().text("Total");
    for (long c : columnTotals) {
      totals.number(c, CellKind.COUNT);
    }
    totals.number(t.total(), CellKind.COUNT);
  }
}
