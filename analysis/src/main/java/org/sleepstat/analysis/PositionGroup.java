package org.sleepstat.analysis;

import java.util.Objects;

/**
 * A baseline outcome within one sleep position: a position appears only when at least one
 * respondent in it has a value, so n, mean and median are always defined.
 *
 * @param position the sleep position level, e.g. "side"
 * @param n respondents with a value
 * @param mean {@code mean(y[g == position])}
 * @param sd {@code sd(y[g == position])}, undefined for n = 1
 * @param median {@code median(y[g == position])} (R's type 7, the mean of the middle two for even n)
 */
public record PositionGroup(String position, int n, double mean, Stat sd, double median) {

  /** Checks the fields. */
  public PositionGroup {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(sd, "sd");
    if (n < 1 || !Double.isFinite(mean) || !Double.isFinite(median)) {
      throw new IllegalArgumentException("a position group needs n >= 1 and finite mean and median");
    }
  }
}
