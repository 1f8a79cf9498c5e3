package org.sleepstat.report.sheets;

import java.util.function.Function;
import org.sleepstat.analysis.Multiplicity;
import org.sleepstat.report.Report;
import org.sleepstat.stats.Stat;

/**
 * Holm and Benjamini–Hochberg adjusted p-values for table columns, looked up by the analysis's
 * family names ({@code SurveyAnalysis} names each family of tests).
 */
final class Adjusted {
  static final String PAIRED_T = "paired t-test";
  static final String SIGNED_RANK = "Wilcoxon signed-rank";
  static final String ANOVA = "one-way ANOVA by position";
  static final String WELCH = "Welch's ANOVA by position";
  static final String KRUSKAL = "Kruskal-Wallis by position";
  static final String PEARSON = "Pearson correlation with mattress age";
  static final String SPEARMAN = "Spearman correlation with mattress age";
  static final String ANCOVA = "ANCOVA, changed vs not";
  static final String WELCH_CHANGE = "Welch t on change, changed vs not";

  private Adjusted() {}

  /** The Holm-adjusted p of {@code outcome} in {@code family}. */
  static Stat holm(Report report, String family, String outcome) {
    return get(report, family, outcome, Multiplicity.Adjusted::holm);
  }

  /** The BH-adjusted p of {@code outcome} in {@code family}. */
  static Stat bh(Report report, String family, String outcome) {
    return get(report, family, outcome, Multiplicity.Adjusted::bh);
  }

  private static Stat get(Report report, String family, String outcome,
      Function<Multiplicity.Adjusted, Stat> which) {
    return report.adjusted(family, outcome).map(which)
        .orElse(Stat.undefined("the analysis made no " + family + " adjustment"));
  }
}
