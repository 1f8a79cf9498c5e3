package org.sleepstat.report;

import java.util.Objects;
import org.sleepstat.stats.Stat;

/**
 * One headline finding: a plain sentence with its numbers, and the same numbers as values for the
 * Summary sheet.
 *
 * @param topic what the finding is about, e.g. "Back pain on waking: mean change"
 * @param sentence the finding in words, numbers rounded for reading
 * @param n respondents or pairs behind it, or null when not a count of people
 * @param estimate the estimate (undefined when the headline has none)
 * @param kind how the estimate is shown
 * @param ciLow lower end of its 95% CI (undefined when it has none)
 * @param ciHigh upper end of its 95% CI
 * @param p its p-value (undefined when it has none)
 * @param method the method, named as on the other sheets
 * @param measure what the estimate is, e.g. "mean change", "odds ratio" or "Pearson r"
 */
public record Headline(String topic, String sentence, Integer n, Stat estimate, Kind kind,
    Stat ciLow, Stat ciHigh, Stat p, String method, String measure) {

  /** How an estimate reads. */
  public enum Kind {
    /** A number on the outcome's scale, or a test statistic. */
    NUMBER,
    /** A share between 0 and 1, shown as a percentage. */
    SHARE,
    /** A count. */
    COUNT
  }

  /** A statistic that is not part of a headline. */
  static final Stat NONE = Stat.undefined("not part of this finding");

  /** Checks that nothing but n is null. */
  public Headline {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(estimate, "estimate");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(ciLow, "ciLow");
    Objects.requireNonNull(ciHigh, "ciHigh");
    Objects.requireNonNull(p, "p");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(measure, "measure");
  }
}
