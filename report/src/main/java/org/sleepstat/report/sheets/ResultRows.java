package org.sleepstat.report.sheets;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sleepstat.analysis.AnalysisResult;
import org.sleepstat.analysis.ArmComparisonResult;
import org.sleepstat.analysis.CategoricalResult;
import org.sleepstat.analysis.Estimate;
import org.sleepstat.analysis.MattressAgeResult;
import org.sleepstat.analysis.Multiplicity;
import org.sleepstat.analysis.PairedResult;
import org.sleepstat.analysis.PairwiseComparison;
import org.sleepstat.analysis.PositionResult;
import org.sleepstat.analysis.TestFamily;
import org.sleepstat.report.OutcomeText;
import org.sleepstat.report.Report;
import org.sleepstat.report.xlsx.CellKind;
import org.sleepstat.stats.Stat;

/**
 * Every result of a report as one row per estimate, in the order of the result sheets: what was
 * estimated, for which outcome and comparison, the estimate with its 95% interval, its p-value
 * and the p-value adjusted across outcomes (Holm), how many respondents, and the method. Numbers
 * are the analysis' own; nothing is computed here.
 *
 * @param outcome the outcome's title, e.g. "Back pain on waking" or "Baseline back pain on
 *     waking"
 * @param comparison what is compared, e.g. "after − before (changed_mattress = yes)"
 * @param measure what the estimate is, e.g. "mean change" or "Pearson r"
 * @param estimate the estimate
 * @param kind how the estimate and its interval are shown
 * @param ciLow the lower end of its 95% interval (undefined where it has none)
 * @param ciHigh the upper end
 * @param p its p-value (undefined where it has none)
 * @param holm the p-value adjusted across the outcomes of its test (undefined where it has none)
 * @param n respondents or pairs
 * @param method the test or interval, as R names it
 */
