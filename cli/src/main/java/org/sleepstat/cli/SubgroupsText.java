package org.sleepstat.cli;

import static org.sleepstat.cli.AnalysisText.num;
import static org.sleepstat.cli.AnalysisText.p;

import java.io.PrintWriter;
import java.util.List;
import org.sleepstat.analysis.SubgroupResult;

/** The readable summary's subgroup section: the difference per level, the interaction test. */
final class SubgroupsText {
  private SubgroupsText() {}

  static void write(List<SubgroupResult> results, PrintWriter out) {
    if (results.isEmpty()) {
      return;
    }
    out.println();
    out.println("Subgroups (difference = changed - not changed, adjusted for the value before;"
        + " per level a separate fit, lm(post ~ pre + changed) within the level; the interaction"
        + " test assumes a common slope; its p-values are exploratory and unadjusted)");
    for (SubgroupResult r : results) {
      out.println("  " + r.outcome() + " by " + r.subgroup() + ": interaction F("
          + num(r.interaction().df1()) + ", " + num(r.interaction().df2()) + ") = "
          + num(r.interaction().f()) + ", p " + p(r.interaction().p()) + " (exploratory)");
      for (SubgroupResult.Level l : r.levels()) {
        String line = "    " + l.level() + ": n = " + l.n() + " (" + l.nTreated() + " changed)";
        if (l.difference().value().isDefined()) {
          line += ", difference " + num(l.difference().value()) + " (95% CI "
              + num(l.difference().ciLow()) + " to " + num(l.difference().ciHigh()) + "), p "
              + p(l.p());
        } else {
          line += ", no difference: " + l.difference().value().reason();
        }
        out.println(line);
      }
      r.notes().forEach(n -> out.println("    note: " + n));
    }
  }
}
