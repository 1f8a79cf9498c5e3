package org.sleepstat.analysis;

import java.util.Objects;
import org.sleepstat.stats.Stat;

/**
 * The untreated arm's pairs for one outcome: respondents whose group is known and is not the
 * treated level (changed_mattress = no) with both the pre and the post value. The same counts the
 * paired analysis gives for the treated pairs, so that reports can show the two arms side by side
 * (responders among the untreated measure how much "improvement" comes without the intervention:
 * regression to the mean, time). Each statistic equals the R call named beside it, with x = post,
 * y = pre of these pairs.
 *
 * @param outcome outcome name, e.g. "pain_morning"
 * @param selection which respondents were paired, e.g. "changed_mattress = no, both values
 *     present"
 * @param n pairs ({@code length(x)})
 * @param meanPre {@code mean(y)}; undefined without pairs
 * @param meanPost {@code mean(x)}; undefined without pairs
 * @param absolute responders by points, by the treated pairs' rule, with their Wilson interval
 *     ({@code prop.test(responders, n, correct = FALSE)$conf.int})
 * @param relative responders by a share of the own baseline, by the treated pairs' rule, with
 *     their Wilson interval; {@link PairedResult.Responders#off()} when the plan switches it off
 */
public record UntreatedPairs(String outcome, String selection, int n, Stat meanPre,
    Stat meanPost, PairedResult.Responders absolute, PairedResult.Responders relative) {

  /** Checks that nothing is null and the counts fit together. */
  public UntreatedPairs {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(selection, "selection");
    Objects.requireNonNull(meanPre, "meanPre");
    Objects.requireNonNull(meanPost, "meanPost");
    Objects.requireNonNull(absolute, "absolute");
    Objects.requireNonNull(relative, "relative");
    if (n < 0 || absolute.count() > n || relative.count() > n) {
      throw new IllegalArgumentException(outcome + ": " + absolute.count() + " and "
          + relative.count() + " responders among " + n + " pairs");
    }
  }
}
