package org.sleepstat.analysis;

import java.util.Objects;
import org.sleepstat.stats.Stat;

/**
 * A baseline outcome within one mattress age band. Every band is reported, empty or not, so that a
 * report always shows one row per band of the plan.
 *
 * @param band the band as R's {@code cut(age, c(0, 6, 8, 10, Inf), right = FALSE)} labels it
 *     (built-in plan): "[0,6)", "[6,8)", "[8,10)" or "[10,Inf)"
 * @param fromYears the band's lower end in years (included)
 * @param toYears the band's upper end in years (excluded), {@link Double#POSITIVE_INFINITY} for
 *     the last band; never a statistic, so a writer prints the label instead
 * @param n respondents in the band with a value
 * @param mean {@code mean(y[band == b])}, undefined for an empty band
 * @param sd {@code sd(y[band == b])}, undefined for fewer than 2 values
 * @param median {@code median(y[band == b])} (type 7), undefined for an empty band
 */
public record AgeBand(String band, double fromYears, double toYears, int n, Stat mean, Stat sd,
    Stat median) {

  /** Checks the fields. */
  public AgeBand {
    Objects.requireNonNull(band, "band");
    Objects.requireNonNull(mean, "mean");
    Objects.requireNonNull(sd, "sd");
    Objects.requireNonNull(median, "median");
    if (n < 0 || !(fromYears < toYears)) {
      throw new IllegalArgumentException("an age band needs n >= 0 and from < to: " + band);
    }
  }
}
