package org.sleepstat.analysis;

import java.util.Objects;

/**
 * Improvement after a mattress change, for one outcome: the pairs of respondents who changed
 * mattress (all respondents when the survey has no {@code changed_mattress} column) with both the
 * pre and the post value. x = post, y = pre, change = post − pre. Each statistic equals the R call
 * named beside it.
 *
 * @param outcome outcome name, e.g. "pain_morning"
 * @param selection which respondents were paired, e.g. "changed_mattress = yes, both values"
 * @param direction which way the outcome improves (decides who is a responder)
 * @param n pairs used
 * @param meanPre {@code mean(y)}
 * @param meanPost {@code mean(x)}
 * @param meanChange {@code t.test(x, y, paired = TRUE)$estimate}
 * @param ciLow lower end of the 95% CI of the mean change ({@code $conf.int})
 * @param ciHigh upper end of the 95% CI of the mean change
 * @param t paired t statistic ({@code $statistic})
 * @param df degrees of freedom, n − 1 ({@code $parameter})
 * @param pT two-sided p-value of the paired t-test
 * @param wilcoxonV signed-rank statistic V, the rank sum of the positive changes ({@code
 *     wilcox.test(x, y, paired = TRUE)$statistic})
 * @param pWilcoxon two-sided p-value of the signed-rank test with R's defaults
 * @param wilcoxonExact whether that p-value is exact (n &lt; 50 after dropping zeros, no ties, no
 *     zero differences); otherwise normal approximation with continuity and tie correction
 * @param zeroDifferences pairs with no change, dropped from the signed-rank test
 * @param wilcoxonMethod the signed-rank method in words, for reports
 * @param dz Cohen's dz: mean change / sd(change)
 * @param responderRule who counts as a responder, e.g. "change <= -2"
 * @param responders pairs improving by at least the threshold
 * @param responderRate responders / n
 * @param responderCiLow lower end of the 95% Wilson interval ({@code prop.test(responders, n,
 *     correct = FALSE)$conf.int})
 * @param responderCiHigh upper end of the 95% Wilson interval
 */
public record PairedResult(
    String outcome,
    String selection,
    Direction direction,
    int n,
    Stat meanPre,
    Stat meanPost,
    Stat meanChange,
    Stat ciLow,
    Stat ciHigh,
    Stat t,
    Stat df,
    Stat pT,
    Stat wilcoxonV,
    Stat pWilcoxon,
    boolean wilcoxonExact,
    int zeroDifferences,
    String wilcoxonMethod,
    Stat dz,
    String responderRule,
    int responders,
    Stat responderRate,
    Stat responderCiLow,
    Stat responderCiHigh) {

  /** Checks that nothing is null and the counts fit together. */
  public PairedResult {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(selection, "selection");
    Objects.requireNonNull(direction, "direction");
    for (Stat s : new Stat[] {meanPre, meanPost, meanChange, ciLow, ciHigh, t, df, pT, wilcoxonV,
        pWilcoxon, dz, responderRate, responderCiLow, responderCiHigh}) {
      Objects.requireNonNull(s, "statistic");
    }
    Objects.requireNonNull(wilcoxonMethod, "wilcoxonMethod");
    Objects.requireNonNull(responderRule, "responderRule");
    if (n < 0 || zeroDifferences < 0 || zeroDifferences > n || responders < 0 || responders > n) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "inconsistent counts: n %d, zero differences %d, responders %d", n, zeroDifferences,
          responders));
    }
  }
}
