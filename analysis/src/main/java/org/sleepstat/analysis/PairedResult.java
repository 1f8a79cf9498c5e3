package org.sleepstat.analysis;

import java.util.Locale;
import java.util.Objects;
import org.sleepstat.core.schema.Direction;
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
 * @param means the means before and after, and the change in percent
 * @param tTest the paired t-test and the mean change with its interval
 * @param signedRank the Wilcoxon signed-rank test
 * @param hodgesLehmann the Hodges–Lehmann estimate of the change with its interval
 * @param dz Cohen's dz: mean change / sd(change) ({@link Estimate#value()}); {@link
 *     Estimate#ciLow()}, the lower end of its 95% interval: the noncentrality parameter ncp with
 *     {@code pt(t, n - 1, ncp) = 0.975} at the observed t = dz·√n, divided by √n (noncentral-t
 *     inversion, as MBESS and effectsize); {@link Estimate#ciHigh()}, the upper end: the ncp with
 *     {@code pt(t, n - 1, ncp) = 0.025}, divided by √n
 * @param absolute pairs improving by at least the threshold, e.g. "change <= -2"
 * @param relative 30% responders: pairs improving by at least 30% of their own baseline, and by
 *     more than nothing, e.g. "change <= -0.3 * pre and change &lt; 0": a pain baseline of 0 is
 *     never a responder; a sleep-quality baseline of 0 is one when it rises at all. Every pair
 *     stays in the denominator n
 * @param zeroBaselines pairs with pre = 0 (for pain, never relative responders)
 */
public record PairedResult(
    String outcome,
    String selection,
    Direction direction,
    int n,
    Means means,
    PairedT tTest,
    SignedRank signedRank,
    HodgesLehmann hodgesLehmann,
    Estimate dz,
    Responders absolute,
    Responders relative,
    int zeroBaselines) {

  /** Checks that nothing is null and the counts fit together. */
  public PairedResult {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(selection, "selection");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(means, "means");
    Objects.requireNonNull(tTest, "tTest");
    Objects.requireNonNull(signedRank, "signedRank");
    Objects.requireNonNull(hodgesLehmann, "hodgesLehmann");
    Objects.requireNonNull(dz, "dz");
    Objects.requireNonNull(absolute, "absolute");
    Objects.requireNonNull(relative, "relative");
    int zeroDifferences = signedRank.zeroDifferences();
    if (n < 0 || zeroDifferences < 0 || zeroDifferences > n || absolute.count() < 0
        || absolute.count() > n || relative.count() < 0 || relative.count() > n
        || zeroBaselines < 0 || zeroBaselines > n) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "inconsistent counts: n %d, zero differences %d, responders %d, relative responders "
              + "%d, zero baselines %d", n, zeroDifferences, absolute.count(), relative.count(),
          zeroBaselines));
    }
  }

  /**
   * The means of the pairs.
   *
   * @param pre {@code mean(y)}
   * @param post {@code mean(x)}
   * @param percentChange {@code 100 * mean(x - y) / mean(y)}; undefined when mean(y) is 0
   */
  public record Means(Stat pre, Stat post, Stat percentChange) {

    /** Checks that nothing is null. */
    public Means {
      Objects.requireNonNull(pre, "pre");
      Objects.requireNonNull(post, "post");
      Objects.requireNonNull(percentChange, "percentChange");
    }
  }

  /**
   * The paired t-test, {@code t.test(x, y, paired = TRUE)}.
   *
   * @param meanChange the mean change {@code $estimate} ({@link Estimate#value()}) with the lower
   *     and upper end of its 95% CI ({@code $conf.int})
   * @param t paired t statistic ({@code $statistic})
   * @param df degrees of freedom, n − 1 ({@code $parameter})
   * @param p two-sided p-value of the paired t-test
   */
  public record PairedT(Estimate meanChange, Stat t, Stat df, Stat p) {

    /** Checks that nothing is null. */
    public PairedT {
      Objects.requireNonNull(meanChange, "meanChange");
      Objects.requireNonNull(t, "t");
      Objects.requireNonNull(df, "df");
      Objects.requireNonNull(p, "p");
    }
  }

  /**
   * The Wilcoxon signed-rank test, {@code wilcox.test(x, y, paired = TRUE)}.
   *
   * @param v signed-rank statistic V, the rank sum of the positive changes ({@code
   *     wilcox.test(x, y, paired = TRUE)$statistic})
   * @param p two-sided p-value of the signed-rank test with R's defaults
   * @param exact whether that p-value is exact (n &lt; 50 after dropping zeros, no ties, no zero
   *     differences); otherwise normal approximation with continuity and tie correction
   * @param zeroDifferences pairs with no change, dropped from the signed-rank test
   * @param method the signed-rank method in words, for reports
   */
  public record SignedRank(Stat v, Stat p, boolean exact, int zeroDifferences, String method) {

    /** Checks that nothing is null. */
    public SignedRank {
      Objects.requireNonNull(v, "v");
      Objects.requireNonNull(p, "p");
      Objects.requireNonNull(method, "method");
    }
  }

  /**
   * The Hodges–Lehmann estimate of the change.
   *
   * @param estimate {@link Estimate#value()}: the pseudo-median of the non-zero changes ({@code
   *     wilcox.test(x, y, paired = TRUE, conf.int = TRUE)$estimate}): the median of the Walsh
   *     averages with the exact method, otherwise the root R's normal approximation finds; R's
   *     midrange when every non-zero change is the same. {@link Estimate#ciLow()}: lower end of
   *     its confidence interval ({@code $conf.int[1]}), exact (order statistics of the Walsh
   *     averages at qsignrank) when {@link SignedRank#exact()}, else the root of the
   *     continuity-corrected normal approximation, as R. {@link Estimate#ciHigh()}: upper end
   *     ({@code $conf.int[2]})
   * @param confidence the level of that interval, {@code attr($conf.int, "conf.level")}: 0.95
   *     unless the data cannot reach it and R reports a lower level (small n: the exact coverage
   *     rounded to 2 digits; many ties: 1 − α after doubling α, 0 when the interval collapses to
   *     the median)
   */
  public record HodgesLehmann(Estimate estimate, Stat confidence) {

    /** Checks that nothing is null. */
    public HodgesLehmann {
      Objects.requireNonNull(estimate, "estimate");
      Objects.requireNonNull(confidence, "confidence");
    }
  }

  /**
   * Responders: the pairs that improved by the rule.
   *
   * @param rule who counts as a responder, e.g. "change <= -2" or "change <= -0.3 * pre and
   *     change &lt; 0"
   * @param count responders
   * @param rate count / n ({@link Estimate#value()}) with the lower and upper end of its 95%
   *     Wilson interval ({@code prop.test(count, n, correct = FALSE)$conf.int})
   */
  public record Responders(String rule, int count, Estimate rate) {
    /** The rule of responders the plan switched off. */
    public static final String OFF = "off (switched off in the plan)";

    /** Checks that nothing is null. */
    public Responders {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(rate, "rate");
    }

    /** A rule the plan switched off: no count, its rate undefined. */
    static Responders off() {
      return new Responders(OFF, 0, Estimate.all(Stat.undefined("the plan switches this rule"
          + " off")));
    }

    /** Whether the rule was applied (not switched off in the plan). */
    public boolean applied() {
      return !rule.equals(OFF);
    }
  }
}
