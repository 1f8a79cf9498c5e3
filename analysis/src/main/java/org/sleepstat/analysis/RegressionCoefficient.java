package org.sleepstat.analysis;

import java.util.Objects;
import org.sleepstat.stats.Stat;

/**
 * One coefficient of a linear regression, as R's {@code summary(lm(...))} and {@code confint}
 * report it. All values are undefined for an aliased term (R's NA coefficient); the inference
 * values are undefined when the model has no residual degrees of freedom or fits perfectly.
 *
 * @param term R's coefficient name: "(Intercept)", a numeric covariate's name, or a factor's
 *     name followed by its level ("sleep_positionback") under treatment contrasts
 * @param estimate {@code coef(fit)[term]}
 * @param standardError {@code coef(summary(fit))[term, "Std. Error"]}
 * @param t {@code coef(summary(fit))[term, "t value"]}
 * @param p {@code coef(summary(fit))[term, "Pr(>|t|)"]}, two-sided
 * @param ciLow {@code confint(fit)[term, 1]}, the lower end of the 95% interval
 * @param ciHigh {@code confint(fit)[term, 2]}
 */
public record RegressionCoefficient(String term, Stat estimate, Stat standardError, Stat t, Stat p,
    Stat ciLow, Stat ciHigh) {

  /** Checks that nothing is null. */
  public RegressionCoefficient {
    Objects.requireNonNull(term, "term");
    for (Stat s : new Stat[] {estimate, standardError, t, p, ciLow, ciHigh}) {
      Objects.requireNonNull(s, "statistic");
    }
  }
}
