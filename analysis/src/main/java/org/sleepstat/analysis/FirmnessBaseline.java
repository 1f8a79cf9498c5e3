package org.sleepstat.analysis;

import java.util.List;
import java.util.Objects;
import org.sleepstat.stats.Stat;
import org.sleepstat.stats.WelchDifference;

/**
 * A baseline outcome y by the firmness f of the mattress before, over the respondents with both.
 *
 * @param outcome the baseline column, e.g. "pain_morning_pre"
 * @param byLevel descriptives per level with a value and the one-way tests over the levels with
 *     n ≥ 2, as for sleep position ({@code oneway.test(y ~ f, var.equal = TRUE)}, {@code
 *     oneway.test(y ~ f)}, {@code kruskal.test(y ~ f)}); its groups are firmness levels
 * @param trend the linear trend {@code lm(y ~ score)}, score = the level's place 1..k among the
 *     codebook's k ordered levels ({@code as.integer(factor(f, levels = codebook levels))}; a
 *     level without respondents keeps its number)
 * @param trendDf the trend's residual degrees of freedom, n − 2
 * @param trendN respondents in the trend (those of {@code byLevel})
 * @param advised the advised level against the rest
 */
public record FirmnessBaseline(String outcome, PositionResult byLevel,
    RegressionCoefficient trend, Stat trendDf, int trendN, AdvisedContrast advised) {

  /** Checks that nothing is null. */
  public FirmnessBaseline {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(byLevel, "byLevel");
    Objects.requireNonNull(trend, "trend");
    Objects.requireNonNull(trendDf, "trendDf");
    Objects.requireNonNull(advised, "advised");
  }

  /**
   * The advised level against every other level, {@code t.test(y[f == advised], y[f !=
   * advised])}.
   *
   * @param level the advised level, e.g. "medium_firm"
   * @param nAdvised respondents at that level with a value
   * @param nRest respondents at another level with a value
   * @param meanAdvised their mean, undefined without respondents
   * @param meanRest the others' mean
   * @param difference advised − rest with its 95% interval and Welch's test
   */
  public record AdvisedContrast(String level, int nAdvised, int nRest, Stat meanAdvised,
      Stat meanRest, WelchDifference difference) {

    /** Checks that nothing is null. */
    public AdvisedContrast {
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(meanAdvised, "meanAdvised");
      Objects.requireNonNull(meanRest, "meanRest");
      Objects.requireNonNull(difference, "difference");
    }
  }

  /** The groups' level names, in codebook order. */
  public List<String> levels() {
    return byLevel.groups().stream().map(PositionGroup::position).toList();
  }
}
