package org.sleepstat.stats.mixed;

import java.util.Objects;

/**
 * A named hypothesis Lβ = 0 about the fixed effects, one row of L per array: a term's type III
 * test (see {@link WaveGroupDesign#typeIII()}), given to {@link RandomInterceptFit#test}.
 *
 * @param term the term tested, as R names it ("wave", "group", "wave:group")
 * @param rows the rows of L
 */
public record Hypothesis(String term, double[][] rows) {
  /** Checks that there is a term and at least one row. */
  public Hypothesis {
    Objects.requireNonNull(term, "term");
    if (rows.length == 0) {
      throw new IllegalArgumentException("hypothesis " + term + " has no rows");
    }
  }
}
