package org.sleepstat.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A baseline outcome by mattress age band (the plan's bands; built in [0,6), [6,8), [8,10),
 * [10,∞) years), over respondents with both the outcome and a mattress age, with the linear
 * trend across the bands and, for the primary outcome, the share at or above its threshold.
 *
 * @param outcome the baseline column, e.g. "pain_morning_pre"
 * @param n respondents with both values and an age in a band (an age below the first limit is
 *     in none, as R's {@code cut} gives NA)
 * @param bands every band of the plan in order, each with its n, mean, sd and median
 * @param trend {@code lm(y ~ score)} with the bands scored 1..k
 * @param highShare for the primary outcome when the plan gives it a threshold ({@code
 *     high_at}): the share at or above it per band and the Cochran–Armitage trend test; empty
 *     for the other outcomes
 */
public record AgeBandResult(String outcome, int n, List<AgeBand> bands, AgeBandTrend trend,
    Optional<AgeBandShares> highShare) {

  /** Checks the fields and copies the list. */
  public AgeBandResult {
    Objects.requireNonNull(outcome, "outcome");
    bands = List.copyOf(bands);
    Objects.requireNonNull(trend, "trend");
    Objects.requireNonNull(highShare, "highShare");
    if (n < 0) {
      throw new IllegalArgumentException("n < 0: " + n);
    }
  }
}
