package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.stats.Reference;
import org.sleepstat.stats.model.LinearModel;

/**
 * The general least-squares fit against R: every row of arms/linear-model-expected.tsv, written
 * by {@code Rscript linear-model.R} (R 4.2.2): lm, summary.lm and confint on multiple
 * regressions with a factor, without intercept, and a simple regression. The designs are built
 * here as R's model.matrix builds them: intercept first, then the terms in formula order, a
 * factor as treatment contrasts against its first level; rows with a missing value dropped.
 */
class LinearModelReferenceTest {
  private static final String TABLE = "linear-model-expected.tsv";
  private static final String SCRIPT = "linear-model.R";

  /** The models of linear-model.R: data set, y, terms in formula order, intercept. */
  private record Model(String dataset, String y, List<String> terms, boolean intercept) {}

  private static final Map<String, Model> MODELS = Map.of(
      "age_night_quality", new Model("medium", "pain_morning_pre",
          List.of("mattress_age_years", "pain_night_pre", "sleep_quality_pre"), true),
      "with_position", new Model("medium", "pain_morning_pre",
          List.of("mattress_age_years", "sleep_position", "sleep_quality_pre"), true),
      "no_intercept", new Model("medium", "pain_morning_pre",
          List.of("mattress_age_years", "sleep_quality_pre"), false),
      "simple", new Model("exact_small", "pain_morning_post", List.of("pain_morning_pre"), true),
      "position_only", new Model("ties_zeros", "sleep_quality_pre", List.of("sleep_position"),
          true));

  static Stream<Arguments> rows() {
    return Reference.arguments("arms", TABLE, SCRIPT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void equalsR(Reference.Row row) {
    Fit fit = fit(row.outcome());
    if (row.group().isEmpty()) {
      Reference.assertMatchesR(row, switch (row.key()) {
        case "n" -> fit.fitted.n();
        case "residual_df" -> fit.fitted.residualDf();
        case "sigma" -> fit.fitted.sigma();
        case "r_squared" -> fit.fitted.rSquared();
        case "adj_r_squared" -> fit.fitted.adjustedRSquared();
        case "f" -> fit.fitted.f();
        case "f_df1" -> fit.fitted.fDf1();
        case "f_df2" -> fit.fitted.fDf2();
        case "p_f" -> fit.fitted.pF();
        default -> throw new IllegalArgumentException("unknown key " + row.key());
      });
      return;
    }
    int index = fit.names.indexOf(row.group());
    assertThat(index).as("coefficient %s among %s", row.group(), fit.names).isNotNegative();
    LinearModel.Coefficient c = fit.fitted.coefficients().get(index);
    Reference.assertMatchesR(row, switch (row.key()) {
      case "estimate" -> c.estimate();
      case "se" -> c.standardError();
      case "t" -> c.t();
      case "p_t" -> c.p();
      case "ci_low" -> c.ciLow();
      case "ci_high" -> c.ciHigh();
      default -> throw new IllegalArgumentException("unknown key " + row.key());
    });
  }

  /** Every model of the script is checked, and every coefficient Java fits is in the table. */
  @Test
  void coversEveryModelAndCoefficient() {
    List<Reference.Row> rows = Reference.rows("arms", TABLE, SCRIPT);
    assertThat(rows.stream().map(Reference.Row::outcome).distinct())
        .containsExactlyInAnyOrderElementsOf(MODELS.keySet());
    for (String model : MODELS.keySet()) {
      List<String> inTable = rows.stream()
          .filter(r -> r.outcome().equals(model) && !r.group().isEmpty())
          .map(Reference.Row::group).distinct().toList();
      assertThat(inTable).as(model).containsExactlyElementsOf(fit(model).names);
    }
  }

  private record Fit(List<String> names, LinearModel.Fitted fitted) {}

  private static Fit fit(String name) {
    Model m = MODELS.get(name);
    Survey survey = ReferenceSurveys.survey("arms", m.dataset());
    NumberColumn y = survey.numbers(m.y()).orElseThrow();
    List<String> names = new ArrayList<>();
    if (m.intercept()) {
      names.add("(Intercept)");
    }
    for (String term : m.terms()) {
      if (survey.levels(term).isPresent()) {
        List<String> levels = survey.levels(term).get().levels();
        for (String level : levels.subList(1, levels.size())) {
          names.add(term + level);
        }
      } else {
        names.add(term);
      }
    }
    List<double[]> rows = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < survey.size(); i++) {
      if (Double.isNaN(y.get(i))) {
        continue;
      }
      List<Double> row = new ArrayList<>();
      if (m.intercept()) {
        row.add(1.0);
      }
      boolean missing = false;
      for (String term : m.terms()) {
        if (survey.levels(term).isPresent()) {
          LevelColumn factor = survey.levels(term).get();
          int code = factor.code(i);
          missing |= code == LevelColumn.MISSING;
          for (int level = 1; level < factor.levels().size(); level++) {
            row.add(code == level ? 1.0 : 0.0);
          }
        } else {
          double v = survey.numbers(term).orElseThrow().get(i);
          missing |= Double.isNaN(v);
          row.add(v);
        }
      }
      if (!missing) {
        rows.add(row.stream().mapToDouble(Double::doubleValue).toArray());
        values.add(y.get(i));
      }
    }
    LinearModel.Result result = LinearModel.fit(rows.toArray(double[][]::new),
        values.stream().mapToDouble(Double::doubleValue).toArray(), m.intercept());
    assertThat(result).as(name).isInstanceOf(LinearModel.Fitted.class);
    return new Fit(names, (LinearModel.Fitted) result);
  }
}
