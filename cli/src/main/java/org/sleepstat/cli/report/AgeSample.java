package org.sleepstat.cli.report;

import org.sleepstat.analysis.MattressAgeResult;

/**
 * The points behind one mattress-age result, for the scatter plot and its fitted line.
 *
 * @param result the analysis of these points
 * @param age mattress age in years, one per respondent with both values
 * @param outcome the baseline outcome of the same respondents
 */
public record AgeSample(MattressAgeResult result, double[] age, double[] outcome) {

  /** Checks the points against the analysis. */
  public AgeSample {
    if (age.length != outcome.length || age.length != result.n()) {
      throw new IllegalStateException(result.outcome() + ": the report found " + age.length
          + " respondents where the analysis used " + result.n());
    }
    age = age.clone();
    outcome = outcome.clone();
  }

  @Override
  public double[] age() {
    return age.clone();
  }

  @Override
  public double[] outcome() {
    return outcome.clone();
  }

  /** The least-squares line of the outcome on mattress age. */
  public FittedLine line() {
    return FittedLine.fit(age, outcome);
  }
}
