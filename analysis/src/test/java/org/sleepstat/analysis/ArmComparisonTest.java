package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sleepstat.stats.Stat;

/**
 * Changed against not changed on small surveys: the sign convention (changed minus unchanged),
 * who takes part, and the reasons of undefined values. The values against R on the reference
 * data sets are in {@link ArmComparisonReferenceTest}.
 */
class ArmComparisonTest {

  /**
   * Both arms have baselines 4, 5, 6, 7; changers change by −3, −1, −2, −2, the others by 0,
   * +1, −1, 0; A9 has no arm and is left out. With the baseline balanced, the adjusted and the
   * raw difference are both −2.
   */
  private static final String BALANCED = """
      respondent_id,sleep_position,changed_mattress,pain_morning_pre,pain_morning_post
      A1,side,yes,4,1
      A2,side,yes,5,4
      A3,back,yes,6,4
      A4,back,yes,7,5
      A5,side,no,4,4
      A6,side,no,5,6
      A7,back,no,6,5
      A8,back,no,7,7
      A9,back,,7,0
      """;

  @Test
  void theAdjustedDifferenceSaysWhichCovariatesTheFileLacksAndUsesThePositionItHas() {
    AdjustedDifference d = ArmComparison.compare(Surveys.of(BALANCED)).get(0).adjusted();
    // post ~ pre + changed_mattress + sleep_position: A9 has no group, so 8 complete cases
    assertThat(d.n()).isEqualTo(8);
    assertThat(d.covariates()).containsExactly("mattress_age_years", "sleep_position",
        "mattress_firmness", "age_years", "bmi", "exercise_days_week");
    assertThat(d.notes()).contains("mattress_age_years left out: the file has no column",
        "exercise_days_week left out: the file has no column");
    assertThat(d.df()).isEqualTo(Stat.of(4)); // 8 − (intercept, pre, changed, back)
    assertThat(d.difference().value().isDefined()).isTrue();
  }

  @Test
  void differencesAreChangedMinusUnchanged() {
    ArmComparisonResult r = ArmComparison.compare(Surveys.of(BALANCED)).get(0);
    assertThat(r.changed().n()).isEqualTo(4);
    assertThat(r.unchanged().n()).isEqualTo(4);
    assertThat(r.n()).isEqualTo(8);
    assertThat(r.changed().meanChange()).isEqualTo(Stat.of(-2));
    assertThat(r.unchanged().meanChange()).isEqualTo(Stat.of(0));
    // R: coef(lm(post ~ pre + changed))["changedyes"] = -2; t.test(change[yes], change[no])
    // estimates -2 - 0; t.test(change ~ changed) would report +2 (no - yes)
    assertThat(r.ancova().difference().value().getAsDouble()).isCloseTo(-2, within(1e-12));
    assertThat(r.welch().difference().value()).isEqualTo(Stat.of(-2));
    assertThat(r.welch().t().getAsDouble()).isNegative();
    assertThat(r.ancova().t().getAsDouble()).isNegative();
    assertThat(r.welch().difference().ciHigh().getAsDouble()).isLessThan(0);
    assertThat(r.ancova().df()).isEqualTo(Stat.of(5));
    assertThat(r.ancova().method())
        .isEqualTo("ANCOVA lm(post ~ pre + changed), difference yes - no");
  }

  @Test
  void respondentsWithoutAKnownArmAreLeftOut() {
    // arms_small: S12 has both pain_morning values but no changed_mattress answer
    ArmComparisonResult r = ArmComparison.compare(
        ReferenceSurveys.survey("arms", "arms_small")).get(0);
    assertThat(r.outcome()).isEqualTo("pain_morning");
    assertThat(r.changed().n()).isEqualTo(8);
    assertThat(r.unchanged().n()).isEqualTo(1);
  }

  static Stream<Arguments> undefined() {
    return Stream.of(
        arms("arms_degenerate", "pain_morning", "ANCOVA (pre collinear with the arm)",
            r -> r.ancova().difference().value(),
            "singular design: pre is collinear with the arm"),
        arms("degenerate_constant", "pain_morning", "ANCOVA (constant pre)",
            r -> r.ancova().rSquared(), "singular design: pre is constant"),
        arms("arms_degenerate", "pain_night", "ANCOVA SE (perfect fit)",
            r -> r.ancova().se(), "essentially perfect fit"),
        arms("arms_degenerate", "pain_night", "Welch (constant change in both arms)",
            r -> r.welch().p(), "constant within both arms"),
        arms("arms_degenerate", "sleep_quality", "ANCOVA p (n = 3)",
            r -> r.ancova().p(), "no residual degrees of freedom (n = 3 for 3"),
        arms("arms_degenerate", "sleep_quality", "Welch (arm of one)",
            r -> r.welch().t(), "at least 2 respondents per arm (yes 2, no 1)"),
        arms("arms_small", "pain_morning", "Welch (arm of one)",
            r -> r.welch().df(), "at least 2 respondents per arm (yes 8, no 1)"),
        arms("degenerate_groups", "pain_morning", "ANCOVA (no changers)",
            r -> r.ancova().difference().ciLow(), "no respondent with changed_mattress = yes"),
        arms("degenerate_groups", "pain_night", "Welch (no pairs)",
            r -> r.welch().difference().value(), "yes 0, no 0"),
        arms("degenerate_groups", "pain_night", "changed arm mean (empty)",
            r -> r.changed().meanPre(), "no respondents in this arm"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("undefined")
  void undefinedWithReason(String name, Stat stat, String reason) {
    assertThat(stat.isDefined()).as("%s is %s", name, stat).isFalse();
    assertThat(stat.reason()).as(name).contains(reason);
  }

  @Test
  void perfectFitKeepsTheEstimateAndSaysWhyThereIsNoStandardError() {
    ArmComparisonResult r = ArmComparison.compare(
        ReferenceSurveys.survey("arms", "arms_degenerate")).get(1);
    assertThat(r.outcome()).isEqualTo("pain_night");
    // R: coef(lm(post ~ pre + changed))["changedyes"] is -1 with residuals of rounding size
    assertThat(r.ancova().difference().value().getAsDouble()).isCloseTo(-1, within(1e-12));
    assertThat(r.ancova().df()).isEqualTo(Stat.of(3));
    assertThat(r.ancova().method()).contains("no standard error: essentially perfect fit");
  }

  private static Arguments arms(String dataset, String outcome, String what,
      Function<ArmComparisonResult, Stat> stat, String reason) {
    ArmComparisonResult r = ArmComparison.compare(ReferenceSurveys.survey("arms", dataset)).stream()
        .filter(p -> p.outcome().equals(outcome)).findFirst().orElseThrow();
    return Arguments.of(dataset + " " + outcome + " " + what, stat.apply(r), reason);
  }
}
