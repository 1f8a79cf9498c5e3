package org.sleepstat.analysis;

import java.util.Objects;
import org.sleepstat.stats.Stat;

/**
 * An estimate with the two ends of its interval; what the interval is (its level, the R call it
 * equals) is told where the estimate is a component.
 *
 * @param value the estimate
 * @param ciLow lower end of its interval
 * @param ciHigh upper end of its interval
 */
public record Estimate(Stat value, Stat ciLow, Stat ciHigh) {

  /** Checks that nothing is null. */
  public Estimate {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(ciLow, "ciLow");
    Objects.requireNonNull(ciHigh, "ciHigh");
  }

  /** The same statistic as estimate and both ends: an estimate that could not be computed. */
  static Estimate all(Stat stat) {
    return new Estimate(stat, stat, stat);
  }
}
