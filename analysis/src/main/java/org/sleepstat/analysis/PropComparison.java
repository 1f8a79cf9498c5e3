package org.sleepstat.analysis;

import java.util.Objects;
import org.sleepstat.stats.MeanInterval;
import org.sleepstat.stats.RankSum;
import org.sleepstat.stats.Stat;
import org.sleepstat.stats.WelchDifference;

/**
 * One outcome within one position: the respondents with the prop (yes) against those without
 * (no), on the value before or on the change post − pre. With y the values of those with the
 * prop and n the values of those without:
 *
 * @param outcome the compared column ("pain_morning_pre") or change ("pain_morning")
 * @param nWith respondents with the prop and a value
 * @param nWithout respondents without the prop and with a value
 * @param with the mean of y with its 95% interval, {@code mean(y)}, {@code t.test(y)$conf.int}
 *     (the chart draws it); undefined without values
 * @param without the same of n
 * @param welch the difference with − without, its 95% interval and Welch's test, {@code
 *     t.test(y, n)}
 * @param rankSum the Wilcoxon rank-sum test, {@code wilcox.test(y, n)} (exact or normal as R)
 * @param shift the Hodges–Lehmann shift with − without and its interval, {@code wilcox.test(y,
 *     n, conf.int = TRUE)$estimate} and {@code $conf.int}
 * @param shiftLevel the interval's level, {@code attr($conf.int, "conf.level")}: 0.95 unless
 *     the exact interval cannot reach it
 */
public record PropComparison(String outcome, int nWith, int nWithout, MeanInterval with,
    MeanInterval without, WelchDifference welch, RankSum rankSum, Estimate shift,
    Stat shiftLevel) {

  /** Checks that nothing is null. */
  public PropComparison {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(with, "with");
    Objects.requireNonNull(without, "without");
    Objects.requireNonNull(welch, "welch");
    Objects.requireNonNull(rankSum, "rankSum");
    Objects.requireNonNull(shift, "shift");
    Objects.requireNonNull(shiftLevel, "shiftLevel");
  }
}
