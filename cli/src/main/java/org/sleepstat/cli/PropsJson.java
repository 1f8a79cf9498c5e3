package org.sleepstat.cli;

import org.sleepstat.analysis.AnalysisResult;
import org.sleepstat.analysis.PropComparison;
import org.sleepstat.analysis.PropsResult;

/**
 * The {@code props} section of {@code analyze --json}: per position and prop of the plan's
 * advice, the respondents with the prop against those without (docs/analysis-json.md).
 */
final class PropsJson {
  private final StatJson out;

  private PropsJson(StatJson out) {
    this.out = out;
  }

  static void write(StatJson out, AnalysisResult result) {
    PropsJson props = new PropsJson(out);
    out.json.name("props").beginArray();
    result.props().forEach(props::entry);
    out.json.endArray();
  }

  private void entry(PropsResult r) {
    out.open().value("position", r.position()).value("prop", r.prop())
        .strings("notes", r.notes());
    out.json.name("baseline").beginArray();
    r.baseline().forEach(this::comparison);
    out.json.endArray();
    out.json.name("change").beginArray();
    r.change().forEach(this::comparison);
    out.json.endArray();
    out.close();
  }

  private void comparison(PropComparison c) {
    out.open()
        .value("outcome", c.outcome())
        .value("n_with", c.nWith())
        .value("n_without", c.nWithout())
        .stat("mean_with", c.with().mean())
        .stat("mean_without", c.without().mean())
        .stat("difference", c.welch().difference())
        .stat("ci_low", c.welch().ciLow())
        .stat("ci_high", c.welch().ciHigh())
        .stat("t", c.welch().test().t())
        .stat("df", c.welch().test().df())
        .stat("p_t", c.welch().test().p())
        .stat("w", c.rankSum().w())
        .stat("p_w", c.rankSum().p())
        .value("exact", c.rankSum().exact())
        .stat("hl_estimate", c.shift().value())
        .stat("hl_ci_low", c.shift().ciLow())
        .stat("hl_ci_high", c.shift().ciHigh())
        .stat("hl_level", c.shiftLevel())
        .close();
  }
}
