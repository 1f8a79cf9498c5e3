package org.sleepstat.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.sleepstat.analysis.AnalysisResult;
import org.sleepstat.analysis.MattressAgeResult;
import org.sleepstat.analysis.PairedResult;
import org.sleepstat.analysis.PositionGroup;
import org.sleepstat.analysis.PositionResult;
import org.sleepstat.analysis.RedFlags;
import org.sleepstat.analysis.Stat;
import org.sleepstat.core.io.ImportResult;

/** The readable summary of {@code analyze}: estimates with CIs, tests, p-values, methods. */
final class AnalysisText {
  private final PrintWriter out;

  private AnalysisText(PrintWriter out) {
    this.out = out;
  }

  static void write(ImportResult imported, AnalysisResult result, PrintWriter out) {
    AnalysisText text = new AnalysisText(out);
    out.println(imported.file() + ": " + imported.rows() + " rows read, " + imported.accepted()
        + " accepted, " + imported.rejected() + " rejected"
        + (imported.rejected() > 0 ? " (sleepstat validate lists why)" : ""));
    text.paired(result);
    text.positions(result);
    text.mattressAge(result);
    text.redFlags(result.redFlags());
    out.flush();
  }

  private void paired(AnalysisResult result) {
    if (result.paired().isEmpty()) {
      return;
    }
    out.println();
    out.println("Change after a mattress change (change = post - pre)");
    for (PairedResult p : result.paired()) {
      out.println("  " + p.outcome() + ": " + p.selection() + ", n = " + p.n());
      if (!p.meanChange().isDefined()) {
        out.println("    not computable: " + p.meanChange().reason());
        continue;
      }
      out.println("    mean " + num(p.meanPre()) + " before, " + num(p.meanPost())
          + " after; mean change " + num(p.meanChange()) + " (95% CI " + num(p.ciLow()) + " to "
          + num(p.ciHigh()) + ")");
      out.println("    paired t-test: t(" + num(p.df()) + ") = " + num(p.t()) + ", p "
          + p(p.pT()));
      out.println("    " + p.wilcoxonMethod() + ": V = " + num(p.wilcoxonV()) + ", p "
          + p(p.pWilcoxon()));
      out.println("    Cohen's dz = " + num(p.dz()) + "; responders (" + p.responderRule()
          + "): " + p.responders() + " of " + p.n() + " = " + pct(p.responderRate())
          + " (95% Wilson CI " + pct(p.responderCiLow()) + " to " + pct(p.responderCiHigh())
          + ")");
    }
  }

  private void positions(AnalysisResult result) {
    if (result.byPosition().isEmpty()) {
      return;
    }
    out.println();
    out.println("Baseline outcomes by sleep position");
    for (PositionResult r : result.byPosition()) {
      out.println("  " + r.outcome() + ", n = " + r.n());
      for (PositionGroup g : r.groups()) {
        out.println(String.format(Locale.ROOT, "    %-12s n = %-6d mean %s  sd %s  median %s",
            g.position(), g.n(), num(g.mean()), num(g.sd()), num(g.median())));
      }
      if (!r.anovaF().isDefined()) {
        out.println("    tests not computable: " + r.anovaF().reason());
        continue;
      }
      out.println("    one-way ANOVA: F(" + num(r.anovaDf1()) + ", " + num(r.anovaDf2()) + ") = "
          + num(r.anovaF()) + ", p " + p(r.pAnova()) + "; eta squared " + num(r.etaSquared()));
      out.println("    Welch's ANOVA: F(" + num(r.welchDf1()) + ", " + num(r.welchDf2()) + ") = "
          + num(r.welchF()) + ", p " + p(r.pWelch()));
      out.println("    Kruskal-Wallis (tie-corrected): H(" + num(r.kruskalDf()) + ") = "
          + num(r.kruskalH()) + ", p " + p(r.pKruskal()));
    }
  }

  private void mattressAge(AnalysisResult result) {
    if (result.mattressAge().isEmpty()) {
      return;
    }
    out.println();
    out.println("Mattress age against baseline outcomes");
    for (MattressAgeResult m : result.mattressAge()) {
      out.println("  " + m.outcome() + ", n = " + m.n() + ": Pearson r = " + num(m.pearsonR())
          + " (95% CI " + num(m.pearsonCiLow()) + " to " + num(m.pearsonCiHigh()) + "), p "
          + p(m.pPearson()) + "; Spearman rho = " + num(m.spearmanRho()) + ", p "
          + p(m.pSpearman()));
    }
  }

  private void redFlags(RedFlags flags) {
    out.println();
    if (flags.flags().isEmpty()) {
      out.println("Red flags: the survey has no red-flag columns");
      return;
    }
    out.println("Red flags: " + flags.respondents() + " respondent"
        + (flags.respondents() == 1 ? "" : "s") + " with at least one, to follow up"
        + (flags.ids().isEmpty() ? "" : ": " + String.join(", ", flags.ids())));
    StringBuilder b = new StringBuilder("  by flag:");
    for (RedFlags.Flag f : flags.flags()) {
      b.append(' ').append(f.name()).append(' ').append(f.yes()).append(';');
    }
    out.println(b.substring(0, b.length() - 1));
  }

  static String num(Stat s) {
    return s.isDefined() ? num(s.getAsDouble()) : "NA";
  }

  static String num(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e9) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.1f" : "%.3f", v);
  }

  static String p(Stat s) {
    if (!s.isDefined()) {
      return "NA";
    }
    double p = s.getAsDouble();
    return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "= %.3f", p);
  }

  static String pct(Stat s) {
    return s.isDefined() ? String.format(Locale.ROOT, "%.1f%%", 100 * s.getAsDouble()) : "NA";
  }
}
