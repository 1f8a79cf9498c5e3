package org.sleepstat.stats.mixed;

import java.util.Objects;
import org.sleepstat.stats.Stat;

/**
 * A linear combination l'β of the fixed effects with its t test and confidence interval, the
 * degrees of freedom Satterthwaite's (lmerTest's contest1D; emmeans with lmer.df =
 * "satterthwaite"): a row of summary(fit)$coefficients, an emmean or an emmeans contrast.
 *
 * @param estimate l'β̂
 * @param se √(l'Vl)
 * @param df Satterthwaite's degrees of freedom
 * @param t estimate / se
 * @param p two-sided p-value of t on df
 * @param ciLow lower bound of the confidence interval, estimate − t_{df} · se
 * @param ciHigh upper bound
 */
public record Contrast(double estimate, double se, Stat df, Stat t, Stat p, Stat ciLow,
    Stat ciHigh) {
  /** Checks that the statistics are given and the estimate and se finite. */
  public Contrast {
    if (!Double.isFinite(estimate) || !(se >= 0) || Double.isInfinite(se)) {
      throw new IllegalArgumentException("estimate " + estimate + " or se " + se
          + " not finite");
    }
    Objects.requireNonNull(df, "df");
    Objects.requireNonNull(t, "t");
    Objects.requireNonNull(p, "p");
    Objects.requireNonNull(ciLow, "ciLow");
    Objects.requireNonNull(ciHigh, "ciHigh");
  }
}
