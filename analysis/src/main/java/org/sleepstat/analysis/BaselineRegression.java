package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.survey.Column;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.stats.Stat;
import org.sleepstat.stats.model.LinearModel;
import org.sleepstat.stats.model.RegressionFit;

/**
 * Linear regression of each baseline outcome on mattress age, sleep position, mattress firmness,
 * age, BMI and exercise days, equal to R's {@code lm(y ~ mattress_age_years + sleep_position +
 * mattress_firmness + age_years + bmi + exercise_days_week)}.
 *
 * <p>Rows: respondents with the outcome and every covariate the file has (complete cases); those
 * with the outcome but a missing covariate are counted. Covariates absent from the file are left
 * out and listed. Category covariates (also the ordinal mattress_firmness and booleans) enter with
 * treatment contrasts against their first level present, as R's {@code factor(x, levels =
 * codebook, ordered = FALSE)}; levels without complete rows are dropped, as lm's model frame does
 * (drop.unused.levels), and a category with a single level left is taken out of the model, where
 * lm would stop. Aliased terms get no coefficient, as R's NA. Nothing here throws because of the
 * data: what cannot be computed is an undefined {@link Stat} with the reason.
 *
 * <pre>{@code
 * List<RegressionResult> r = BaselineRegression.analyze(survey);
 * }</pre>
 */
public final class BaselineRegression {
  private BaselineRegression() {}

  /**
   * One regression per baseline outcome column (&lt;outcome&gt;_pre) on the built-in plan's
   * covariates ({@link StudyDesign#BASELINE_COVARIATES}).
   */
  public static List<RegressionResult> analyze(Survey survey) {
    return analyze(survey, StudyDesign.of(survey.codebook()));
  }

  /**
   * One regression per baseline outcome column of {@code design} on its covariates, factors
   * compared with its reference levels, the designs read from the survey together ({@link
   * RegressionDesigns}).
   */
  public static List<RegressionResult> analyze(Survey survey, StudyDesign design) {
    return fit(survey, outcomes(survey, design), names(design.models().covariates()),
        design.models().referenceLevels(), LinearModel.MAX_HELD);
  }

  /** The baseline outcome columns {@link #analyze} regresses, in the design's order. */
  static List<String> outcomes(Survey survey, StudyDesign design) {
    List<String> out = new ArrayList<>();
    for (StudyDesign.Outcome o : design.outcomes()) {
      if (o.pre() != null && survey.numbers(o.pre().name()).isPresent()) {
        out.add(o.pre().name());
      }
    }
    return out;
  }

  private static List<String> names(List<Variable> variables) {
    return variables.stream().map(Variable::name).toList();
  }

  /**
   * The regression of {@code outcome} on {@code covariates} (numeric or category columns; any
   * other name is listed as absent).
   *
   * @throws IllegalArgumentException if the survey has no numeric column {@code outcome}
   */
  public static RegressionResult fit(Survey survey, String outcome, List<String> covariates) {
    return fit(survey, outcome, covariates, LinearModel.MAX_HELD);
  }

  /**
   * {@link #fit(Survey, String, List)} with the largest design (n × p values) that is held and
   * decomposed whole; larger ones are decomposed block by block ({@link LinearModel}).
   */
  static RegressionResult fit(Survey survey, String outcome, List<String> covariates,
      long maxHeld) {
    return fit(survey, List.of(Objects.requireNonNull(outcome, "outcome")), covariates, Map.of(),
        maxHeld).get(0);
  }

  /** The regressions of {@code outcomes} on the same covariates, in that order. */
  static List<RegressionResult> fit(Survey survey, List<String> outcomes, List<String> covariates,
      Map<String, String> referenceLevels, long maxHeld) {
    return fit(survey, outcomes, covariates, referenceLevels, maxHeld, RowFilter.ALL);
  }

  /** {@link #fit(Survey, List, List, Map, long)} over the rows {@code rows} keeps. */
  static List<RegressionResult> fit(Survey survey, List<String> outcomes, List<String> covariates,
      Map<String, String> referenceLevels, long maxHeld, RowFilter rows) {
    return fit(survey, outcomes, covariates, referenceLevels, maxHeld,
        Collections.nCopies(outcomes.size(), rows));
  }

