package org.sleepstat.report.sheets;

import java.util.ArrayList;
import java.util.List;
import org.sleepstat.analysis.TimeSinceChangeResult;
import org.sleepstat.report.Report;
import org.sleepstat.report.xlsx.CellKind;
import org.sleepstat.report.xlsx.SheetWriter;

/**
 * The change after a mattress change against the weeks since the change: per outcome the
 * regression line's slope (change per week) and Spearman's rho; the change per band of weeks
 * with its 95% CI; and the one-way tests across the bands.
 */
final class TimeSinceChangeSheet implements ReportSheet {
  static final String NAME = "Time since change";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void write(SheetWriter w, Report report) {
    TimeSinceChangeResult r = report.analysis().timeSinceChange();
    if (r.outcomes().isEmpty()) {
      w.title("Change against weeks since the change: not analysed");
      r.notes().forEach(w::note);
      w.finish();
      return;
    }
    String weeks = r.weeks().orElseThrow();
    w.title("Change (after − before) against " + weeks + ": " + r.selection());
    w.note("Slope: lm(change ~ weeks), the change per week. Spearman: cor.test(weeks, change,"
        + " method = \"spearman\", exact = FALSE). Bands: the plan's; the tests compare the bands"
        + " with at least 2 respondents.");
    r.notes().forEach(w::note);
    Table<TimeSinceChangeResult.Outcome> slopes = new Table<TimeSinceChangeResult.Outcome>()
        .text("Measure", o -> report.text().title(o.outcome()))
        .count("n", TimeSinceChangeResult.Outcome::n)
        .stat("Change per week", CellKind.PRECISE, o -> o.slope().slope().value())
        .stat("95% CI low", CellKind.PRECISE, o -> o.slope().slope().ciLow())
        .stat("95% CI high", CellKind.PRECISE, o -> o.slope().slope().ciHigh())
        .stat("p (slope)", CellKind.P, o -> o.slope().p())
        .stat("Spearman rho", CellKind.PRECISE, o -> o.spearman().rho())
        .stat("p (Spearman)", CellKind.P, o -> o.spearman().p());
    slopes.write(w, r.outcomes());
    w.skip();
    w.title("Change by band of " + weeks);
    Table<BandRow> bands = new Table<BandRow>()
        .text("Measure", b -> report.text().title(b.outcome()))
        .text("Band (weeks)", b -> b.band().band())
        .count("n", b -> b.band().n())
        .stat("Mean change", CellKind.NUMBER, b -> b.band().mean())
        .stat("SD", CellKind.NUMBER, b -> b.band().sd())
        .stat("95% CI low", CellKind.NUMBER, b -> b.band().ciLow())
        .stat("95% CI high", CellKind.NUMBER, b -> b.band().ciHigh());
    List<BandRow> rows = new ArrayList<>();
    for (TimeSinceChangeResult.Outcome o : r.outcomes()) {
      o.bands().forEach(b -> rows.add(new BandRow(o.outcome(), b)));
    }
    bands.write(w, rows);
    w.skip();
    w.title("Across the bands");
    Table<TimeSinceChangeResult.Outcome> tests = new Table<TimeSinceChangeResult.Outcome>()
        .text("Measure", o -> report.text().title(o.outcome()))
        .count("Bands tested", TimeSinceChangeResult.Outcome::bandsTested)
        .stat("ANOVA F", CellKind.PRECISE, o -> o.anova().f())
        .stat("p (ANOVA)", CellKind.P, o -> o.anova().p())
        .stat("Welch F", CellKind.PRECISE, o -> o.welch().f())
        .stat("p (Welch)", CellKind.P, o -> o.welch().p())
        .stat("Kruskal-Wallis H", CellKind.PRECISE, o -> o.kruskalWallis().h())
        .stat("p (Kruskal-Wallis)", CellKind.P, o -> o.kruskalWallis().p());
    tests.write(w, r.outcomes());
    w.finish();
  }

  /** One band of one outcome, a row of the band table. */
  private record BandRow(String outcome, TimeSinceChangeResult.Band band) {}
}