record ResultRows(String outcome, String comparison, String measure, Stat estimate,
    CellKind kind, Stat ciLow, Stat ciHigh, Stat p, Stat holm, int n, String method) {
  private static final Stat NONE = Stat.undefined("none for this estimate");

  ResultRows {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(estimate, "estimate");
  }

  /** The rows of {@code report}. */
  static List<ResultRows> of(Report report) {
    AnalysisResult a = report.analysis();
    OutcomeText text = report.text();
    List<ResultRows> rows = new ArrayList<>();
    String change = "after − before (" + report.pairedScope() + ")";
    for (PairedResult p : a.paired()) {
      String o = text.title(p.outcome());
      rows.add(row(o, change, "mean change", p.tTest().meanChange(), CellKind.NUMBER,
          p.tTest().p(), holm(report, TestFamily.PAIRED_T, p.outcome()), p.n(), "paired t-test"));
      rows.add(row(o, change, "pseudo-median change (Hodges–Lehmann)",
          p.hodgesLehmann().estimate(), CellKind.NUMBER, p.signedRank().p(),
          holm(report, TestFamily.SIGNED_RANK, p.outcome()), p.n(), "Wilcoxon signed-rank"));
      rows.add(row(o, change, "Cohen's dz", p.dz(), CellKind.PRECISE, NONE, NONE, p.n(),
          "mean change / SD of change; noncentral-t interval"));
      rows.add(row(o, change, "responders (" + p.absolute().rule() + ")", p.absolute().rate(),
          CellKind.SHARE, NONE, NONE, p.n(), "share; Wilson score interval"));
      if (p.relative().applied()) {
        rows.add(row(o, change, "responders (" + p.relative().rule() + ")",
            p.relative().rate(), CellKind.SHARE, NONE, NONE, p.n(),
            "share; Wilson score interval"));
      }
    }
    String group = report.design().group().map(g -> g.variable().name() + " = " + g.treated())
        .orElse("treated");
    for (ArmComparisonResult r : a.armComparison()) {
      String o = text.title(r.outcome());
      int n = r.changed().n() + r.unchanged().n();
      rows.add(row(o, group + " − the others, after, adjusted for before", "difference",
          r.ancova().difference(), CellKind.NUMBER, r.ancova().p(),
          holm(report, TestFamily.ANCOVA, r.outcome()), n, "ANCOVA lm(post ~ pre + group)"));
      rows.add(row(o, group + " − the others, after, adjusted for before and "
          + (r.adjusted().covariates().isEmpty() ? "no covariate"
              : String.join(", ", r.adjusted().covariates())), "difference",
          r.adjusted().difference(), CellKind.NUMBER, r.adjusted().p(), NONE, r.adjusted().n(),
          "lm(post ~ pre + group + covariates)"));
      rows.add(row(o, group + " − the others, change", "difference in mean change",
          r.welch().difference(), CellKind.NUMBER, r.welch().p(),
          holm(report, TestFamily.WELCH_CHANGE, r.outcome()), n, "Welch's t-test on the change"));
    }
    for (PositionResult r : a.byPosition()) {
      String o = "Baseline " + text.inSentence(r.outcome());
      String position = report.design().position().map(v -> v.name()).orElse("");
      rows.add(row(o, "across " + position + " levels", "eta²",
          new Estimate(r.effectSizes().etaSquared(), NONE, NONE), CellKind.PRECISE,
          r.welch().p(), holm(report, TestFamily.WELCH_ANOVA, r.outcome()), r.n(),
          "Welch's ANOVA (p); eta² of the one-way ANOVA"));
      for (PairwiseComparison c : r.pairwise()) {
        rows.add(row(o, text.level(position, c.group2()) + " − "
            + text.level(position, c.group1()), "difference in means",
            c.gamesHowell().difference(), CellKind.NUMBER, c.gamesHowell().p(), NONE,
            c.n1() + c.n2(), "Games–Howell (p adjusted for the pairs)"));
      }
    }
    for (MattressAgeResult r : a.mattressAge()) {
      String o = "Baseline " + text.inSentence(r.outcome());
      String with = "with " + report.design().mattressAge().map(v -> v.name()).orElse("");
      rows.add(row(o, with, "Pearson r", new Estimate(r.pearsonR(), r.pearsonCiLow(),
          r.pearsonCiHigh()), CellKind.PRECISE, r.pPearson(),
          holm(report, TestFamily.PEARSON, r.outcome()), r.n(), "cor.test; Fisher-z interval"));
      rows.add(row(o, with, "Spearman rho", new Estimate(r.spearmanRho(), r.spearmanCiLow(),
          r.spearmanCiHigh()), CellKind.PRECISE, r.pSpearman(),
          holm(report, TestFamily.SPEARMAN, r.outcome()), r.n(),
          "cor.test(method = \"spearman\"); Fisher-z interval"));
    }
    for (CategoricalResult c : a.categorical()) {
      boolean odds = c.fisher().oddsRatio().isDefined();
      rows.add(row(c.name(), c.table().rowVariable() + " × " + c.table().columnVariable(),
          odds ? "odds ratio" : "χ² statistic", odds ? new Estimate(c.fisher().oddsRatio(),
              c.fisher().oddsRatioCiLow(), c.fisher().oddsRatioCiHigh())
              : new Estimate(c.chiSquare().statistic(), NONE, NONE), CellKind.PRECISE,
          odds ? c.fisher().p() : c.chiSquare().p(), NONE, c.n(),
          odds ? "Fisher's exact test" : "chi-square test"));
    }
    return rows;
  }

  private static ResultRows row(String outcome, String comparison, String measure, Estimate e,
      CellKind kind, Stat p, Stat holm, int n, String method) {
    return new ResultRows(outcome, comparison, measure, e.value(), kind, e.ciLow(), e.ciHigh(),
        p, holm, n, method);
  }

  /** The Holm-adjusted p-value of {@code outcome} in {@code test}'s family, if any. */
  private static Stat holm(Report report, TestFamily test, String outcome) {
    return report.adjusted(test, outcome).map(Multiplicity.Adjusted::holm).orElse(NONE);
  }
}
