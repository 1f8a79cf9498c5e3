package org.sleepstat.stats;

import java.util.Objects;
import java.util.Optional;

/**
 * Pearson's chi-square test of independence as R's {@code chisq.test(tab)} with its defaults:
 * Yates' continuity correction on a 2 × 2 table, none on larger tables.
 *
 * @param statistic {@code $statistic}: sum over cells of (|O − E| − c)² / E, c = min(0.5,
 *     min |O − E|) on a 2 × 2 table, else 0
 * @param df {@code $parameter}, (rows − 1)(columns − 1)
 * @param p {@code $p.value}, the upper tail of the chi-square distribution
 * @param yatesCorrected whether the correction was applied (R's method then names it; R skips it
 *     when some |O − E| is 0)
 * @param minExpected the smallest expected count, {@code min($expected)}
 * @param cellsBelowFive how many expected counts are below 5
 * @param warning R's warning "Chi-squared approximation may be incorrect" (given when an expected
 *     count is below 5), with the counts; empty when R gives none
 */
public record ChiSquareResult(Stat statistic, Stat df, Stat p, boolean yatesCorrected,
    Stat minExpected, int cellsBelowFive, Optional<String> warning) {

  /** Checks that nothing is null. */
  public ChiSquareResult {
    Objects.requireNonNull(statistic, "statistic");
    Objects.requireNonNull(df, "df");
    Objects.requireNonNull(p, "p");
    Objects.requireNonNull(minExpected, "minExpected");
    Objects.requireNonNull(warning, "warning");
  }
}
