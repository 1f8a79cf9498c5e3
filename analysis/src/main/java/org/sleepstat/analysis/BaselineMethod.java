package org.sleepstat.analysis;

/** The test that compares the groups on one baseline characteristic, with its R call. */
public enum BaselineMethod {
  /** Mean (SD) rows. */
  WELCH_T("Welch's t-test", "t.test(x ~ g)"),
  /** Median [Q1, Q3] rows: exact p below 50 values per group without ties, as R chooses. */
  RANK_SUM("Wilcoxon rank-sum test", "wilcox.test(x ~ g)"),
  /** Counts when every expected count is at least 5 (Yates's correction on a 2 × 2 table). */
  CHI_SQUARE("Pearson's χ² test", "chisq.test(table(g, x))"),
  /** Counts when an expected count is below 5. */
  FISHER("Fisher's exact test", "fisher.test(table(g, x))");

  private final String text;
  private final String rCall;

  BaselineMethod(String text, String rCall) {
    this.text = text;
    this.rCall = rCall;
  }

  /** The test's name for a footnote: "Welch's t-test". */
  public String text() {
    return text;
  }

  /** The R call that gives the same p-value. */
  public String rCall() {
    return rCall;
  }
}