  /**
   * {@link #fit(Survey, List, List, Map, long)} with each outcome over its own rows ({@code
   * rows.get(k)} for {@code outcomes.get(k)}; an outcome may be named more than once, with
   * other rows): outcomes fitted together share the passes over the survey.
   */
  static List<RegressionResult> fit(Survey survey, List<String> outcomes, List<String> covariates,
      Map<String, String> referenceLevels, long maxHeld, List<RowFilter> rows) {
    return fitEach(survey, outcomes, Collections.nCopies(outcomes.size(), covariates),
        referenceLevels, maxHeld, rows);
  }

  /**
   * {@link #fit(Survey, List, List, Map, long, List)} with each outcome on its own covariates
   * ({@code covariates.get(k)} for {@code outcomes.get(k)}): outcomes fitted together share the
   * passes over the survey whatever their covariates.
   */
  static List<RegressionResult> fitEach(Survey survey, List<String> outcomes,
      List<List<String>> covariates, Map<String, String> referenceLevels, long maxHeld,
      List<RowFilter> rows) {
    if (covariates.size() != outcomes.size() || rows.size() != outcomes.size()) {
      throw new IllegalArgumentException(covariates.size() + " covariate lists and "
          + rows.size() + " row filters for " + outcomes.size() + " outcomes");
    }
    List<NumberColumn> ys = new ArrayList<>();
    for (String outcome : outcomes) {
      ys.add(survey.numbers(outcome)
          .orElseThrow(() -> new IllegalArgumentException("no numeric column " + outcome)));
    }
    List<List<String>> absent = new ArrayList<>();
    List<List<Column>> present = new ArrayList<>();
    for (List<String> names : covariates) {
      List<String> out = new ArrayList<>();
      List<Column> in = new ArrayList<>();
      for (String name : names) {
        Optional<Column> c = survey.column(name).filter(
            col -> col instanceof NumberColumn || col instanceof LevelColumn);
        if (c.isPresent()) {
          in.add(c.get());
        } else {
          out.add(name);
        }
      }
      absent.add(out);
      present.add(in);
    }
    List<RegressionResult> out = new ArrayList<>();
    for (int from = 0; from < ys.size(); from += RegressionDesigns.MAX_OUTCOMES) {
      int to = Math.min(ys.size(), from + RegressionDesigns.MAX_OUTCOMES);
      RegressionDesigns designs = RegressionDesigns.ofEach(survey, ys.subList(from, to),
          present.subList(from, to), referenceLevels, rows.subList(from, to));
      List<RegressionFit> fits = designs.fit(maxHeld);
      for (int k = 0; k < to - from; k++) {
        out.add(result(designs.outcomes.get(k), absent.get(from + k), fits.get(k)));
      }
    }
    return out;
  }

  private static RegressionResult result(OutcomeDesign design, List<String> absent,
      RegressionFit fit) {
    String outcome = design.name;
    String formula = outcome + " ~ "
        + (design.used.isEmpty() ? "1" : String.join(" + ", design.used));
    if (design.n == 0) {
      Stat none = Stat.undefined("no respondents with " + outcome + " and every covariate");
      return new RegressionResult(outcome, formula, design.used, absent, design.notes, 0,
          design.dropped, none, none, List.of(), RegressionResult.ModelFit.all(none));
    }
    return summarize(outcome, formula, design, absent, design.dropped, design.n, fit);
  }

