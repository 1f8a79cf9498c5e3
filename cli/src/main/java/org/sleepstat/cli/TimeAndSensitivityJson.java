package org.sleepstat.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sleepstat.analysis.AnalysisResult;
import org.sleepstat.analysis.PairedResult;
import org.sleepstat.analysis.SensitivityResult;
import org.sleepstat.analysis.TimeSinceChangeResult;
import org.sleepstat.cli.json.JsonWriter;
import org.sleepstat.stats.Stat;

/**
 * The sections {@code time_since_change} and {@code sensitivity} of {@code analyze --json}; keys
 * and their R calls are in docs/analysis-json.md.
 */
final class TimeAndSensitivityJson {
  private final StatJson out;
  private final JsonWriter json;

  private TimeAndSensitivityJson(StatJson out) {
    this.out = out;
    this.json = out.json;
  }

  static void write(StatJson out, AnalysisResult result) {
    TimeAndSensitivityJson doc = new TimeAndSensitivityJson(out);
    doc.time(result.timeSinceChange());
    doc.sensitivity(result.sensitivity());
  }

  private void time(TimeSinceChangeResult r) {
    json.name("time_since_change").beginObject();
    json.name("weeks").value(r.weeks().orElse(null));
    json.name("selection").value(r.selection());
    json.name("undefined").beginObject();
    if (r.weeks().isEmpty()) {
      json.name("weeks").value(r.notes().get(0));
    }
    json.endObject();
    out.strings("notes", r.notes());
    json.name("outcomes").beginArray();
    for (TimeSinceChangeResult.Outcome o : r.outcomes()) {
      TimeSinceChangeResult.Slope s = o.slope();
      out.open().value("outcome", o.outcome()).value("n", o.n())
          .stat("intercept", s.intercept())
          .stat("slope", s.slope().value())
          .stat("slope_se", s.se())
          .stat("slope_t", s.t())
          .stat("slope_df", s.df())
          .stat("p_slope", s.p())
          .stat("slope_ci_low", s.slope().ciLow())
          .stat("slope_ci_high", s.slope().ciHigh())
          .stat("spearman_rho", o.spearman().rho())
          .stat("p_spearman", o.spearman().p());
      json.name("bands").beginArray();
      for (TimeSinceChangeResult.Band b : o.bands()) {
        out.open().value("band", b.band()).value("from_weeks", b.from())
            .stat("to_weeks", Double.isInfinite(b.to())
                ? Stat.undefined("the last band has no upper end") : Stat.of(b.to()))
            .value("n", b.n()).stat("mean_change", b.mean()).stat("sd", b.sd())
            .stat("ci_low", b.ciLow()).stat("ci_high", b.ciHigh()).close();
      }
      json.endArray();
      out.value("bands_tested", o.bandsTested())
          .oneWay(o.anova(), o.welch(), o.kruskalWallis())
          .close();
    }
    json.endArray();
    json.endObject();
  }

  private void sensitivity(SensitivityResult r) {
    json.name("sensitivity").beginObject();
    json.name("subsets").beginArray();
    for (SensitivityResult.Subset s : r.subsets()) {
      json.beginObject().name("subset").value(s.kind().key()).name("rule").value(s.rule())
          .name("formed").value(s.unavailable().isEmpty())
          .name("respondents").value(s.respondents()).name("left_out").value(s.leftOut())
          .name("left_out_missing").value(s.leftOutMissing())
          .name("kept_with_missing").value(s.keptWithMissing());
      List<String> notes = new ArrayList<>();
      s.unavailable().ifPresent(why -> notes.add("not formed: " + why));
      notes.addAll(s.notes());
      out.strings("notes", notes);
      json.endObject();
    }
    json.endArray();
    json.name("outcomes").beginArray();
    for (SensitivityResult.Outcome o : r.outcomes()) {
      json.beginObject().name("outcome").value(o.outcome());
      Map<String, String> why = new LinkedHashMap<>();
      for (SensitivityResult.Subset s : r.subsets()) {
        Optional<SensitivityResult.Repeat> repeat = o.of(s.kind());
        json.name(s.kind().key());
        if (repeat.isEmpty()) {
          json.nullValue();
          why.put(s.kind().key(), "not formed: " + s.unavailable().orElse(""));
        } else {
          repeat(repeat.get());
        }
      }
      undefined(why);
      json.endObject();
    }
    json.endArray();
    json.endObject();
  }

  private void repeat(SensitivityResult.Repeat r) {
    json.beginObject();
    PairedResult p = r.paired();
    out.open("paired")
        .value("selection", p.selection())
        .value("n", p.n())
        .stat("mean_change", p.tTest().meanChange().value())
        .stat("ci_low", p.tTest().meanChange().ciLow())
        .stat("ci_high", p.tTest().meanChange().ciHigh())
        .stat("t", p.tTest().t())
        .stat("df", p.tTest().df())
        .stat("p_t", p.tTest().p())
        .stat("p_wilcoxon", p.signedRank().p())
        .value("responder_rule", p.absolute().rule())
        .value("responders", p.absolute().count())
        .stat("responder_rate", p.absolute().rate().value())
        .close();
    json.name("adjusted");
    Map<String, String> why = new LinkedHashMap<>();
    if (r.adjusted().isEmpty()) {
      json.nullValue();
      why.put("adjusted", "no group column (or a single-arm study): nothing to compare with");
    } else {
      AnalysisJsonExtras.adjustedFields(out.open(), r.adjusted().get()).close();
    }
    undefined(why);
    json.endObject();
  }

  /** The object's "undefined" member: why each null member is null. */
  private void undefined(Map<String, String> why) {
    json.name("undefined").beginObject();
    why.forEach((key, reason) -> json.name(key).value(reason));
    json.endObject();
  }
}
