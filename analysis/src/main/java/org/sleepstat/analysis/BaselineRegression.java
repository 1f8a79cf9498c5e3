package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.survey.Column;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.core.survey.Survey;

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
  /** The covariates of the baseline model, in formula order. */
  public static final List<String> COVARIATES = List.of("mattress_age_years", "sleep_position",
      "mattress_firmness", "age_years", "bmi", "exercise_days_week");

  static final String INTERCEPT = "(Intercept)";

  private BaselineRegression() {}

  /** One regression per baseline outcome column (&lt;outcome&gt;_pre) on {@link #COVARIATES}. */
  public static List<RegressionResult> analyze(Survey survey) {
    List<RegressionResult> out = new ArrayList<>();
    for (Codebook.Outcome o : survey.codebook().outcomes()) {
      if (o.pre() != null && survey.numbers(o.pre().name()).isPresent()) {
        out.add(fit(survey, o.pre().name(), COVARIATES));
      }
    }
    return out;
  }

  /**
   * The regression of {@code outcome} on {@code covariates} (numeric or category columns; any
   * other name is listed as absent).
   *
   * @throws IllegalArgumentException if the survey has no numeric column {@code outcome}
   */
  public static RegressionResult fit(Survey survey, String outcome, List<String> covariates) {
    NumberColumn y = survey.numbers(Objects.requireNonNull(outcome, "outcome"))
        .orElseThrow(() -> new IllegalArgumentException("no numeric column " + outcome));
    List<String> absent = new ArrayList<>();
    List<Column> present = new ArrayList<>();
    for (String name : covariates) {
      Optional<Column> c = survey.column(name).filter(
          col -> col instanceof NumberColumn || col instanceof LevelColumn);
      if (c.isPresent()) {
        present.add(c.get());
      } else {
        absent.add(name);
      }
    }

    int size = survey.size();
    boolean[] complete = new boolean[size];
    int n = 0;
    int dropped = 0;
    for (int i = 0; i < size; i++) {
      if (Double.isNaN(y.get(i))) {
        continue;
      }
      boolean all = true;
      for (Column c : present) {
        all &= !c.isMissing(i);
      }
      complete[i] = all;
      if (all) {
        n++;
      } else {
        dropped++;
      }
    }

    Design design = Design.build(y, present, complete, n);
    String formula = outcome + " ~ "
        + (design.used.isEmpty() ? "1" : String.join(" + ", design.used));
    if (n == 0) {
      Stat none = Stat.undefined("no respondents with " + outcome + " and every covariate");
      return new RegressionResult(outcome, formula, design.used, absent, design.notes, 0, dropped,
          none, none, List.of(), none, none, none, none, none, none, none);
    }
    return summarize(outcome, formula, design, absent, dropped, n,
        RegressionFit.of(design.x, design.y));
  }

  private static RegressionResult summarize(String outcome, String formula, Design design,
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
      return new RegressionResult(outcome, formula, design.used, absent, notes, n, dropped,
          Stat.of(rank), Stat.of(rdf), coefficients, none, none, none, none, none, none, none);
    }
    LinearModel.Fitted f = (LinearModel.Fitted) fit.result;
    boolean constant = isConstant(design.y);
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
      double b = constant ? (j == 0 ? design.y[0] : 0) : c.estimate();
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
        Stat.of(rank), Stat.of(rdf), coefficients, rSquared, adjusted, sigma, fTest[0], fTest[1],
        fTest[2], fTest[3]);
  }

  private static boolean isConstant(double[] v) {
    for (double x : v) {
      if (x != v[0]) {
        return false;
      }
    }
    return true;
  }

  private static Stat[] undefined(int size, String reason) {
    Stat[] out = new Stat[size];
    Arrays.fill(out, Stat.undefined(reason));
    return out;
  }

  /** The design matrix over the complete rows: intercept, numeric columns, factor indicators. */
  private static final class Design {
    final List<String> used = new ArrayList<>();
    final List<String> terms = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    double[][] x;
    double[] y;

    static Design build(NumberColumn outcome, List<Column> present, boolean[] complete, int n) {
      Design d = new Design();
      d.terms.add(INTERCEPT);
      // Per covariate: null for a numeric one, else the level codes that get an indicator.
      List<int[]> indicators = new ArrayList<>();
      List<Column> inModel = new ArrayList<>();
      for (Column c : present) {
        if (c instanceof LevelColumn lc) {
          int[] levels = d.factorLevels(lc, complete, n);
          if (levels == null) {
            continue;
          }
          int[] dummies = levels.length < 2 ? new int[0]
              : Arrays.copyOfRange(levels, 1, levels.length);
          for (int code : dummies) {
            d.terms.add(lc.name() + lc.levels().get(code));
          }
          indicators.add(dummies);
        } else {
          d.terms.add(c.name());
          indicators.add(null);
        }
        inModel.add(c);
        d.used.add(c.name());
      }
      int p = d.terms.size();
      d.x = new double[p][n];
      d.y = new double[n];
      Arrays.fill(d.x[0], 1);
      int[] rows = new int[n];
      int row = 0;
      for (int i = 0; i < complete.length; i++) {
        if (complete[i]) {
          rows[row++] = i;
        }
      }
      for (int r = 0; r < n; r++) {
        d.y[r] = outcome.get(rows[r]);
      }
      int col = 1;
      for (int k = 0; k < inModel.size(); k++) {
        Column c = inModel.get(k);
        int[] dummies = indicators.get(k);
        if (dummies == null) {
          NumberColumn numbers = (NumberColumn) c;
          double[] xj = d.x[col++];
          for (int r = 0; r < n; r++) {
            xj[r] = numbers.get(rows[r]);
          }
        } else {
          LevelColumn levels = (LevelColumn) c;
          // column of each level's indicator, or -1 for the reference and dropped levels
          int[] indicatorColumn = new int[levels.levels().size()];
          Arrays.fill(indicatorColumn, -1);
          for (int level : dummies) {
            indicatorColumn[level] = col++;
          }
          for (int r = 0; r < n; r++) {
            int target = indicatorColumn[levels.code(rows[r])];
            if (target >= 0) {
              d.x[target][r] = 1;
            }
          }
        }
      }
      return d;
    }

    /**
     * The codes of the levels with complete rows, in codebook order (the first is the reference),
     * or null when fewer than two: the factor is then left out, with a note.
     */
    private int[] factorLevels(LevelColumn c, boolean[] complete, int n) {
      int[] counts = new int[c.levels().size()];
      for (int i = 0; i < complete.length; i++) {
        if (complete[i]) {
          counts[c.code(i)]++;
        }
      }
      List<String> empty = new ArrayList<>();
      List<Integer> kept = new ArrayList<>();
      for (int code = 0; code < counts.length; code++) {
        if (counts[code] > 0) {
          kept.add(code);
        } else {
          empty.add(c.levels().get(code));
        }
      }
      if (n > 0 && kept.size() < 2) {
        notes.add(String.format(Locale.ROOT, "%s left out: %s among the %d complete rows "
            + "(lm needs 2 or more levels for contrasts)", c.name(),
            kept.isEmpty() ? "no level" : "one level (" + c.levels().get(kept.get(0)) + ")", n));
        return null;
      }
      if (n == 0) {
        return kept.stream().mapToInt(Integer::intValue).toArray();
      }
      if (!empty.isEmpty()) {
        notes.add(String.format(Locale.ROOT,
            "%s: no complete rows with %s; dropped (lm drops unused levels), reference level %s",
            c.name(), String.join(", ", empty), c.levels().get(kept.get(0))));
      }
      return kept.stream().mapToInt(Integer::intValue).toArray();
    }
  }
}
