package org.sleepstat.analysis;

import java.util.Objects;
import org.sleepstat.stats.Stat;

/**
 * Mattress age against a baseline outcome, over respondents with both values. R's {@code
 * cor.test} needs n ≥ 3 and gives its Fisher-z interval only for n > 3.
 *
 * @param outcome the baseline column, e.g. "pain_morning_pre"
 * @param n respondents with both values
 * @param pearsonR {@code cor.test(age, y)$estimate}
 * @param pPearson {@code cor.test(age, y)$p.value}
 * @param pearsonCiLow lower end of the 95% Fisher-z interval ({@code $conf.int})
 * @param pearsonCiHigh upper end of the 95% Fisher-z interval
 * @param spearmanRho {@code cor.test(age, y, method = "spearman", exact = FALSE)$estimate}
 * @param pSpearman its p-value (t approximation)
 * @param spearmanCiLow lower end of the 95% Fisher-z interval of rho: {@code tanh(atanh(rho) -
 *     qnorm(0.975) / sqrt(n - 3))} (cor.test gives none for Spearman)
 * @param spearmanCiHigh upper end
 */
public record MattressAgeResult(
    String outcome,
    int n,
    Stat pearsonR,
    Stat pPearson,
    Stat pearsonCiLow,
    Stat pearsonCiHigh,
    Stat spearmanRho,
    Stat pSpearman,
    Stat spearmanCiLow,
    Stat spearmanCiHigh) {

  /** Checks that nothing is null. */
  public MattressAgeResult {
    Objects.requireNonNull(outcome, "outcome");
    for (Stat s : new Stat[] {pearsonR, pPearson, pearsonCiLow, pearsonCiHigh, spearmanRho,
        pSpearman, spearmanCiLow, spearmanCiHigh}) {
      Objects.requireNonNull(s, "statistic");
    }
    if (n < 0) {
      throw new IllegalArgumentException("n < 0: " + n);
    }
  }
}
