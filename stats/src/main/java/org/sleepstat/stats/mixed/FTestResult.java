package org.sleepstat.stats.mixed;

import java.util.Objects;
import org.sleepstat.stats.Stat;

/**
 * An F test of the hypothesis Lβ = 0 with Satterthwaite's denominator degrees of freedom, as
 * lmerTest's contestMD (a row of anova(fit, type = 3, ddf = "Satterthwaite") for the type III L
 * of a term).
 *
 * @param f the F value, (Σ_m (P'L β)_m² / d_m) / q over the q positive eigenvalues d_m of LVL'
 * @param df1 q, the rank of LVL'
 * @param df2 Satterthwaite's denominator degrees of freedom
 * @param p the upper tail probability of f on (df1, df2)
 */
public record FTestResult(Stat f, int df1, Stat df2, Stat p) {
  /** Checks that the statistics are given and df1 ≥ 0. */
  public FTestResult {
    Objects.requireNonNull(f, "f");
    Objects.requireNonNull(df2, "df2");
    Objects.requireNonNull(p, "p");
    if (df1 < 0) {
      throw new IllegalArgumentException("df1 " + df1 + " < 0");
    }
  }
}
