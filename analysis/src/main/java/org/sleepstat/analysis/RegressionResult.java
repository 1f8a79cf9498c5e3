package org.sleepstat.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sleepstat.stats.Stat;

/**
 * A linear regression of a baseline outcome on covariates, as R's {@code lm(formula)} with
 * treatment contrasts, over the respondents with the outcome and every covariate present in the
 * file (complete cases).
 *
 * @param outcome the response column, e.g. "pain_morning_pre"
 * @param formula the R formula fitted, e.g. "pain_morning_pre ~ mattress_age_years +
 *     sleep_position"; "y ~ 1" when no covariate is left
 * @param covariates the covariates in the formula, in order
 * @param absentCovariates requested covariates the survey has no numeric or categorical column
 *     for; left out of the model
 * @param notes what else changed the model: factor levels without complete rows (dropped, so the
 *     reference may be a later level), factors left out for having one level, aliased terms, an
 *     essentially perfect fit
 * @param n complete rows used ({@code nobs(fit)})
 * @param droppedMissing respondents with the outcome but at least one covariate missing
 * @param rank {@code fit$rank}: coefficients estimated (the intercept included)
 * @param residualDf {@code fit$df.residual}, n − rank
 * @param coefficients one per term of the design, aliased terms included, in R's order
 * @param fit how well the model fits, and its F test
 */
public record RegressionResult(
    String outcome,
    String formula,
    List<String> covariates,
    List<String> absentCovariates,
    List<String> notes,
    int n,
    int droppedMissing,
    Stat rank,
    Stat residualDf,
    List<RegressionCoefficient> coefficients,
    ModelFit fit) {

  /** Checks the fields and copies the lists. */
  public RegressionResult {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(formula, "formula");
    covariates = List.copyOf(covariates);
    absentCovariates = List.copyOf(absentCovariates);
    notes = List.copyOf(notes);
    coefficients = List.copyOf(coefficients);
    Objects.requireNonNull(rank, "rank");
    Objects.requireNonNull(residualDf, "residualDf");
    Objects.requireNonNull(fit, "fit");
    if (n < 0 || droppedMissing < 0) {
      throw new IllegalArgumentException("negative count: n = " + n + ", dropped = "
          + droppedMissing);
    }
  }

  /** The coefficient named {@code term} as R names it, e.g. "sleep_positionback". */
  public Optional<RegressionCoefficient> coefficient(String term) {
    return coefficients.stream().filter(c -> c.term().equals(term)).findFirst();
  }

  /**
   * The fit of the model, from {@code summary(fit)}.
   *
   * @param rSquared {@code summary(fit)$r.squared}
   * @param adjustedRSquared {@code summary(fit)$adj.r.squared}
   * @param sigma {@code summary(fit)$sigma}, the residual standard error
   * @param f {@code summary(fit)$fstatistic["value"]}: all slopes zero
   * @param fDf1 {@code summary(fit)$fstatistic["numdf"]}, rank − 1
   * @param fDf2 {@code summary(fit)$fstatistic["dendf"]}, the residual df
   * @param p {@code pf(f, fDf1, fDf2, lower.tail = FALSE)}
   */
  public record ModelFit(
      Stat rSquared, Stat adjustedRSquared, Stat sigma, Stat f, Stat fDf1, Stat fDf2, Stat p) {

    /** Checks that nothing is null. */
    public ModelFit {
      Objects.requireNonNull(rSquared, "rSquared");
      Objects.requireNonNull(adjustedRSquared, "adjustedRSquared");
      Objects.requireNonNull(sigma, "sigma");
      Objects.requireNonNull(f, "f");
      Objects.requireNonNull(fDf1, "fDf1");
      Objects.requireNonNull(fDf2, "fDf2");
      Objects.requireNonNull(p, "p");
    }

    /** The same statistic for every component: a fit that could not be computed. */
    static ModelFit all(Stat stat) {
      return new ModelFit(stat, stat, stat, stat, stat, stat, stat);
    }
  }
}
