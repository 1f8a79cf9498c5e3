package org.sleepstat.cli;

import java.util.List;
import org.sleepstat.analysis.RepeatedResult;
import org.sleepstat.cli.json.JsonWriter;
import org.sleepstat.core.survey.RepeatedMeasures;
import org.sleepstat.stats.mixed.FTestResult;

/**
 * The contract's {@code repeated} section (docs/analysis-json.md): per outcome over three or
 * more waves, the mixed model's fit, fixed effects, type III F tests, observed and model means
 * and the contrasts between groups and against the first wave. Present only when the file has
 * three or more waves. A null statistic's reason is in its object's "undefined" member; without
 * a fit, {@code sigma}, {@code sd_respondent} and {@code singular} are null with the reason and
 * the model's lists are empty.
 */
final class RepeatedJson {
  private final StatJson out;
  private final JsonWriter json;

  private RepeatedJson(StatJson out) {
    this.out = out;
    this.json = out.json;
  }

  /** Writes the member {@code repeated}, unless there are no results (fewer than 3 waves). */
  static void write(StatJson out, List<RepeatedResult> results) {
    if (results.isEmpty()) {
      return;
    }
    RepeatedJson writer = new RepeatedJson(out);
    writer.json.name("repeated").beginArray();
    results.forEach(writer::outcome);
    writer.json.endArray();
  }

  private void outcome(RepeatedResult r) {
    out.open().value("outcome", r.outcome()).strings("waves", r.waveLabels());
    json.name("weeks").beginArray();
    for (RepeatedMeasures.Wave w : r.waves()) {
      if (w.weeks().isPresent()) {
        json.value(w.weeks().getAsDouble());
      } else {
        json.nullValue();
      }
    }
    json.endArray();
    json.name("group").value(r.group().orElse(null));
    out.strings("group_levels", r.groups())
        .value("formula", r.formula())
        .value("n_respondents", r.respondents())
        .value("n_observations", r.observations())
        .value("left_out_without_group", r.withoutGroup())
        .stat("sigma", r.sigma())
        .stat("sd_respondent", r.sdRespondent());
    if (r.singular().isPresent()) {
      out.value("singular", r.singular().get());
    } else {
      out.stat("singular", r.sigma()); // no fit: null, with the same reason as sigma
    }
    json.name("fixed").beginArray();
    for (RepeatedResult.Coefficient c : r.fixed()) {
      out.open().value("term", c.term());
      inference(c.value(), false);
      out.close();
    }
    json.endArray();
    json.name("anova").beginArray();
    for (RepeatedResult.TermTest t : r.anova()) {
      FTestResult f = t.test();
      out.open().value("term", t.term()).stat("f", f.f()).value("df1", f.df1())
          .stat("df2", f.df2()).stat("p", f.p()).close();
    }
    json.endArray();
    json.name("means").beginArray();
    for (RepeatedResult.Cell c : r.means()) {
      out.open().value("wave", c.wave());
      json.name("group").value(c.group().orElse(null));
      RepeatedResult.Inference m = c.model();
      out.value("n", c.n()).stat("mean", c.mean()).stat("sd", c.sd())
          .stat("emmean", m.estimate()).stat("se", m.se()).stat("df", m.df())
          .stat("ci_low", m.ciLow()).stat("ci_high", m.ciHigh()).close();
    }
    json.endArray();
    json.name("between").beginArray();
    for (RepeatedResult.Difference d : r.between()) {
      out.open().value("wave", d.wave()).value("contrast", d.contrast());
      inference(d.value(), true);
      out.close();
    }
    json.endArray();
    json.name("within").beginArray();
    for (RepeatedResult.Difference d : r.within()) {
      out.open();
      json.name("group").value(d.group().orElse(null));
      out.value("wave", d.wave()).value("contrast", d.contrast());
      inference(d.value(), true);
      out.close();
    }
    json.endArray();
    out.strings("notes", r.notes()).close();
  }

  private void inference(RepeatedResult.Inference v, boolean interval) {
    out.stat("estimate", v.estimate()).stat("se", v.se()).stat("df", v.df()).stat("t", v.t())
        .stat("p", v.p());
    if (interval) {
      out.stat("ci_low", v.ciLow()).stat("ci_high", v.ciHigh());
    }
  }
}
