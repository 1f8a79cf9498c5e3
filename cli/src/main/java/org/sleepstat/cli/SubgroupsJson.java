package org.sleepstat.cli;

import org.sleepstat.analysis.SubgroupResult;
import org.sleepstat.cli.json.JsonWriter;

/**
 * The contract's {@code subgroups} section (docs/analysis-json.md): per outcome and subgroup,
 * the adjusted difference within each level and the interaction F test; a null statistic's
 * reason in the object's "undefined" member, what was left out in "notes".
 */
final class SubgroupsJson {
  private final StatJson out;
  private final JsonWriter json;

  private SubgroupsJson(StatJson out) {
    this.out = out;
    this.json = out.json;
  }

  /** Writes the member {@code subgroups}: an array of one object per result. */
  static void write(StatJson out, Iterable<SubgroupResult> results) {
    SubgroupsJson writer = new SubgroupsJson(out);
    writer.json.name("subgroups").beginArray();
    results.forEach(writer::subgroup);
    writer.json.endArray();
  }

  private void subgroup(SubgroupResult r) {
    out.open().value("outcome", r.outcome()).value("subgroup", r.subgroup());
    json.name("levels").beginArray();
    for (SubgroupResult.Level l : r.levels()) {
      out.open()
          .value("level", l.level())
          .value("n", l.n())
          .value("n_treated", l.nTreated())
          .stat("estimate", l.difference().value())
          .stat("se", l.se())
          .stat("df", l.df())
          .stat("p", l.p())
          .stat("ci_low", l.difference().ciLow())
          .stat("ci_high", l.difference().ciHigh())
          .strings("notes", l.notes())
          .close();
    }
    json.endArray();
    SubgroupResult.Interaction i = r.interaction();
    out.stat("interaction_f", i.f())
        .stat("interaction_df1", i.df1())
        .stat("interaction_df2", i.df2())
        .stat("p_interaction", i.p())
        .strings("notes", r.notes())
        .close();
  }
}
