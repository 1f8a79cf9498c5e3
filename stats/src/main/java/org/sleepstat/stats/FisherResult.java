package org.sleepstat.stats;

import java.util.Objects;

/**
 * Fisher's exact test of independence as R's {@code fisher.test(tab)}, two-sided.
 *
 * @param p {@code $p.value}: the probability, given the margins, of the tables no more probable
 *     than the observed one (relative tolerance 1e-7 on 2 × 2 tables as R; 3.45e-7 on larger
 *     tables, as R's network algorithm FEXACT)
 * @param oddsRatio {@code $estimate} on a 2 × 2 table: the conditional maximum likelihood
 *     estimate (not the sample odds ratio ad/bc); 0 or undefined (R: Inf) with a zero cell;
 *     undefined on larger tables
 * @param oddsRatioCiLow {@code $conf.int[1]}, the 95% conditional interval, 2 × 2 only
 * @param oddsRatioCiHigh {@code $conf.int[2]}; undefined where R gives Inf
 * @param method how the p-value was computed
 */
public record FisherResult(Stat p, Stat oddsRatio, Stat oddsRatioCiLow, Stat oddsRatioCiHigh,
    String method) {

  /** Checks that nothing is null. */
  public FisherResult {
    Objects.requireNonNull(p, "p");
    Objects.requireNonNull(oddsRatio, "oddsRatio");
    Objects.requireNonNull(oddsRatioCiLow, "oddsRatioCiLow");
    Objects.requireNonNull(oddsRatioCiHigh, "oddsRatioCiHigh");
    Objects.requireNonNull(method, "method");
  }
}
