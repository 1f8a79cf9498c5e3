package org.sleepstat.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sleepstat.analysis.AnalysisResult;
import org.sleepstat.analysis.MattressAgeResult;
import org.sleepstat.analysis.Multiplicity;
import org.sleepstat.analysis.PairedResult;
import org.sleepstat.analysis.PositionGroup;
import org.sleepstat.analysis.PositionResult;
import org.sleepstat.analysis.RedFlags;
import org.sleepstat.analysis.SampleDescription;
import org.sleepstat.analysis.Stat;
import org.sleepstat.cli.json.JsonWriter;
import org.sleepstat.core.io.ImportResult;

/**
 * The JSON document of {@code analyze --json}, as {@code shared/spec/analysis-json.md} specifies.
 * Every undefined statistic is {@code null}, and its reason stands in the object's "undefined"
 * member under the same key.
 */
final class AnalysisJson {
  private final JsonWriter json;
  private final Map<String, String> undefined = new LinkedHashMap<>();

  private AnalysisJson(JsonWriter json) {
    this.json = json;
  }

  static void write(ImportResult imported, AnalysisResult result, PrintWriter out) {
    JsonWriter json = new JsonWriter(out);
    AnalysisJson doc = new AnalysisJson(json);
    json.beginObject();
    ValidationJson.tool(json);
    ValidationJson.input(json, imported);
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
    doc.sample(result.sample());
    doc.multiplicity(result.multiplicity());
    json.endObject();
    json.finish();
  }

  private void paired(PairedResult p) {
    json.beginObject();
    json.name("outcome").value(p.outcome());
    json.name("selection").value(p.selection());
    json.name("n").value(p.n());
    stat("mean_pre", p.meanPre());
    stat("mean_post", p.meanPost());
    stat("mean_change", p.meanChange());
    stat("ci_low", p.ciLow());
    stat("ci_high", p.ciHigh());
    stat("t", p.t());
    stat("df", p.df());
    stat("p_t", p.pT());
    stat("wilcoxon_v", p.wilcoxonV());
    stat("p_wilcoxon", p.pWilcoxon());
    json.name("wilcoxon_exact").value(p.wilcoxonExact());
    json.name("zero_differences").value(p.zeroDifferences());
    json.name("wilcoxon_method").value(p.wilcoxonMethod());
    stat("dz", p.dz());
    json.name("responder_rule").value(p.responderRule());
    json.name("responders").value(p.responders());
    stat("responder_rate", p.responderRate());
    stat("responder_ci_low", p.responderCiLow());
    stat("responder_ci_high", p.responderCiHigh());
    endWithReasons();
  }

  private void position(PositionResult r) {
    json.beginObject();
    json.name("outcome").value(r.outcome());
    json.name("n").value(r.n());
    json.name("groups").beginObject();
    for (PositionGroup g : r.groups()) {
      json.name(g.position()).beginObject()
          .name("n").value(g.n())
          .name("mean").value(g.mean())
          .name("sd").value(g.sd().value())
          .name("median").value(g.median())
          .endObject();
    }
    json.endObject();
    json.name("groups_tested").value(r.groupsTested());
    stat("anova_f", r.anovaF());
    stat("anova_df1", r.anovaDf1());
    stat("anova_df2", r.anovaDf2());
    stat("p_anova", r.pAnova());
    stat("welch_f", r.welchF());
    stat("welch_df1", r.welchDf1());
    stat("welch_df2", r.welchDf2());
    stat("p_welch", r.pWelch());
    stat("kruskal_h", r.kruskalH());
    stat("kruskal_df", r.kruskalDf());
    stat("p_kruskal", r.pKruskal());
    stat("eta_squared", r.etaSquared());
    endWithReasons();
  }

  private void mattressAge(MattressAgeResult m) {
    json.beginObject();
    json.name("outcome").value(m.outcome());
    json.name("n").value(m.n());
    stat("pearson_r", m.pearsonR());
    stat("p_pearson", m.pPearson());
    stat("pearson_ci_low", m.pearsonCiLow());
    stat("pearson_ci_high", m.pearsonCiHigh());
    stat("spearman_rho", m.spearmanRho());
    stat("p_spearman", m.pSpearman());
    endWithReasons();
  }

  private void redFlags(RedFlags r) {
    json.name("red_flags").beginObject();
    json.name("respondents").value(r.respondents());
    strings("ids", r.ids());
    json.name("flags").beginArray();
    for (RedFlags.Flag f : r.flags()) {
      json.beginObject().name("name").value(f.name()).name("yes").value(f.yes())
          .name("missing").value(f.missing());
      strings("ids", f.ids());
      json.endObject();
    }
    json.endArray();
    json.name("flagged").beginArray();
    for (RedFlags.Flagged f : r.flagged()) {
      json.beginObject().name("id").value(f.id()).name("line").value(f.line());
      strings("flags", f.flags());
      json.endObject();
    }
    json.endArray();
    json.endObject();
  }

  private void sample(SampleDescription.Table1 table) {
    json.name("sample").beginObject();
    strings("groups", table.groups());
    json.name("variables").beginArray();
    for (SampleDescription.Table1Row row : table.rows()) {
      json.beginObject()
          .name("variable").value(row.variable())
          .name("label").value(row.label())
          .name("type").value(row.type().name().toLowerCase(Locale.ROOT));
      json.name("groups").beginArray();
      for (int g = 0; g < table.groups().size(); g++) {
        SampleDescription.Summary s = row.summaries().get(g);
        json.beginObject().name("group").value(table.groups().get(g))
            .name("n").value(s.n()).name("missing").value(s.missing());
        if (s instanceof SampleDescription.NumberSummary num) {
          stat("mean", num.mean());
          stat("sd", num.sd());
          stat("median", num.median());
          stat("q1", num.q1());
          stat("q3", num.q3());
        } else if (s instanceof SampleDescription.LevelSummary lev) {
          json.name("denominator").value(lev.n());
          json.name("levels").beginArray();
          for (SampleDescription.LevelCount c : lev.levels()) {
            json.beginObject().name("level").value(c.level()).name("count").value(c.count())
                .name("percent").value(c.percent().value()).endObject();
          }
          json.endArray();
        }
        endWithReasons();
      }
      json.endArray();
      json.endObject();
    }
    json.endArray();
    json.endObject();
  }

  private void multiplicity(Multiplicity m) {
    json.name("multiplicity").beginArray();
    for (Multiplicity.Family family : m.families()) {
      json.beginObject().name("family").value(family.name());
      json.name("outcomes").beginArray();
      for (Multiplicity.Adjusted a : family.members()) {
        json.beginObject().name("outcome").value(a.outcome());
        stat("p", a.p());
        stat("p_holm", a.holm());
        stat("p_bh", a.bh());
        endWithReasons();
      }
      json.endArray();
      json.endObject();
    }
    json.endArray();
  }

  private void strings(String key, List<String> values) {
    json.name(key).beginArray();
    values.forEach(json::value);
    json.endArray();
  }

  private void stat(String key, Stat s) {
    json.name(key).value(s.value());
    if (!s.isDefined()) {
      undefined.put(key, s.reason());
    }
  }

  private void endWithReasons() {
    json.name("undefined").beginObject();
    undefined.forEach((k, why) -> json.name(k).value(why));
    undefined.clear();
    json.endObject();
    json.endObject();
  }
}
