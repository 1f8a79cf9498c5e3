package org.sleepstat.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sleepstat.core.survey.RepeatedMeasures;
import org.sleepstat.stats.Stat;
import org.sleepstat.stats.mixed.Contrast;
import org.sleepstat.stats.mixed.FTestResult;

/**
 * One outcome over three or more waves (docs/analysis-json.md, repeated): the linear mixed model
 * {@code lmerTest::lmer(y ~ wave * group + (1 | respondent_id))} (or {@code y ~ wave + (1 |
 * respondent_id)} without a group) over every observation with a value, with its fixed effects,
 * type III F tests, model means and contrasts. When the model cannot be fitted (a wave without
 * observations in a group, too few observations), every model statistic is undefined with the
 * reason and the lists of model results are empty; the observed means stay.
 *
 * @param outcome e.g. "pain_morning"
 * @param waves the waves in time order, with their labels and weeks
 * @param group the group variable of the model, e.g. "changed_mattress"; empty for {@code y ~
 *     wave}
 * @param groups the group levels in the model, the reference (untreated) level first; empty
 *     without a group
 * @param formula the model in R's words, e.g. {@code pain_morning ~ wave * changed_mattress + (1
 *     | respondent_id)}
 * @param respondents respondents with at least one value used (ngrps(fit))
 * @param observations values used (nobs(fit))
 * @param withoutGroup respondents with values of the outcome but no group value, left out
 * @param sigma the residual SD (sigma(fit))
 * @param sdRespondent the SD of the respondent intercept (VarCorr(fit))
 * @param singular a boundary fit (isSingular(fit)); empty when there is no fit
 * @param fixed the fixed effects, as summary(fit)$coefficients, in R's order
 * @param anova the type III F tests, as anova(fit, type = 3, ddf = "Satterthwaite")
 * @param means observed and model means per wave and group (wave by wave, the groups within)
 * @param between each group level − the reference at each wave, wave by wave
 * @param within each later wave − the first wave, group by group
 * @param notes which model and why, who was left out, a boundary fit, why there is no fit
 */
public record RepeatedResult(String outcome, List<RepeatedMeasures.Wave> waves,
    Optional<String> group, List<String> groups, String formula, int respondents,
    long observations, int withoutGroup, Stat sigma, Stat sdRespondent,
    Optional<Boolean> singular, List<Coefficient> fixed, List<TermTest> anova, List<Cell> means,
    List<Difference> between, List<Difference> within, List<String> notes) {
  public RepeatedResult {
    Objects.requireNonNull(outcome, "outcome");
    waves = List.copyOf(waves);
    Objects.requireNonNull(group, "group");
    groups = List.copyOf(groups);
    Objects.requireNonNull(formula, "formula");
    Objects.requireNonNull(sigma, "sigma");
    Objects.requireNonNull(sdRespondent, "sdRespondent");
    Objects.requireNonNull(singular, "singular");
    fixed = List.copyOf(fixed);
    anova = List.copyOf(anova);
    means = List.copyOf(means);
    between = List.copyOf(between);
    within = List.copyOf(within);
    notes = List.copyOf(notes);
  }

  /** The wave labels in order. */
  public List<String> waveLabels() {
    return waves.stream().map(RepeatedMeasures.Wave::label).toList();
  }

  /** Whether the model was fitted (else {@link #sigma()} says why not). */
  public boolean fitted() {
    return sigma.isDefined();
  }

  /**
   * A linear combination of the fixed effects with its Satterthwaite t test and 95% interval;
   * every statistic undefined with the same reason when there is no fit.
   *
   * @param estimate l'β̂
   * @param se its standard error
   * @param df Satterthwaite's degrees of freedom
   * @param t estimate / se
   * @param p two-sided p-value
   * @param ciLow lower 95% bound
   * @param ciHigh upper 95% bound
   */
  public record Inference(Stat estimate, Stat se, Stat df, Stat t, Stat p, Stat ciLow,
      Stat ciHigh) {
    public Inference {
      Objects.requireNonNull(estimate, "estimate");
      Objects.requireNonNull(se, "se");
      Objects.requireNonNull(df, "df");
      Objects.requireNonNull(t, "t");
      Objects.requireNonNull(p, "p");
      Objects.requireNonNull(ciLow, "ciLow");
      Objects.requireNonNull(ciHigh, "ciHigh");
    }

    static Inference of(Contrast c) {
      return new Inference(Stat.of(c.estimate()), Stat.of(c.se()), c.df(), c.t(), c.p(),
          c.ciLow(), c.ciHigh());
    }

    static Inference undefined(String reason) {
      Stat none = Stat.undefined(reason);
      return new Inference(none, none, none, none, none, none, none);
    }
  }

  /**
   * A fixed effect.
   *
   * @param term R's name: {@code (Intercept)}, {@code waveweek 2}, {@code changed_mattressyes},
   *     {@code waveweek 2:changed_mattressyes}
   * @param value the coefficient and its test
   */
  public record Coefficient(String term, Inference value) {
    public Coefficient {
      Objects.requireNonNull(term, "term");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A term's type III F test.
   *
   * @param term {@code wave}, {@code changed_mattress} or {@code wave:changed_mattress}
   * @param test F, df1, Satterthwaite's df2 and p
   */
  public record TermTest(String term, FTestResult test) {
    public TermTest {
      Objects.requireNonNull(term, "term");
      Objects.requireNonNull(test, "test");
    }
  }

  /**
   * One wave in one group: the observed values and the model mean (emmeans).
   *
   * @param wave the wave's label
   * @param group the group level; empty without a group
   * @param n observations
   * @param mean their mean (undefined for none)
   * @param sd their SD (undefined for fewer than 2)
   * @param model the model mean with its se, df and 95% interval (t and p: of mean = 0)
   */
  public record Cell(String wave, Optional<String> group, int n, Stat mean, Stat sd,
      Inference model) {
    public Cell {
      Objects.requireNonNull(wave, "wave");
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(mean, "mean");
      Objects.requireNonNull(sd, "sd");
      Objects.requireNonNull(model, "model");
    }
  }

  /**
   * A contrast of model means: between groups at a wave, or a later wave against the first
   * within a group.
   *
   * @param wave the wave (for within: the later wave)
   * @param group for between: the level compared with the reference; for within: the group
   *     (empty without a group)
   * @param contrast in emmeans' words: "yes - no", "week 2 - baseline"
   * @param value the difference and its test
   */
  public record Difference(String wave, Optional<String> group, String contrast,
      Inference value) {
    public Difference {
      Objects.requireNonNull(wave, "wave");
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(contrast, "contrast");
      Objects.requireNonNull(value, "value");
    }
  }
}
