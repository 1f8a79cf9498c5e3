package org.sleepstat.core.plan;

/**
 * How Table 1 describes a baseline variable, as the plan's {@code table1} key says (a number's
 * default is {@link #MEAN}, a variable with levels is always {@link #COUNTS}).
 */
public enum Table1Summary {
  /** "mean (SD)", compared by Welch's t-test. */
  MEAN,
  /** "median [Q1, Q3]", compared by the Wilcoxon rank-sum test. */
  MEDIAN,
  /** "n (%)" per level, compared by the chi-square or Fisher's exact test. */
  COUNTS,
  /** Not in Table 1 (e.g. a number measured after baseline). */
  OMIT
}
