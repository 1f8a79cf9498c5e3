package org.sleepstat.cli;

import java.io.PrintWriter;
import org.sleepstat.analysis.AnalysisResult;
import org.sleepstat.analysis.MattressAgeResult;
import org.sleepstat.analysis.PairedResult;
import org.sleepstat.analysis.PairwiseComparison;
import org.sleepstat.analysis.PositionGroup;
import org.sleepstat.analysis.PositionResult;
import org.sleepstat.analysis.RedFlags;
import org.sleepstat.cli.json.JsonWriter;
import org.sleepstat.stats.Stat;

/**
 * The JSON document of {@code analyze --json}: the sections of {@code
 * docs/analysis-json.md} (written here, with their extra keys) and then the further
 * analyses ({@link AnalysisJsonExtras}). Every undefined statistic is {@code null}, with its
 * reason in the object's "undefined" member.
 */
final class AnalysisJson {
  private final StatJson out;

  private AnalysisJson(StatJson out) {
    this.out = out;
  }

  static void write(StudyInput study, AnalysisResult result, PrintWriter writer) {
    JsonWriter json = new JsonWriter(writer);
    StatJson out = new StatJson(json);
    AnalysisJson doc = new AnalysisJson(out);
    json.beginObject();
    ValidationJson.tool(json);
    ValidationJson.input(json, study);
    json.name("paired").beginArray();
    result.paired().forEach(doc::paired);
    json.endArray();
    json.name("by_position").beginArray();
    result.byPosition().forEach(doc::position);
    json.endArray();
    json.name("mattress_age").beginArray();
    result.mattressAge().forEach(doc::mattressAge);
    json.endArray();
    doc.redFlags(result.redFlags());
    AnalysisJsonExtras.write(out, result);
    ValidationJson.warnings(json, study.warnings());
    json.endObject();
    json.finish();
  }

  private void paired(PairedResult p) {
    out.open()
        .value("outcome", p.outcome())
        .value("selection", p.selection())
        .value("n", p.n())
        .stat("mean_pre", p.means().pre())
        .stat("mean_post", p.means().post())
        .stat("mean_change", p.tTest().meanChange().value())
        .stat("ci_low", p.tTest().meanChange().ciLow())
        .stat("ci_high", p.tTest().meanChange().ciHigh())
        .stat("t", p.tTest().t())
        .stat("df", p.tTest().df())
        .stat("p_t", p.tTest().p())
        .stat("wilcoxon_v", p.signedRank().v())
        .stat("p_wilcoxon", p.signedRank().p())
        .value("wilcoxon_exact", p.signedRank().exact())
        .value("zero_differences", p.signedRank().zeroDifferences())
        .value("wilcoxon_method", p.signedRank().method())
        .stat("hodges_lehmann", p.hodgesLehmann().estimate().value())
        .stat("hodges_lehmann_ci_low", p.hodgesLehmann().estimate().ciLow())
        .stat("hodges_lehmann_ci_high", p.hodgesLehmann().estimate().ciHigh())
        .stat("hodges_lehmann_confidence", p.hodgesLehmann().confidence())
        .stat("dz", p.dz().value())
        .stat("dz_ci_low", p.dz().ciLow())
        .stat("dz_ci_high", p.dz().ciHigh())
        .stat("percent_change", p.means().percentChange())
        .value("responder_rule", p.absolute().rule())
        .value("responders", p.absolute().count())
        .stat("responder_rate", p.absolute().rate().value())
        .stat("responder_ci_low", p.absolute().rate().ciLow())
        .stat("responder_ci_high", p.absolute().rate().ciHigh())
        .value("relative_responder_rule", p.relative().rule())
        .stat("relative_responders", p.relative().applied() ? Stat.of(p.relative().count())
            : p.relative().rate().value())
        .value("zero_baselines", p.zeroBaselines())
        .stat("relative_responder_rate", p.relative().rate().value())
        .stat("relative_responder_ci_low", p.relative().rate().ciLow())
        .stat("relative_responder_ci_high", p.relative().rate().ciHigh())
        .close();
  }

  private void position(PositionResult r) {
    out.open().value("outcome", r.outcome()).value("n", r.n());
    out.json.name("groups").beginObject();
    for (PositionGroup g : r.groups()) {
      out.open(g.position())
          .value("n", g.n())
          .value("mean", g.mean())
          .stat("sd", g.sd())
          .value("median", g.median())
          .value("q1", g.q1())
          .value("q3", g.q3())
          .stat("iqr", g.iqr())
          .close();
    }
    out.json.endObject();
    out.value("groups_tested", r.groupsTested())
        .oneWay(r.anova(), r.welch(), r.kruskalWallis())
        .stat("eta_squared", r.effectSizes().etaSquared())
        .stat("epsilon_squared", r.effectSizes().epsilonSquared());
    out.json.name("pairwise").beginArray();
    for (PairwiseComparison c : r.pairwise()) {
      out.open()
          .value("group1", c.group1())
          .value("group2", c.group2())
          .value("n1", c.n1())
          .value("n2", c.n2())
          .stat("mean_difference", c.gamesHowell().difference().value())
          .stat("games_howell_se", c.gamesHowell().se())
          .stat("games_howell_t", c.gamesHowell().t())
          .stat("games_howell_df", c.gamesHowell().df())
          .stat("p_games_howell", c.gamesHowell().p())
          .stat("games_howell_ci_low", c.gamesHowell().difference().ciLow())
          .stat("games_howell_ci_high", c.gamesHowell().difference().ciHigh())
          .value("mean_rank_difference", c.dunn().meanRankDifference())
          .stat("dunn_se", c.dunn().se())
          .stat("dunn_z", c.dunn().z())
          .stat("p_dunn", c.dunn().p())
          .stat("p_dunn_holm", c.dunn().pHolm())
          .close();
    }
    out.json.endArray();
    out.close();
  }

  private void mattressAge(MattressAgeResult m) {
    out.open()
        .value("outcome", m.outcome())
        .value("n", m.n())
        .stat("pearson_r", m.pearsonR())
        .stat("p_pearson", m.pPearson())
        .stat("pearson_ci_low", m.pearsonCiLow())
        .stat("pearson_ci_high", m.pearsonCiHigh())
        .stat("spearman_rho", m.spearmanRho())
        .stat("p_spearman", m.pSpearman())
        .stat("spearman_ci_low", m.spearmanCiLow())
        .stat("spearman_ci_high", m.spearmanCiHigh())
        .close();
  }

  private void redFlags(RedFlags r) {
    JsonWriter json = out.json;
    json.name("red_flags").beginObject();
    json.name("respondents").value(r.respondents());
    out.strings("ids", r.ids());
    json.name("flags").beginArray();
    for (RedFlags.Flag f : r.flags()) {
      json.beginObject().name("name").value(f.name()).name("yes").value(f.yes())
          .name("missing").value(f.missing());
      out.strings("ids", f.ids());
      json.endObject();
    }
    json.endArray();
    json.name("flagged").beginArray();
    for (RedFlags.Flagged f : r.flagged()) {
      json.beginObject().name("id").value(f.id()).name("line").value(f.line());
      out.strings("flags", f.flags());
      json.endObject();
    }
    json.endArray();
    json.endObject();
  }
}
