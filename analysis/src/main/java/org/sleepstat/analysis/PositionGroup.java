package org.sleepstat.analysis;

import java.util.Objects;
import org.sleepstat.stats.Stat;

/**
 * A baseline outcome within one sleep position: a position appears only when at least one
 * respondent in it has a value, so n, mean and median are always defined.
 *
 * @param position the sleep position level, e.g. "side"
 * @param n respondents with a value
 * @param mean {@code mean(y[g == position])}
 * @param sd {@code sd(y[g == position])}, undefined for n = 1
 * @param median {@code median(y[g == position])} (R's type 7, the mean of the middle two
 *     for even n)
 * @param q1 the first quartile, {@code quantile(y[g == position], 0.25, type = 7)} (R's default;
 *     the value itself for n = 1)
 * @param q3 the third quartile, {@code quantile(y[g == position], 0.75, type = 7)}
 * @param iqr the interquartile range q3 − q1, {@code IQR(y[g == position])} (0 for n = 1);
 *     undefined when the difference is beyond the range of doubles
 */
public record PositionGroup(String position, int n, double mean, Stat sd, double median,
    double q1, double q3, Stat iqr) {

  /** Checks the fields. */
  public PositionGroup {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(sd, "sd");
    Objects.requireNonNull(iqr, "iqr");
    if (n < 1 || !Double.isFinite(mean) || !Double.isFinite(median) || !Double.isFinite(q1)
        || !Double.isFinite(q3) || (iqr.isDefined() && !(iqr.getAsDouble() >= 0))) {
      throw new IllegalArgumentException(
          "a position group needs n >= 1, finite mean, median and quartiles, and IQR >= 0");
    }
  }
}
