package org.sleepstat.cli;

import static org.sleepstat.cli.AnalysisText.num;
import static org.sleepstat.cli.AnalysisText.p;

import java.io.PrintWriter;
import java.util.Locale;
import org.sleepstat.analysis.AdjustedDifference;
import org.sleepstat.analysis.AnalysisResult;
import org.sleepstat.analysis.Estimate;
import org.sleepstat.analysis.PairedResult;
import org.sleepstat.analysis.SensitivityResult;
import org.sleepstat.analysis.TimeSinceChangeResult;

/** The readable summary's sections on the time since the change and the sensitivity analyses. */
final class TimeAndSensitivityText {
  private TimeAndSensitivityText() {}

  static void write(AnalysisResult result, PrintWriter out) {
    time(result.timeSinceChange(), out);
    sensitivity(result.sensitivity(), out);
  }

  private static void time(TimeSinceChangeResult r, PrintWriter out) {
    out.println();
    out.println("Change against weeks since the change (" + r.selection() + ")");
    r.notes().forEach(n -> out.println("  note: " + n));
    for (TimeSinceChangeResult.Outcome o : r.outcomes()) {
      TimeSinceChangeResult.Slope s = o.slope();
      out.println("  " + o.outcome() + ", n = " + o.n() + ": change per week " + ci(s.slope())
          + ", p " + p(s.p()) + "; Spearman rho = " + num(o.spearman().rho()) + ", p "
          + p(o.spearman().p()));
      StringBuilder line = new StringBuilder("    by band:");
      for (TimeSinceChangeResult.Band b : o.bands()) {
        line.append(' ').append(b.band()).append(" n = ").append(b.n()).append(" mean ")
            .append(num(b.mean())).append(';');
      }
      out.println(line.substring(0, line.length() - 1));
      out.println("    across bands: ANOVA p " + p(o.anova().p()) + ", Welch p "
          + p(o.welch().p()) + ", Kruskal-Wallis p " + p(o.kruskalWallis().p()));
    }
  }

  private static void sensitivity(SensitivityResult r, PrintWriter out) {
    out.println();
    out.println("Sensitivity: the change repeated on parts of the survey");
    for (SensitivityResult.Subset s : r.subsets()) {
      if (s.kind() == SensitivityResult.Kind.MAIN) {
        continue;
      }
      out.println("  " + s.kind().key() + " (" + s.rule() + "): " + s.unavailable()
          .map(why -> "not formed: " + why)
          .orElse(s.respondents() + " respondents, " + s.leftOut() + " left out"));
      s.notes().forEach(n -> out.println("    note: " + n));
    }
    for (SensitivityResult.Outcome o : r.outcomes()) {
      out.println("  " + o.outcome());
      for (SensitivityResult.Repeat rep : o.repeats()) {
        PairedResult p = rep.paired();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
            "    %-18s n = %d, mean change %s, p %s", rep.kind().key(), p.n(),
            ci(p.tTest().meanChange()), p(p.tTest().p())));
        if (rep.adjusted().isPresent()) {
          AdjustedDifference a = rep.adjusted().get();
          line.append("; adjusted difference ").append(ci(a.difference())).append(" (n = ")
              .append(a.n()).append("), p ").append(p(a.p()));
        }
        out.println(line);
      }
    }
  }

  private static String ci(Estimate e) {
    return num(e.value()) + " (95% CI " + num(e.ciLow()) + " to " + num(e.ciHigh()) + ")";
  }
}
