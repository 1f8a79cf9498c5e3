package org.sleepstat.analysis;

import java.util.Objects;
import org.sleepstat.stats.Stat;

/**
 * A linear trend of a baseline outcome across the mattress age bands: R's {@code lm(y ~ score)}
 * over respondents, where score is the band's position 1..k among all the plan's bands ({@code
 * as.integer(cut(age, breaks, right = FALSE))}); an empty band keeps its score and simply has no
 * rows, so the slope is per band step of the plan, not per band present.
 *
 * @param n respondents in the fit (with both values and an age in a band)
 * @param bandsPresent bands with at least one respondent; a trend needs 2
 * @param slope the score's coefficient, {@code coef(fit)["score"]}: change per band
 * @param se {@code coef(summary(fit))["score", 2]}
 * @param t {@code coef(summary(fit))["score", 3]}
 * @param df {@code fit$df.residual}, n − 2
 * @param p {@code coef(summary(fit))["score", 4]}, two-sided
 * @param ciLow {@code confint(fit)["score", 1]}
 * @param ciHigh {@code confint(fit)["score", 2]}
 */
public record AgeBandTrend(int n, int bandsPresent, Stat slope, Stat se, Stat t, Stat df, Stat p,
    Stat ciLow, Stat ciHigh) {

  /** Checks the fields. */
  public AgeBandTrend {
    for (Stat s : new Stat[] {slope, se, t, df, p, ciLow, ciHigh}) {
      Objects.requireNonNull(s, "statistic");
    }
    if (n < 0 || bandsPresent < 0) {
      throw new IllegalArgumentException("negative count: n = " + n + ", bands " + bandsPresent);
    }
  }
}
