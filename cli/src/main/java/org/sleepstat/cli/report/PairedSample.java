package org.sleepstat.cli.report;

import org.sleepstat.analysis.PairedResult;

/**
 * The pairs behind one paired result, for the charts and the per-wave means: the same
 * respondents, in file order, as the analysis used.
 *
 * @param result the analysis of these pairs
 * @param pre the values before, one per pair
 * @param post the values after, one per pair
 */
public record PairedSample(PairedResult result, double[] pre, double[] post) {

  /** Checks that the pairs are the ones the analysis counted. */
  public PairedSample {
    if (pre.length != post.length || pre.length != result.n()) {
      throw new IllegalStateException(result.outcome() + ": the report found " + pre.length
          + " pairs where the analysis used " + result.n());
    }
    pre = pre.clone();
    post = post.clone();
  }

  /** The outcome, e.g. "pain_morning". */
  public String outcome() {
    return result.outcome();
  }

  /** post − pre of each pair. */
  public double[] change() {
    double[] change = new double[pre.length];
    for (int i = 0; i < change.length; i++) {
      change[i] = post[i] - pre[i];
    }
    return change;
  }

  /** The mean before with its 95% CI. */
  public MeanInterval before() {
    return MeanInterval.of(pre);
  }

  /** The mean after with its 95% CI. */
  public MeanInterval after() {
    return MeanInterval.of(post);
  }

  @Override
  public double[] pre() {
    return pre.clone();
  }

  @Override
  public double[] post() {
    return post.clone();
  }
}
