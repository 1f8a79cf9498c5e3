package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sleepstat.stats.Reference;

/**
 * The baseline regression compared with R: every row of models/regression-expected.tsv, written by
 * {@code Rscript regression.R} (R 4.2.2): lm(y ~ mattress_age_years + sleep_position +
 * mattress_firmness + age_years + bmi + exercise_days_week) with the covariates each file has,
 * summary(fit) and confint(fit); each row names its own R call.
 */
class RegressionReferenceTest {
  static Stream<Arguments> rows() {
    return Reference.arguments("models", "regression-expected.tsv", "regression.R");
  }

  private static final Map<String, List<RegressionResult>> RESULTS = new ConcurrentHashMap<>();

  private static RegressionResult result(Reference.Row row) {
    return RESULTS.computeIfAbsent(row.dataset(),
            d -> BaselineRegression.analyze(ReferenceSurveys.survey("models", d))).stream()
        .filter(r -> r.outcome().equals(row.outcome())).findFirst()
        .orElseThrow(() -> new AssertionError(row + ": no result; " + row.reproduce()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void regressionEqualsLm(Reference.Row row) {
    RegressionResult r = result(row);
    if (row.group().isEmpty()) {
      Reference.assertMatchesR(row, switch (row.key()) {
        case "n" -> r.n();
        case "dropped_missing" -> r.droppedMissing();
        case "rank" -> r.rank();
        case "residual_df" -> r.residualDf();
        case "r_squared" -> r.fit().rSquared();
        case "adj_r_squared" -> r.fit().adjustedRSquared();
        case "sigma" -> r.fit().sigma();
        case "f" -> r.fit().f();
        case "f_df1" -> r.fit().fDf1();
        case "f_df2" -> r.fit().fDf2();
        case "p_f" -> r.fit().p();
        case "coefficients" -> r.coefficients().size();
        default -> throw new IllegalArgumentException("unknown key " + row.key());
      });
      return;
    }
    RegressionCoefficient c = r.coefficient(row.group())
        .orElseThrow(() -> new AssertionError(row + ": no coefficient " + row.group() + " among "
            + r.coefficients().stream().map(RegressionCoefficient::term).toList() + "; "
            + row.reproduce()));
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

  private static RegressionResult fit(String dataset, String outcome) {
    return BaselineRegression.analyze(ReferenceSurveys.survey("models", dataset)).stream()
        .filter(r -> r.outcome().equals(outcome)).findFirst().orElseThrow();
  }

  @Test
  void covariatesAbsentFromTheFileAreLeftOutAndListed() {
    RegressionResult r = fit("medium", "pain_morning_pre");
    assertThat(r.formula()).isEqualTo("pain_morning_pre ~ mattress_age_years + sleep_position");
    assertThat(r.absentCovariates())
        .containsExactly("mattress_firmness", "age_years", "bmi", "exercise_days_week");
  }

  @Test
  void anEmptyReferenceLevelIsDroppedAndTheNextLevelBecomesTheReference() {
    RegressionResult r = fit("models_levels", "pain_morning_pre");
    assertThat(r.coefficients()).extracting(RegressionCoefficient::term)
        .contains("mattress_firmnessmedium_firm", "mattress_firmnessfirm")
        .doesNotContain("mattress_firmnessmedium", "mattress_firmnesssoft",
            "sleep_positioncombination");
    assertThat(r.notes()).anyMatch(s -> s.endsWith("reference level medium")
        && s.startsWith("mattress_firmness: no complete rows with soft"));
  }

  @Test
  void aFactorWithOneLevelLeftIsLeftOutOfTheModel() {
    RegressionResult r = fit("models_levels", "pain_night_pre");
    assertThat(r.covariates()).doesNotContain("mattress_firmness");
    assertThat(r.formula()).doesNotContain("mattress_firmness");
    assertThat(r.notes())
        .anyMatch(s -> s.startsWith("mattress_firmness left out: one level (firm)"));
  }

  @Test
  void aConstantCovariateIsAliasedWithAReason() {
    RegressionResult r = fit("models_levels", "sleep_quality_pre");
    RegressionCoefficient c = r.coefficient("exercise_days_week").orElseThrow();
    assertThat(c.estimate().reason()).startsWith("aliased");
    assertThat(r.rank().getAsDouble()).isEqualTo(r.coefficients().size() - 1);
  }

  @Test
  void noCompleteRowsGivesUndefinedStatisticsNotAnException() {
    RegressionResult r = fit("models_none", "pain_morning_pre");
    assertThat(r.n()).isZero();
    assertThat(r.droppedMissing()).isEqualTo(6);
    assertThat(r.coefficients()).isEmpty();
    assertThat(r.fit().rSquared().reason()).contains("no respondents");
  }

  @Test
  void anInterceptOnlyModelHasNoFTest() {
    RegressionResult r = fit("models_intercept", "pain_morning_pre");
    assertThat(r.formula()).isEqualTo("pain_morning_pre ~ 1");
    assertThat(r.fit().f().reason()).contains("no covariates");
  }

  @Test
  void aPerfectFitKeepsTheEstimatesButReportsNoInference() {
    RegressionResult r = fit("models_degenerate", "pain_morning_pre");
    assertThat(r.coefficient("mattress_age_years").orElseThrow().estimate().getAsDouble())
        .isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(r.coefficient("mattress_age_years").orElseThrow().standardError().reason())
        .contains("perfect fit");
  }

  @Test
  void anOutcomeThatIsNotANumberColumnIsRejected() {
    assertThatThrownBy(() -> BaselineRegression.fit(
        ReferenceSurveys.survey("models", "models_small"),
        "sleep_position", List.of("bmi")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sleep_position");
  }

  @Test
  void generalCovariateListsAcceptBooleansAndNumbers() {
    RegressionResult r = BaselineRegression.fit(ReferenceSurveys.survey("models", "models_small"),
        "pain_morning_pre", List.of("changed_mattress", "bmi", "no_such_column"));
    assertThat(r.coefficients()).extracting(RegressionCoefficient::term)
        .containsExactly("(Intercept)", "changed_mattressyes", "bmi");
    assertThat(r.absentCovariates()).containsExactly("no_such_column");
  }
}
