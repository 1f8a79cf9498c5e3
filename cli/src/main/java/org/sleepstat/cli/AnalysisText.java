package org.sleepstat.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.sleepstat.analysis.AnalysisResult;
import org.sleepstat.analysis.Estimate;
import org.sleepstat.analysis.MattressAgeResult;
import org.sleepstat.analysis.Multiplicity;
import org.sleepstat.analysis.PairedResult;
import org.sleepstat.analysis.PairwiseComparison;
import org.sleepstat.analysis.PositionGroup;
import org.sleepstat.analysis.PositionResult;
import org.sleepstat.analysis.RedFlags;
import org.sleepstat.analysis.SampleDescription;
import org.sleepstat.core.io.ImportResult;
import org.sleepstat.stats.Stat;

/** The readable summary of {@code analyze}: estimates with CIs, tests, p-values, methods. */
final class AnalysisText {
  private final PrintWriter out;

  private AnalysisText(PrintWriter out) {
    this.out = out;
  }

  static void write(ImportResult imported, AnalysisResult result, PrintWriter out) {
    AnalysisText text = new AnalysisText(out);
    ImportResult.RowCounts counts = imported.counts();
    out.println(imported.file() + ": " + counts.rows() + " rows read, " + counts.accepted()
        + " accepted, " + counts.rejected() + " rejected"
        + (counts.rejected() > 0 ? " (sleepstat validate lists why)" : ""));
    AnalysisTextExtras.changedVsUnchanged(result, out);
    text.sample(result.sample());
    text.paired(result);
    text.positions(result);
    SubgroupsText.write(result.subgroups(), out);
    text.mattressAge(result);
    AnalysisTextExtras.ageBandsAndRegression(result, out);
    AnalysisTextExtras.categorical(result, out);
    AdviceText.write(result, out);
    text.multiplicity(result.multiplicity());
    text.redFlags(result.redFlags());
    TimeAndSensitivityText.write(result, out);
    RepeatedText.write(result.repeated(), out);
    out.flush();
  }

