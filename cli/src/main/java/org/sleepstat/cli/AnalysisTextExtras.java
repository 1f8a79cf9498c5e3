package org.sleepstat.cli;

import static org.sleepstat.cli.AnalysisText.num;
import static org.sleepstat.cli.AnalysisText.p;

import java.io.PrintWriter;
import java.util.Locale;
import org.sleepstat.analysis.AdjustedDifference;
import org.sleepstat.analysis.AgeBand;
import org.sleepstat.analysis.AgeBandResult;
import org.sleepstat.analysis.AnalysisResult;
import org.sleepstat.analysis.ArmComparisonResult;
import org.sleepstat.analysis.CategoricalResult;
import org.sleepstat.stats.ChiSquareResult;
import org.sleepstat.stats.ContingencyTable;
import org.sleepstat.stats.FisherResult;
import org.sleepstat.analysis.Estimate;
import org.sleepstat.analysis.RegressionCoefficient;
import org.sleepstat.analysis.RegressionResult;

/** The readable summary's sections for the comparisons and models beyond the headline tests. */
final class AnalysisTextExtras {
  private AnalysisTextExtras() {}

  static void changedVsUnchanged(AnalysisResult result, PrintWriter out) {
    if (result.armComparison().isEmpty()) {
      return;
    }
    out.println();
    String group = result.design().groupName().orElse("group");
    out.println("Changed mattress vs not (difference = changed - not changed), first: a change"
        + " among changers alone does not tell the mattress from time");
    for (ArmComparisonResult a : result.armComparison()) {
      out.println("  " + a.outcome() + ": changed n = " + a.changed().n() + ", mean change "
          + num(a.changed().meanChange()) + "; not changed n = " + a.unchanged().n()
          + ", mean change " + num(a.unchanged().meanChange()));
      AdjustedDifference full = a.adjusted();
      Estimate d = full.difference();
      out.println("    Adjusted for pre and covariates (lm(post ~ pre + " + group
          + full.covariates().stream().map(c -> " + " + c).reduce("", String::concat)
          + "), n = " + full.n() + " complete cases): difference " + num(d.value())
          + " (95% CI " + num(d.ciLow()) + " to " + num(d.ciHigh()) + "), t(" + num(full.df())
          + ") = " + num(full.t()) + ", p " + p(full.p()));
      for (String note : full.notes()) {
        out.println("      note: " + note);
      }
      ArmComparisonResult.Ancova ancova = a.ancova();
      Estimate adjusted = ancova.difference();
      out.println("    ANCOVA (post ~ pre + changed): adjusted difference "
          + num(adjusted.value()) + " (95% CI " + num(adjusted.ciLow()) + " to "
          + num(adjusted.ciHigh()) + "), t(" + num(ancova.df()) + ") = " + num(ancova.t())
          + ", p " + p(ancova.p()));
      ArmComparisonResult.Welch welch = a.welch();
      Estimate difference = welch.difference();
      out.println("    Welch t-test on the change: difference " + num(difference.value())
          + " (95% CI " + num(difference.ciLow()) + " to " + num(difference.ciHigh()) + "), t("
          + num(welch.df()) + ") = " + num(welch.t()) + ", p " + p(welch.p()));
    }
  }

  static void ageBandsAndRegression(AnalysisResult result, PrintWriter out) {
    for (AgeBandResult r : result.ageBands()) {
      StringBuilder line = new StringBuilder("  " + r.outcome() + " by mattress age band:");
      for (AgeBand b : r.bands()) {
        line.append(' ').append(b.band()).append(" n = ").append(b.n()).append(" mean ")
            .append(num(b.mean())).append(';');
      }
      out.println(line.substring(0, line.length() - 1));
      AgeTrendText.write(r, out);
    }
    for (RegressionResult r : result.regression()) {
      out.println();
      RegressionResult.ModelFit fit = r.fit();
      out.println("  Regression " + r.formula() + ": n = " + r.n() + " (" + r.droppedMissing()
          + " dropped for missing covariates), R squared " + num(fit.rSquared()) + ", adjusted "
          + num(fit.adjustedRSquared()) + ", F(" + num(fit.fDf1()) + ", " + num(fit.fDf2()) + ") = "
          + num(fit.f()) + ", p " + p(fit.p()));
      for (String note : r.notes()) {
        out.println("    note: " + note);
      }
      for (RegressionCoefficient c : r.coefficients()) {
        out.println(String.format(Locale.ROOT, "    %-28s %10s  SE %-8s t %-8s p %-9s 95%% CI %s"
            + " to %s", c.term(), num(c.estimate()), num(c.standardError()), num(c.t()),
            p(c.p()), num(c.ciLow()), num(c.ciHigh())));
      }
    }
  }

  static void categorical(AnalysisResult result, PrintWriter out) {
    if (result.categorical().isEmpty()) {
      return;
    }
    out.println();
    out.println("Categorical tests");
    for (CategoricalResult r : result.categorical()) {
      ContingencyTable t = r.table();
      out.println("  " + r.name() + " (n = " + r.n() + ", " + r.excludedMissing()
          + " with a missing value left out)");
      out.println(String.format(Locale.ROOT, "    %-14s %s", "",
          String.join("  ", t.columnLevels())));
      for (int i = 0; i < t.rowLevels().size(); i++) {
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "    %-14s",
            t.rowLevels().get(i)));
        for (int count : t.counts()[i]) {
          row.append(String.format(Locale.ROOT, " %4d", count));
        }
        out.println(row);
      }
      ChiSquareResult chi = r.chiSquare();
      out.println("    chi-square" + (chi.yatesCorrected() ? " with Yates' correction" : "")
          + ": X2(" + num(chi.df()) + ") = " + num(chi.statistic()) + ", p " + p(chi.p())
          + chi.warning().map(w -> " (" + w + ")").orElse(""));
      FisherResult f = r.fisher();
      out.println("    Fisher's exact test: p " + p(f.p())
          + (f.oddsRatio().isDefined() ? "; odds ratio " + num(f.oddsRatio()) + " (95% CI "
              + num(f.oddsRatioCiLow()) + " to " + num(f.oddsRatioCiHigh()) + ")" : ""));
      for (String note : r.notes()) {
        out.println("    note: " + note);
      }
    }
  }
}
