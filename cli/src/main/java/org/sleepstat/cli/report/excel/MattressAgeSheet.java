package org.sleepstat.cli.report.excel;

import java.util.List;
import org.sleepstat.cli.report.AgeSample;
import org.sleepstat.cli.report.Report;
import org.sleepstat.cli.report.Wording;

/**
 * Baseline outcomes against mattress age: Pearson and Spearman correlations with their adjusted
 * p-values, and the least-squares line the chart draws.
 */
final class MattressAgeSheet implements ReportSheet {
  static final String NAME = "Mattress age";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void write(SheetWriter w, Report report) {
    List<AgeSample> samples = report.mattressAge();
    if (samples.isEmpty()) {
      w.title("Baseline outcomes against mattress age: the survey has no mattress_age_years"
          + " column or no baseline outcome");
      w.finish();
      return;
    }
    int fewest = samples.stream().mapToInt(s -> s.result().n()).min().orElse(0);
    int most = samples.stream().mapToInt(s -> s.result().n()).max().orElse(0);
    w.title("Baseline outcomes against mattress age: " + samples.size() + " outcome"
        + (samples.size() == 1 ? "" : "s") + ", n = "
        + Wording.range(fewest, most) + " respondents with both values");
    w.note("Correlation is not cause: older mattresses may belong to older respondents. Holm"
        + " and BH adjust across the outcomes of each test. Methods and R calls: About sheet.");
    Table<AgeSample> table = new Table<AgeSample>()
        .text("Outcome", s -> s.result().outcome())
        .text("Measure", s -> report.text().title(s.result().outcome()))
        .count("n", s -> s.result().n())
        .stat("Pearson r", CellKind.PRECISE, s -> s.result().pearsonR())
        .stat("95% CI low", CellKind.PRECISE, s -> s.result().pearsonCiLow())
        .stat("95% CI high", CellKind.PRECISE, s -> s.result().pearsonCiHigh())
        .stat("p (Pearson)", CellKind.P, s -> s.result().pPearson())
        .stat("Holm p (Pearson)", CellKind.P,
            s -> Adjusted.holm(report, Adjusted.PEARSON, s.result().outcome()))
        .stat("BH p (Pearson)", CellKind.P,
            s -> Adjusted.bh(report, Adjusted.PEARSON, s.result().outcome()))
        .stat("Spearman rho", CellKind.PRECISE, s -> s.result().spearmanRho())
        .stat("p (Spearman)", CellKind.P, s -> s.result().pSpearman())
        .stat("Holm p (Spearman)", CellKind.P,
            s -> Adjusted.holm(report, Adjusted.SPEARMAN, s.result().outcome()))
        .stat("BH p (Spearman)", CellKind.P,
            s -> Adjusted.bh(report, Adjusted.SPEARMAN, s.result().outcome()))
        .stat("Line: intercept", CellKind.PRECISE, s -> s.line().intercept())
        .stat("Line: slope per year", CellKind.PRECISE, s -> s.line().slope());
    int header = table.write(w, samples);
    w.freezeBelow(header);
    w.filter(header, table.headers().size());
    w.finish();
  }
}