  private void sample(SampleDescription.Table1 table) {
    out.println();
    out.println("Sample (Table 1): numbers as mean (sd), median [IQR]; levels as count (% of"
        + " those answering)");
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-22s", ""));
    for (String g : table.groups()) {
      header.append(String.format(Locale.ROOT, " %-30s", g));
    }
    out.println(header.toString().stripTrailing());
    for (SampleDescription.Table1Row row : table.rows()) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-22s", row.variable()));
      for (SampleDescription.Summary s : row.summaries()) {
        line.append(String.format(Locale.ROOT, " %-30s",
            "n = " + s.n() + (s.missing() > 0 ? ", missing " + s.missing() : "")));
      }
      out.println(line.toString().stripTrailing());
      if (row.summaries().get(0) instanceof SampleDescription.NumberSummary) {
        StringBuilder values = new StringBuilder(String.format(Locale.ROOT, "  %-22s", ""));
        for (SampleDescription.Summary s : row.summaries()) {
          SampleDescription.NumberSummary n = (SampleDescription.NumberSummary) s;
          values.append(String.format(Locale.ROOT, " %-30s", n.n() == 0 ? "-"
              : brief(n.mean()) + " (" + brief(n.sd()) + "), " + brief(n.median()) + " ["
                  + brief(n.q1()) + ", " + brief(n.q3()) + "]"));
        }
        out.println(values.toString().stripTrailing());
        continue;
      }
      int levels = ((SampleDescription.LevelSummary) row.summaries().get(0)).levels().size();
      for (int l = 0; l < levels; l++) {
        String name = ((SampleDescription.LevelSummary) row.summaries().get(0)).levels().get(l)
            .level();
        StringBuilder values = new StringBuilder(String.format(Locale.ROOT, "    %-20s", name));
        for (SampleDescription.Summary s : row.summaries()) {
          SampleDescription.LevelCount c = ((SampleDescription.LevelSummary) s).levels().get(l);
          values.append(String.format(Locale.ROOT, " %-30s",
              c.count() + " (" + (c.percent().isDefined()
                  ? String.format(Locale.ROOT, "%.1f%%", c.percent().getAsDouble()) : "NA")
                  + ")"));
        }
        out.println(values.toString().stripTrailing());
      }
    }
  }

  private void multiplicity(Multiplicity m) {
    out.println();
    out.println("Adjusted p-values across outcomes (Holm; Benjamini-Hochberg)");
    for (Multiplicity.Family family : m.families()) {
      if (family.members().isEmpty()) {
        continue;
      }
      out.println("  " + family.name());
      for (Multiplicity.Adjusted a : family.members()) {
        out.println(String.format(Locale.ROOT, "    %-20s p %-9s Holm p %-9s BH p %s",
            a.outcome(), p(a.p()), p(a.holm()), p(a.bh())));
      }
    }
  }

  private void paired(AnalysisResult result) {
    if (result.paired().isEmpty()) {
      return;
    }
    out.println();
    out.println("Change after a mattress change (change = post - pre)");
    for (PairedResult p : result.paired()) {
      out.println("  " + p.outcome() + ": " + p.selection() + ", n = " + p.n());
      Estimate mean = p.tTest().meanChange();
      if (!mean.value().isDefined()) {
        out.println("    not computable: " + mean.value().reason());
        continue;
      }
      out.println("    mean " + num(p.means().pre()) + " before, " + num(p.means().post())
          + " after; mean change " + num(mean.value()) + " (95% CI " + num(mean.ciLow()) + " to "
          + num(mean.ciHigh()) + ")");
      out.println("    paired t-test: t(" + num(p.tTest().df()) + ") = " + num(p.tTest().t())
          + ", p " + p(p.tTest().p()));
      out.println("    " + p.signedRank().method() + ": V = " + num(p.signedRank().v()) + ", p "
          + p(p.signedRank().p()));
      Estimate hl = p.hodgesLehmann().estimate();
      out.println("    Hodges-Lehmann estimate " + num(hl.value()) + " ("
          + confidence(p.hodgesLehmann().confidence()) + " CI " + num(hl.ciLow()) + " to "
          + num(hl.ciHigh()) + "); change " + num(p.means().percentChange())
          + "% of the mean before");
      out.println("    Cohen's dz = " + num(p.dz().value()) + " (95% CI " + num(p.dz().ciLow())
          + " to " + num(p.dz().ciHigh()) + ", noncentral t)");
      responders(p.absolute(), p.n());
      responders(p.relative(), p.n());
    }
  }

  private void responders(PairedResult.Responders r, int n) {
    if (!r.applied()) {
      out.println("    relative responders: " + r.rule());
      return;
    }
    out.println("    responders (" + r.rule() + "): " + r.count() + " of " + n + " = "
        + pct(r.rate().value()) + " (95% Wilson CI " + pct(r.rate().ciLow()) + " to "
        + pct(r.rate().ciHigh()) + ")");
  }

  private static String confidence(Stat level) {
    return level.isDefined()
        ? String.format(Locale.ROOT, "%.0f%%", 100 * level.getAsDouble()) : "no";
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
        out.println(String.format(Locale.ROOT,
            "    %-12s n = %-6d mean %s  sd %s  median %s [IQR %s to %s]", g.position(), g.n(),
            num(g.mean()), num(g.sd()), num(g.median()), num(g.q1()), num(g.q3())));
      }
      if (!r.anova().f().isDefined()) {
        out.println("    tests not computable: " + r.anova().f().reason());
        continue;
      }
      PositionResult.OneWayF anova = r.anova();
      PositionResult.OneWayF welch = r.welch();
      out.println("    one-way ANOVA: F(" + num(anova.df1()) + ", " + num(anova.df2()) + ") = "
          + num(anova.f()) + ", p " + p(anova.p()) + "; eta squared "
          + num(r.effectSizes().etaSquared()));
      out.println("    Welch's ANOVA: F(" + num(welch.df1()) + ", " + num(welch.df2()) + ") = "
          + num(welch.f()) + ", p " + p(welch.p()));
      out.println("    Kruskal-Wallis (tie-corrected): H(" + num(r.kruskalWallis().df()) + ") = "
          + num(r.kruskalWallis().h()) + ", p " + p(r.kruskalWallis().p()) + "; epsilon squared "
          + num(r.effectSizes().epsilonSquared()));
      for (PairwiseComparison c : r.pairwise()) {
        Estimate difference = c.gamesHowell().difference();
        out.println(String.format(Locale.ROOT,
            "    %s - %s: difference %s (95%% CI %s to %s), Games-Howell p %s;"
                + " Dunn z = %s, p %s, Holm p %s",
            c.group2(), c.group1(), num(difference.value()), num(difference.ciLow()),
            num(difference.ciHigh()), p(c.gamesHowell().p()), num(c.dunn().z()),
            p(c.dunn().p()), p(c.dunn().pHolm())));
      }
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
          + p(m.pPearson()) + "; Spearman rho = " + num(m.spearmanRho()) + " (95% CI "
          + num(m.spearmanCiLow()) + " to " + num(m.spearmanCiHigh()) + "), p "
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
        + (flags.respondents() == 1 ? "" : "s") + " with at least one, to follow up");
    for (RedFlags.Flagged f : flags.flagged()) {
      out.println("  " + f.id() + " (line " + f.line() + "): " + String.join(", ", f.flags()));
    }
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
    String text = String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.1f" : "%.3f", v);
    // a tiny negative value (a Hodges–Lehmann root of -1e-5) reads as zero, not "-0.000"
    return text.matches("-0\\.0+") ? text.substring(1) : text;
  }

  /** At most two decimals, without trailing zeros: 24.1, 6.75, 47. */
  static String brief(Stat s) {
    if (!s.isDefined()) {
      return "NA";
    }
    String text = String.format(Locale.ROOT, "%.2f", s.getAsDouble());
    text = text.replaceAll("0+$", "");
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
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