  private static RegressionResult summarize(String outcome, String formula,
      OutcomeDesign design,
      List<String> absent, int dropped, int n, RegressionFit fit) {
    int rank = fit.rank;
    int rdf = n - rank;
    List<String> notes = new ArrayList<>(design.notes);
    List<RegressionCoefficient> coefficients = new ArrayList<>();
    if (fit.result instanceof LinearModel.Unfitted unfitted) {
      // not expected once aliased columns are out; reported rather than thrown
      Stat none = Stat.undefined(unfitted.reason());
      for (String term : design.terms) {
        coefficients.add(new RegressionCoefficient(term, none, none, none, none, none, none));
      }
      boolean overflow = unfitted == LinearModel.OVERFLOWED;
      return new RegressionResult(outcome, formula, design.used, absent, notes, n, dropped,
          overflow ? none : Stat.of(rank), overflow ? none : Stat.of(rdf), coefficients,
          RegressionResult.ModelFit.all(none));
    }
    LinearModel.Fitted f = (LinearModel.Fitted) fit.result;
    boolean constant = design.constantY;
    String noInference = f.inferenceProblem();
    if (constant && rdf > 0) {
      noInference = outcome + " has zero variance among the complete rows";
    } else if (noInference != null && rdf > 0) {
      notes.add(noInference + " (R's summary.lm warns that the summary may be unreliable); "
          + "standard errors, tests and intervals are not reported");
    }

    int k = 0;
    for (int j = 0; j < design.terms.size(); j++) {
      String term = design.terms.get(j);
      if (fit.aliased[j]) {
        Stat na = Stat.undefined("aliased: " + term
            + " is a linear combination of the terms before it (R: NA)");
        notes.add(term + " is aliased with the terms before it: no coefficient (R: NA)");
        coefficients.add(new RegressionCoefficient(term, na, na, na, na, na, na));
        continue;
      }
      LinearModel.Coefficient c = f.coefficients().get(k++);
      // A constant outcome is fitted exactly by its value; R's slopes there are rounding noise.
      double b = constant ? (j == 0 ? design.firstY : 0) : c.estimate();
      Stat estimate = Stat.finiteOr(b, "estimate not computable");
      if (noInference != null) {
        Stat na = Stat.undefined(noInference);
        coefficients.add(new RegressionCoefficient(term, estimate, na, na, na, na, na));
        continue;
      }
      String bad = "not computable (standard error " + c.standardError() + ")";
      coefficients.add(new RegressionCoefficient(term, estimate,
          Stat.finiteOr(c.standardError(), bad), Stat.finiteOr(c.t(), bad),
          Stat.finiteOr(c.p(), bad), Stat.finiteOr(c.ciLow(), bad),
          Stat.finiteOr(c.ciHigh(), bad)));
    }

    Stat rSquared;
    Stat adjusted;
    if (rank == 1) {
      // summary.lm sets both to 0 for an intercept-only model
      rSquared = Stat.of(0);
      adjusted = rdf > 0 ? Stat.of(0) : Stat.undefined(noInference);
    } else if (constant) {
      rSquared = Stat.undefined(outcome + " has zero variance among the complete rows");
      adjusted = rSquared;
    } else {
      rSquared = Stat.finiteOr(f.rSquared(), "R squared not computable");
      adjusted = rdf > 0
          ? Stat.finiteOr(f.adjustedRSquared(), "adjusted R squared not computable")
          : Stat.undefined(noInference);
    }

    Stat sigma;
    Stat[] fTest;
    if (noInference != null) {
      sigma = Stat.undefined(noInference);
      fTest = undefined(4, noInference);
    } else {
      sigma = Stat.finiteOr(f.sigma(), "residual standard error not computable");
      if (rank == 1) {
        fTest = undefined(4, "no covariates in the model: no F test");
      } else if (Double.isFinite(f.f()) && Double.isFinite(f.pF())) {
        fTest = new Stat[] {Stat.of(f.f()), Stat.of(f.fDf1()), Stat.of(f.fDf2()), Stat.of(f.pF())};
      } else {
        fTest = undefined(4, "F test not computable");
      }
    }
    return new RegressionResult(outcome, formula, design.used, absent, notes, n, dropped,
        Stat.of(rank), Stat.of(rdf), coefficients, new RegressionResult.ModelFit(rSquared,
            adjusted, sigma, fTest[0], fTest[1], fTest[2], fTest[3]));
  }

  private static Stat[] undefined(int size, String reason) {
    Stat[] out = new Stat[size];
    Arrays.fill(out, Stat.undefined(reason));
    return out;
  }
}
