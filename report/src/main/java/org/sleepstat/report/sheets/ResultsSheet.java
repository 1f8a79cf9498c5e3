package org.sleepstat.report.sheets;

import java.util.List;
import org.sleepstat.report.Report;
import org.sleepstat.report.xlsx.CellKind;
import org.sleepstat.report.xlsx.SheetWriter;

/**
 * Every estimate of the report in one tidy table, one row per estimate in about ten columns that
 * fit a printed page's width: outcome, comparison, measure, estimate, 95% CI, p, Holm-adjusted p,
 * n and method ({@link ResultRows}). The wide tables with every statistic are the detail sheets
 * that follow.
 */
final class ResultsSheet implements ReportSheet {
  static final String NAME = "Results";
  private static final int OUTCOME_WIDTH = 30;
  private static final int COMPARISON_WIDTH = 38;
  private static final int MEASURE_WIDTH = 30;
  private static final int METHOD_WIDTH = 36;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void write(SheetWriter w, Report report) {
    List<ResultRows> rows = ResultRows.of(report);
    w.title("Results: " + rows.size() + " estimates, one per row, with 95% CIs and p-values");
    w.note("Adjusted p: Holm across the outcomes of the same test (p.adjust(p, \"holm\")). The"
        + " detail sheets after this one hold every statistic; methods and R calls: About sheet.");
    w.fixWidth(0, OUTCOME_WIDTH);
    w.fixWidth(1, COMPARISON_WIDTH);
    w.fixWidth(2, MEASURE_WIDTH);
    w.fixWidth(9, METHOD_WIDTH);
    Table<ResultRows> table = new Table<ResultRows>()
        .column("Outcome", (line, r) -> line.text(r.outcome(), CellKind.WRAP))
        .column("Comparison", (line, r) -> line.text(r.comparison(), CellKind.WRAP))
        .column("Measure", (line, r) -> line.text(r.measure(), CellKind.WRAP))
        .column("Estimate", (line, r) -> StatCells.stat(line, r.estimate(), r.kind(), "Estimate"))
        .column("95% CI low", (line, r) -> StatCells.stat(line, r.ciLow(), r.kind(), "95% CI low"))
        .column("95% CI high",
            (line, r) -> StatCells.stat(line, r.ciHigh(), r.kind(), "95% CI high"))
        .stat("p", CellKind.P, ResultRows::p)
        .stat("Adjusted p (Holm)", CellKind.P, ResultRows::holm)
        .count("n", ResultRows::n)
        .column("Method", (line, r) -> line.text(r.method(), CellKind.WRAP))
        .withoutNotes();
    int header = table.write(w, rows);
    w.freezeBelow(header);
    w.filter(header, table.headers().size());
    w.finish();
  }
}
