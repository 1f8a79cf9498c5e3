package org.sleepstat.report.sheets;

import java.util.ArrayList;
import java.util.List;
import org.sleepstat.analysis.AgeBand;
import org.sleepstat.analysis.AgeBandResult;
import org.sleepstat.analysis.RegressionCoefficient;
import org.sleepstat.analysis.RegressionResult;
import org.sleepstat.analysis.TestFamily;
import org.sleepstat.report.AgeSample;
import org.sleepstat.report.Report;
import org.sleepstat.report.Wording;
import org.sleepstat.report.xlsx.CellKind;
import org.sleepstat.report.xlsx.SheetWriter;

/**
 * Baseline outcomes against mattress age: Pearson and Spearman correlations with their intervals
 * and adjusted p-values, and the least-squares line the chart draws; the outcomes by mattress age
 * band with the trend tests across the bands ({@link AgeTrendTables}); and the regression of
 * each baseline outcome on mattress age and the other covariates (one row per model, then one
 * per coefficient).
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
      if (!report.analysis().regression().isEmpty()) {
        w.skip();
        regression(w, report, true);
      }
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
            s -> Adjusted.holm(report, TestFamily.PEARSON, s.result().outcome()))
        .stat("BH p (Pearson)", CellKind.P,
            s -> Adjusted.bh(report, TestFamily.PEARSON, s.result().outcome()))
        .stat("Spearman rho", CellKind.PRECISE, s -> s.result().spearmanRho())
        .stat("Spearman 95% CI low", CellKind.PRECISE, s -> s.result().spearmanCiLow())
        .stat("Spearman 95% CI high", CellKind.PRECISE, s -> s.result().spearmanCiHigh())
        .stat("p (Spearman)", CellKind.P, s -> s.result().pSpearman())
        .stat("Holm p (Spearman)", CellKind.P,
            s -> Adjusted.holm(report, TestFamily.SPEARMAN, s.result().outcome()))
        .stat("BH p (Spearman)", CellKind.P,
            s -> Adjusted.bh(report, TestFamily.SPEARMAN, s.result().outcome()))
        .stat("Line: intercept", CellKind.PRECISE, s -> s.line().intercept())
        .stat("Line: slope per year", CellKind.PRECISE, s -> s.line().slope());
    int header = table.write(w, samples);
    w.freezeBelow(header);
    w.filter(header, table.headers().size());
    w.skip();
    bands(w, report);
    w.skip();
    regression(w, report, false);
    w.finish();
  }

  /** One band of one outcome. */
  private record BandRow(String outcome, AgeBand band) {}

  /** Each baseline outcome by mattress age band: n, mean, SD and median per band. */
  private void bands(SheetWriter w, Report report) {
    List<AgeBandResult> results = report.analysis().ageBands();
    List<BandRow> rows = new ArrayList<>();
    results.forEach(r -> r.bands().forEach(b -> rows.add(new BandRow(r.outcome(), b))));
    int fewest = results.stream().mapToInt(AgeBandResult::n).min().orElse(0);
    int most = results.stream().mapToInt(AgeBandResult::n).max().orElse(0);
    String breaks = results.isEmpty() ? ""
        : ", cut(age, " + AgeTrendTables.breaks(results.get(0)) + ", right = FALSE)";
    w.title("By mattress age band (years" + breaks + "): n = " + Wording.range(fewest, most)
        + " respondents with both values");
    new Table<BandRow>()
        .text("Outcome", BandRow::outcome)
        .text("Measure", r -> report.text().title(r.outcome()))
        .text("Band (years)", r -> r.band().band())
        .count("n", r -> r.band().n())
        .stat("Mean", CellKind.NUMBER, r -> r.band().mean())
        .stat("SD", CellKind.NUMBER, r -> r.band().sd())
        .stat("Median", CellKind.NUMBER, r -> r.band().median())
        .write(w, rows);
    AgeTrendTables.write(w, report);
  }

  /** One coefficient of one model. */
  private record TermRow(String outcome, RegressionCoefficient term) {}

  /**
   * The regression models, one row each, then their coefficients; {@code first} when no table
   * precedes them, so that their header is the one kept in view.
   */
  private void regression(SheetWriter w, Report report, boolean first) {
    List<RegressionResult> models = report.analysis().regression();
    if (models.isEmpty()) {
      w.title("Regression: the survey has no baseline outcome");
      return;
    }
    int fewest = models.stream().mapToInt(RegressionResult::n).min().orElse(0);
    int most = models.stream().mapToInt(RegressionResult::n).max().orElse(0);
    w.title("Regression of each baseline outcome on mattress age and covariates (least squares"
        + " over complete rows, treatment contrasts): n = " + Wording.range(fewest, most));
    w.note("As R's summary(lm(formula)) and confint(fit); rows with a covariate missing are"
        + " dropped. Covariates the survey lacks are left out of the formula (see Notes).");
    Table<RegressionResult> table = new Table<RegressionResult>()
        .text("Outcome", RegressionResult::outcome)
        .text("Formula", RegressionResult::formula)
        .count("n", RegressionResult::n)
        .count("Dropped (covariate missing)", RegressionResult::droppedMissing)
        .stat("R²", CellKind.PRECISE, r -> r.fit().rSquared())
        .stat("Adjusted R²", CellKind.PRECISE, r -> r.fit().adjustedRSquared())
        .stat("Residual SE", CellKind.PRECISE, r -> r.fit().sigma())
        .stat("F", CellKind.PRECISE, r -> r.fit().f())
        .stat("F df1", CellKind.COUNT, r -> r.fit().fDf1())
        .stat("F df2", CellKind.COUNT, r -> r.fit().fDf2())
        .stat("p (F)", CellKind.P, r -> r.fit().p())
        .remarks(RegressionResult::notes)
        .remarks(m -> m.absentCovariates().isEmpty() ? List.of()
            : List.of("not in the survey, left out: " + String.join(", ",
                m.absentCovariates())));
    int header = table.write(w, models);
    if (first) {
      w.freezeBelow(header);
      w.filter(header, table.headers().size());
    }
    w.skip();
    List<TermRow> terms = new ArrayList<>();
    models.forEach(m -> m.coefficients().forEach(c -> terms.add(new TermRow(m.outcome(), c))));
    w.title("Regression coefficients (term as R names it; a factor's level is compared with its"
        + " first level)");
    new Table<TermRow>()
        .text("Outcome", TermRow::outcome)
        .text("Term", r -> r.term().term())
        .stat("Estimate", CellKind.PRECISE, r -> r.term().estimate())
        .stat("SE", CellKind.PRECISE, r -> r.term().standardError())
        .stat("t", CellKind.PRECISE, r -> r.term().t())
        .stat("p", CellKind.P, r -> r.term().p())
        .stat("95% CI low", CellKind.PRECISE, r -> r.term().ciLow())
        .stat("95% CI high", CellKind.PRECISE, r -> r.term().ciHigh())
        .write(w, terms);
  }
}
