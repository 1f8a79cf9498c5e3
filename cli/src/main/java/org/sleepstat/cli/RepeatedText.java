package org.sleepstat.cli;

import static org.sleepstat.cli.AnalysisText.num;
import static org.sleepstat.cli.AnalysisText.p;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.sleepstat.analysis.RepeatedResult;

/**
 * The readable summary's section on outcomes over three or more waves: per outcome the model,
 * its type III F tests, the difference between the groups at each wave (without a group: each
 * wave against the first), and a boundary fit or a refused model said in a note.
 */
final class RepeatedText {
  private RepeatedText() {}

  static void write(List<RepeatedResult> results, PrintWriter out) {
    if (results.isEmpty()) {
      return;
    }
    out.println();
    out.println("Over time (linear mixed model, a random intercept per respondent, REML; every "
        + "value used, respondents with missed waves stay in; type III F tests and t tests with"
        + " Satterthwaite df, as lme4 + lmerTest + emmeans)");
    for (RepeatedResult r : results) {
      out.println("  " + r.formula() + ": " + r.respondents() + " respondents, "
          + r.observations() + " values over " + r.waves().size() + " waves ("
          + String.join(", ", r.waveLabels()) + ")");
      if (r.fitted()) {
        List<String> tests = new ArrayList<>();
        for (RepeatedResult.TermTest t : r.anova()) {
          tests.add(t.term() + " F(" + t.test().df1() + ", " + num(t.test().df2()) + ") = "
              + num(t.test().f()) + ", p " + p(t.test().p()));
        }
        out.println("    " + String.join("; ", tests));
        boolean between = !r.between().isEmpty();
        out.println(between ? "    difference between the groups at each wave (model means):"
            : "    each wave against " + r.waveLabels().get(0) + " (model means):");
        for (RepeatedResult.Difference d : between ? r.between() : r.within()) {
          RepeatedResult.Inference v = d.value();
          out.println("      " + (between ? d.wave() + ", " : "") + d.contrast() + ": "
              + num(v.estimate()) + " (95% CI " + num(v.ciLow()) + " to " + num(v.ciHigh())
              + "), p " + p(v.p()));
        }
      }
      r.notes().forEach(n -> out.println("    note: " + n));
    }
  }
}
