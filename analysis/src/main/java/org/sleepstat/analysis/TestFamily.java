package org.sleepstat.analysis;

/**
 * The families of tests whose p-values {@link Multiplicity} adjusts together: one test applied
 * to every outcome. The display name is the family's name in reports and in the JSON output.
 */
public enum TestFamily {
  /** The paired t-test of each outcome's change. */
  PAIRED_T("paired t-test"),
  /** The Wilcoxon signed-rank test of each outcome's change. */
  SIGNED_RANK("Wilcoxon signed-rank"),
  /** One-way ANOVA of each baseline outcome by sleep position. */
  ANOVA("one-way ANOVA by position"),
  /** Welch's ANOVA of each baseline outcome by sleep position. */
  WELCH_ANOVA("Welch's ANOVA by position"),
  /** Kruskal-Wallis test of each baseline outcome by sleep position. */
  KRUSKAL_WALLIS("Kruskal-Wallis by position"),
  /** Pearson correlation of each baseline outcome with mattress age. */
  PEARSON("Pearson correlation with mattress age"),
  /** Spearman correlation of each baseline outcome with mattress age. */
  SPEARMAN("Spearman correlation with mattress age"),
  /** ANCOVA of each outcome's post value, changed against not changed. */
  ANCOVA("ANCOVA, changed vs not"),
  /** Welch t-test of each outcome's change, changed against not changed. */
  WELCH_CHANGE("Welch t on change, changed vs not");

  private final String displayName;

  TestFamily(String displayName) {
    this.displayName = displayName;
  }

  /** The name reports print, e.g. "paired t-test". */
  public String displayName() {
    return displayName;
  }

  @Override
  public String toString() {
    return displayName;
  }
}
