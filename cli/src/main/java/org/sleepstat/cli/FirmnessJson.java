package org.sleepstat.cli;

import org.sleepstat.analysis.AnalysisResult;
import org.sleepstat.analysis.FirmnessBaseline;
import org.sleepstat.analysis.FirmnessChange;
import org.sleepstat.analysis.FirmnessResult;
import org.sleepstat.analysis.PositionGroup;
import org.sleepstat.analysis.PositionResult;
import org.sleepstat.analysis.RegressionCoefficient;
import org.sleepstat.stats.Stat;
import org.sleepstat.stats.WelchDifference;

/**
 * The {@code firmness} section of {@code analyze --json}: baseline outcomes by the firmness of
 * the mattress before, and the change by the new mattress's firmness (docs/analysis-json.md).
 */
final class FirmnessJson {
  private final StatJson out;

  private FirmnessJson(StatJson out) {
    this.out = out;
  }

  static void write(StatJson out, AnalysisResult result) {
    FirmnessJson writer = new FirmnessJson(out);
    FirmnessResult r = result.firmness();
    out.open("firmness")
        .value("variable", r.firmness().orElse(null))
        .value("new_variable", r.newFirmness().orElse(null))
        .value("advised", r.advised().orElse(null))
        .strings("notes", r.notes());
    out.json.name("baseline").beginArray();
    r.baseline().forEach(writer::baseline);
    out.json.endArray();
    out.json.name("change").beginArray();
    r.change().forEach(writer::change);
    out.json.endArray();
    out.close();
  }

  private void baseline(FirmnessBaseline b) {
    PositionResult r = b.byLevel();
    out.open().value("outcome", b.outcome()).value("n", r.n());
    out.json.name("groups").beginObject();
    for (PositionGroup g : r.groups()) {
      out.open(g.position()).value("n", g.n()).value("mean", g.mean()).stat("sd", g.sd())
          .value("median", g.median()).close();
    }
    out.json.endObject();
    out.value("groups_tested", r.groupsTested())
        .oneWay(r.anova(), r.welch(), r.kruskalWallis());
    out.open("trend").value("n", b.trendN());
    coefficient(b.trend(), b.trendDf());
    out.close();
    FirmnessBaseline.AdvisedContrast a = b.advised();
    WelchDifference d = a.difference();
    out.open("advised").value("level", a.level()).value("n_advised", a.nAdvised())
        .value("n_rest", a.nRest()).stat("mean_advised", a.meanAdvised())
        .stat("mean_rest", a.meanRest()).stat("difference", d.difference())
        .stat("ci_low", d.ciLow()).stat("ci_high", d.ciHigh()).stat("t", d.test().t())
        .stat("df", d.test().df()).stat("p", d.test().p()).close();
    out.close();
  }

  private void change(FirmnessChange c) {
    out.open().value("outcome", c.outcome()).value("n", c.n()).value("reference", c.reference());
    out.json.name("levels").beginArray();
    for (FirmnessChange.LevelCount l : c.levels()) {
      out.json.beginObject().name("level").value(l.level()).name("n").value(l.n()).endObject();
    }
    out.json.endArray();
    out.json.name("coefficients").beginArray();
    for (RegressionCoefficient k : c.coefficients()) {
      out.open().value("term", k.term());
      coefficient(k, c.df());
      out.close();
    }
    out.json.endArray();
    out.stat("df", c.df()).stat("f", c.f().f()).stat("f_df1", c.f().df1())
        .stat("f_df2", c.f().df2()).stat("p_f", c.f().p());
    out.open("advised").value("n_advised", c.advisedN());
    coefficient(c.advised(), c.advisedDf());
    out.close();
    out.strings("notes", c.notes()).close();
  }

  private void coefficient(RegressionCoefficient k, Stat df) {
    out.stat("estimate", k.estimate()).stat("se", k.standardError()).stat("t", k.t())
        .stat("df", df).stat("p", k.p()).stat("ci_low", k.ciLow()).stat("ci_high", k.ciHigh());
  }
}
