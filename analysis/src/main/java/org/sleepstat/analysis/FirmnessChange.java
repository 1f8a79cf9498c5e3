package org.sleepstat.analysis;

import java.util.List;
import java.util.Objects;
import org.sleepstat.stats.Stat;

/**
 * The value after a new mattress by the new mattress's firmness, adjusted for the value before,
 * over the treated respondents with pre, post and the new firmness (complete cases): {@code fit
 * <- lm(post ~ pre + new_mattress_firmness)}, the firmness an unordered factor of the levels
 * present, compared with the first of them (or the plan's reference level, when present).
 *
 * @param outcome e.g. "pain_morning"
 * @param n complete cases
 * @param levels each firmness level present and its respondents, in codebook order
 * @param reference the level the others are compared with, or "" without respondents
 * @param coefficients one per other level present: its difference from the reference adjusted
 *     for pre, {@code summary(fit)$coefficients} and {@code confint(fit)}; term = the level
 * @param df the residual degrees of freedom, n − rank
 * @param f the F test of the firmness term: {@code anova(lm(post ~ pre), fit)} — f, df1, df2, p
 * @param advised the advised new firmness against the rest, {@code lm(post ~ pre + advised)}
 *     with advised = (firmness == the advised level): its coefficient
 * @param advisedN respondents at the advised level among the complete cases
 * @param advisedDf that model's residual degrees of freedom
 * @param notes what was left out (a single level, aliased terms)
 */
public record FirmnessChange(String outcome, int n, List<LevelCount> levels, String reference,
    List<RegressionCoefficient> coefficients, Stat df, FTest f, RegressionCoefficient advised,
    int advisedN, Stat advisedDf, List<String> notes) {

  /** Copies the lists. */
  public FirmnessChange {
    Objects.requireNonNull(outcome, "outcome");
    levels = List.copyOf(levels);
    Objects.requireNonNull(reference, "reference");
    coefficients = List.copyOf(coefficients);
    Objects.requireNonNull(df, "df");
    Objects.requireNonNull(f, "f");
    Objects.requireNonNull(advised, "advised");
    Objects.requireNonNull(advisedDf, "advisedDf");
    notes = List.copyOf(notes);
  }

  /** A level and its respondents. */
  public record LevelCount(String level, int n) {
    public LevelCount {
      Objects.requireNonNull(level, "level");
    }
  }

  /**
   * An F test of nested models, {@code anova(reduced, full)}.
   *
   * @param f the statistic
   * @param df1 rank full − rank reduced
   * @param df2 the full model's residual df
   * @param p {@code pf(f, df1, df2, lower.tail = FALSE)}
   */
  public record FTest(Stat f, Stat df1, Stat df2, Stat p) {
    public FTest {
      Objects.requireNonNull(f, "f");
      Objects.requireNonNull(df1, "df1");
      Objects.requireNonNull(df2, "df2");
      Objects.requireNonNull(p, "p");
    }
  }
}
