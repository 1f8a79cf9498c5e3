package org.sleepstat.report.sheets;

import java.util.ArrayList;
import java.util.List;
import org.sleepstat.analysis.FirmnessBaseline;
import org.sleepstat.analysis.FirmnessChange;
import org.sleepstat.analysis.FirmnessResult;
import org.sleepstat.analysis.PositionGroup;
import org.sleepstat.analysis.RegressionCoefficient;
import org.sleepstat.report.Report;
import org.sleepstat.report.xlsx.CellKind;
import org.sleepstat.report.xlsx.SheetWriter;
import org.sleepstat.stats.Stat;

/**
 * Firmness along the advice: the baseline outcomes by the firmness of the mattress before (the
 * levels, the tests across them, the trend and the advised level against the rest), then the
 * value after by the new mattress's firmness, adjusted for the value before.
 */
final class FirmnessSheet implements ReportSheet {
  static final String NAME = "Firmness";

  @Override
  public String name() {
    return NAME;
  }

  /** One level of one outcome. */
  private record LevelRow(String outcome, PositionGroup level) {}

  /** One comparison of one outcome: a label and a coefficient. */
  private record EffectRow(String outcome, String compared, int n, RegressionCoefficient c,
      Stat p) {}

  @Override
  public void write(SheetWriter w, Report report) {
    FirmnessResult r = report.analysis().firmness();
    String variable = r.firmness().orElse("firmness");
    String advised = r.advised().orElse("the advised level");
    w.title("Baseline outcomes by " + variable + " (ordered levels)");
    List<LevelRow> levels = new ArrayList<>();
    r.baseline().forEach(b -> b.byLevel().groups().forEach(g ->
        levels.add(new LevelRow(b.outcome(), g))));
    Table<LevelRow> byLevel = new Table<LevelRow>()
        .text("Measure", x -> report.text().title(x.outcome()))
        .text("Level", x -> x.level().position())
        .count("n", x -> x.level().n())
        .column("Mean", (line, x) -> line.number(x.level().mean(), CellKind.NUMBER))
        .stat("SD", CellKind.NUMBER, x -> x.level().sd())
        .column("Median", (line, x) -> line.number(x.level().median(), CellKind.NUMBER));
    int header = byLevel.write(w, levels);
    w.freezeBelow(header);
    w.skip();
    w.title("Across the levels: Welch's ANOVA, Kruskal–Wallis, the trend per level"
        + " (lm(y ~ score), scores 1..k) and " + advised + " − the rest (t.test)");
    new Table<FirmnessBaseline>()
        .text("Measure", b -> report.text().title(b.outcome()))
        .stat("p (Welch ANOVA)", CellKind.P, b -> b.byLevel().welch().p())
        .stat("p (Kruskal–Wallis)", CellKind.P, b -> b.byLevel().kruskalWallis().p())
        .stat("Trend per level", CellKind.NUMBER, b -> b.trend().estimate())
        .stat("Trend 95% CI low", CellKind.NUMBER, b -> b.trend().ciLow())
        .stat("Trend 95% CI high", CellKind.NUMBER, b -> b.trend().ciHigh())
        .stat("p (trend)", CellKind.P, b -> b.trend().p())
        .stat("Advised − rest", CellKind.NUMBER, b -> b.advised().difference().difference())
        .stat("95% CI low", CellKind.NUMBER, b -> b.advised().difference().ciLow())
        .stat("95% CI high", CellKind.NUMBER, b -> b.advised().difference().ciHigh())
        .stat("p (Welch)", CellKind.P, b -> b.advised().difference().test().p())
        .write(w, r.baseline());
    w.skip();
    w.title("After a new mattress, by " + r.newFirmness().orElse("the new firmness")
        + ": lm(post ~ pre + firmness), each level against the first, and " + advised
        + " against the rest (lm(post ~ pre + advised))");
    List<EffectRow> effects = new ArrayList<>();
    for (FirmnessChange c : r.change()) {
      effects.add(new EffectRow(c.outcome(), "firmness overall (F test)", c.n(), null,
          c.f().p()));
      for (RegressionCoefficient k : c.coefficients()) {
        effects.add(new EffectRow(c.outcome(), k.term().substring(
            r.newFirmness().map(String::length).orElse(0)) + " − " + c.reference(), c.n(), k,
            k.p()));
      }
      effects.add(new EffectRow(c.outcome(), advised + " − rest", c.n(), c.advised(),
          c.advised().p()));
    }
    new Table<EffectRow>()
        .text("Measure", x -> report.text().title(x.outcome()))
        .text("Compared", EffectRow::compared)
        .count("n", EffectRow::n)
        .stat("Difference", CellKind.NUMBER, x -> x.c() == null ? none() : x.c().estimate())
        .stat("95% CI low", CellKind.NUMBER, x -> x.c() == null ? none() : x.c().ciLow())
        .stat("95% CI high", CellKind.NUMBER, x -> x.c() == null ? none() : x.c().ciHigh())
        .stat("p", CellKind.P, EffectRow::p)
        .write(w, effects);
    for (String n : r.notes()) {
      w.note(n);
    }
    w.finish();
  }

  private static Stat none() {
    return Stat.undefined("an F test has no single difference");
  }
}
