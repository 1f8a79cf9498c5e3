package org.sleepstat.analysis;

import java.util.List;
import java.util.Objects;

/**
 * A baseline outcome by mattress age band ([0,3), [3,6), [6,9), [9,∞) years), over respondents
 * with both the outcome and a mattress age.
 *
 * @param outcome the baseline column, e.g. "pain_morning_pre"
 * @param n respondents with both values and an age in a band (an age below 0 is in none, as R's
 *     {@code cut} gives NA)
 * @param bands the four bands in order, each with its n, mean, sd and median
 */
public record AgeBandResult(String outcome, int n, List<AgeBand> bands) {

  /** Checks the fields and copies the list. */
  public AgeBandResult {
    Objects.requireNonNull(outcome, "outcome");
    bands = List.copyOf(bands);
    if (n < 0) {
      throw new IllegalArgumentException("n < 0: " + n);
    }
  }
}
