package org.sleepstat.analysis;

import java.util.Objects;
import org.sleepstat.stats.Stat;

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
 * @param hodgesLehmann Hodges–Lehmann estimate of the change, the pseudo-median of the non-zero
 *     changes ({@code wilcox.test(x, y, paired = TRUE, conf.int = TRUE)$estimate}): the median
 *     of the Walsh averages with the exact method, otherwise the root R's normal approximation
 *     finds; R's midrange when every non-zero change is the same
 * @param hodgesLehmannCiLow lower end of its confidence interval ({@code $conf.int[1]}), exact
 *     (order statistics of the Walsh averages at qsignrank) when {@link #wilcoxonExact}, else the
 *     root of the continuity-corrected normal approximation, as R
 * @param hodgesLehmannCiHigh upper end ({@code $conf.int[2]})
 * @param hodgesLehmannConfidence the level of that interval, {@code attr($conf.int,
 *     "conf.level")}: 0.95 unless the data cannot reach it and R reports a lower level (small
 *     n: the exact coverage rounded to 2 digits; many ties: 1 − α after doubling α, 0 when the
 *     interval collapses to the median)
 * @param dzCiLow lower end of the 95% interval of {@link #dz}: the noncentrality parameter ncp
 *     with {@code pt(t, n - 1, ncp) = 0.975} at the observed t = dz·√n, divided by √n
 *     (noncentral-t inversion, as MBESS and effectsize)
 * @param dzCiHigh upper end: the ncp with {@code pt(t, n - 1, ncp) = 0.025}, divided by √n
 * @param percentChange {@code 100 * mean(x - y) / mean(y)}; undefined when mean(y) is 0
 * @param relativeResponderRule who counts as a 30% responder, e.g. "change <= -0.3 * pre and
 *     change &lt; 0"
 * @param relativeResponders pairs improving by at least 30% of their own baseline, and by
 *     more than nothing: a pain baseline of 0 is never a responder; a sleep-quality baseline of
 *     0 is one when it rises at all. Every pair stays in the denominator n
 * @param zeroBaselines pairs with pre = 0 (for pain, never relative responders)
 * @param relativeResponderRate relativeResponders / n
 * @param relativeResponderCiLow lower end of the 95% Wilson interval ({@code
 *     prop.test(relativeResponders, n, correct = FALSE)$conf.int})
 * @param relativeResponderCiHigh upper end of that interval
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
    Stat responderCiHigh,
    Stat hodgesLehmann,
    Stat hodgesLehmannCiLow,
    Stat hodgesLehmannCiHigh,
    Stat hodgesLehmannConfidence,
    Stat dzCiLow,
    Stat dzCiHigh,
    Stat percentChange,
    String relativeResponderRule,
    int relativeResponders,
    int zeroBaselines,
    Stat relativeResponderRate,
    Stat relativeResponderCiLow,
    Stat relativeResponderCiHigh) {

  /** Checks that nothing is null and the counts fit together. */
  public PairedResult {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(selection, "selection");
    Objects.requireNonNull(direction, "direction");
    for (Stat s : new Stat[] {meanPre, meanPost, meanChange, ciLow, ciHigh, t, df, pT, wilcoxonV,
        pWilcoxon, dz, responderRate, responderCiLow, responderCiHigh, hodgesLehmann,
        hodgesLehmannCiLow, hodgesLehmannCiHigh, hodgesLehmannConfidence, dzCiLow, dzCiHigh,
        percentChange, relativeResponderRate, relativeResponderCiLow, relativeResponderCiHigh}) {
      Objects.requireNonNull(s, "statistic");
    }
    Objects.requireNonNull(wilcoxonMethod, "wilcoxonMethod");
    Objects.requireNonNull(responderRule, "responderRule");
    Objects.requireNonNull(relativeResponderRule, "relativeResponderRule");
    if (n < 0 || zeroDifferences < 0 || zeroDifferences > n || responders < 0 || responders > n
        || relativeResponders < 0 || relativeResponders > n || zeroBaselines < 0
        || zeroBaselines > n) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
          "inconsistent counts: n %d, zero differences %d, responders %d, relative responders "
              + "%d, zero baselines %d", n, zeroDifferences, responders, relativeResponders,
          zeroBaselines));
    }
  }
}
