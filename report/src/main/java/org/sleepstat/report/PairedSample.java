package org.sleepstat.report;

import java.util.Objects;
import java.util.Optional;
import org.sleepstat.analysis.PairedResult;
import org.sleepstat.stats.MeanInterval;

/**
 * What the charts and the per-wave means show of the pairs behind one paired result: the means
 * before and after with their 95% CIs and the histogram of the change, computed over the same
 * respondents as the analysis used. Summaries, not the pairs themselves, so that a report of
 * millions of respondents holds no copy of their values.
 *
 * @param result the analysis of these pairs
 * @param before the mean before with its 95% CI, over the pairs
 * @param after the mean after with its 95% CI, over the pairs
 * @param change the histogram of post − pre; empty when there are no pairs, or when the changes
 *     are too large to draw (they overflow, or spread over more bins than a chart holds)
 */
public record PairedSample(PairedResult result, MeanInterval before, MeanInterval after,
    Optional<ChangeHistogram> change) {

  /** Checks that the summaries cover the pairs the analysis counted. */
  public PairedSample {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(change, "change");
    int binned = change.map(ChangeHistogram::n).orElse(0);
    if (before.n() != result.n() || after.n() != result.n()
        || (change.isPresent() && binned != result.n())) {
      throw new IllegalStateException(result.outcome() + ": the report found "
          + before.n() + " pairs where the analysis used " + result.n());
    }
  }

  /**
   * The summaries of the pairs ({@code pre[i]}, {@code post[i]}).
   *
   * @param points the improvement in points that makes a responder
   */
  public static PairedSample of(PairedResult result, double[] pre, double[] post,
      double points) {
    if (pre.length != post.length) {
      throw new IllegalArgumentException(pre.length + " values before, " + post.length
          + " after");
    }
    double[] change = new double[pre.length];
    for (int i = 0; i < change.length; i++) {
      change[i] = post[i] - pre[i];
    }
    return new PairedSample(result, MeanInterval.of(pre), MeanInterval.of(post),
        change.length == 0 ? Optional.empty()
            : Optional.of(ChangeHistogram.of(change, result.direction(), points)));
  }

  /** The outcome, e.g. "pain_morning". */
  public String outcome() {
    return result.outcome();
  }
}
