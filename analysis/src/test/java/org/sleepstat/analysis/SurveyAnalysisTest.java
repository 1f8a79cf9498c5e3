package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.schema.Direction;
import org.sleepstat.core.survey.Survey;

class SurveyAnalysisTest {

  /** Changes −3, −2, −1, 0, +2 among changers; N6 did not change, N7 has no answer. */
  private static final String FIVE_CHANGES = """
      respondent_id,sleep_position,changed_mattress,pain_morning_pre,pain_morning_post
      N1,side,yes,8,5
      N2,side,yes,6,4
      N3,back,yes,5,4
      N4,back,yes,3,3
      N5,side,yes,2,4
      N6,side,no,9,1
      N7,back,,9,1
      """;

  @Test
  void directionDefaultsByOutcomeName() {
    assertThat(StudyDesign.defaultDirection("sleep_quality")).isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(StudyDesign.defaultDirection("pain_morning")).isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(StudyDesign.defaultDirection("pain_night")).isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(StudyDesign.defaultDirection("roland_morris"))
        .isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(SurveyAnalysis.withDefaults().design(Surveys.of(FIVE_CHANGES)).outcomes())
        .extracting(o -> o.responder().points()).containsOnly(2.0);
  }

  @Test
  void respondersFollowTheDirection() {
    Survey s = Surveys.of(FIVE_CHANGES);
    PairedResult lower = SurveyAnalysis.withDefaults().paired(s).get(0);
    assertThat(lower.n()).isEqualTo(5);
    assertThat(lower.absolute().rule()).isEqualTo("change <= -2");
    assertThat(lower.absolute().count()).isEqualTo(2);

    SurveyAnalysis higher =
        SurveyAnalysis.withDefaults().with("pain_morning", Direction.HIGHER_IS_BETTER);
    PairedResult r = higher.paired(s).get(0);
    assertThat(r.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(r.absolute().rule()).isEqualTo("change >= 2");
    assertThat(r.absolute().count()).isEqualTo(1);
    // the default is unchanged: analyses are immutable
    assertThat(SurveyAnalysis.withDefaults().paired(s).get(0).direction())
        .isEqualTo(Direction.LOWER_IS_BETTER);
  }

  @Test
  void responderThresholdCanBeSet() {
    PairedResult r = SurveyAnalysis.withDefaults().withResponderChange(3)
        .paired(Surveys.of(FIVE_CHANGES)).get(0);
    assertThat(r.absolute().rule()).isEqualTo("change <= -3");
    assertThat(r.absolute().count()).isEqualTo(1);
    // R: prop.test(1, 5, correct = FALSE)$conf.int
    assertThat(r.absolute().rate().ciLow().getAsDouble())
        .isCloseTo(0.036224108632430141, within(1e-15));
    assertThat(r.absolute().rate().ciHigh().getAsDouble())
        .isCloseTo(0.62446537023747473, within(1e-15));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, -1, Double.NaN, Double.POSITIVE_INFINITY})
  void responderThresholdMustBePositive(double points) {
    assertThatThrownBy(() -> SurveyAnalysis.withDefaults().withResponderChange(points))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pairsOnlyChangersWhenTheColumnExists() {
    PairedResult r = SurveyAnalysis.withDefaults().paired(Surveys.of(FIVE_CHANGES)).get(0);
    assertThat(r.selection()).isEqualTo("changed_mattress = yes, both values present");
    // R: sprintf("%.17g", mean(c(5, 4, 4, 3, 4) - c(8, 6, 5, 3, 2))) gives -0.80000000000000004
    assertThat(r.tTest().meanChange().value().getAsDouble())
        .isCloseTo(-0.80000000000000004, within(1e-15));
  }

  @Test
  void pairsEveryoneWithoutTheColumn() {
    PairedResult r = SurveyAnalysis.withDefaults()
        .paired(ReferenceSurveys.survey("", "no_change_column")).get(0);
    assertThat(r.selection()).isEqualTo(
        "all respondents with both values (no changed_mattress column)");
    assertThat(r.n()).isEqualTo(21);
  }

  @Test
  void outcomesWithoutColumnsAreLeftOut() {
    Survey s = Surveys.of("""
        respondent_id,sleep_position,pain_night_pre,sleep_quality_pre,sleep_quality_post
        A,side,4,5,6
        B,back,5,6,8
        """);
    AnalysisResult r = SurveyAnalysis.withDefaults().analyze(s);
    assertThat(r.paired()).extracting(PairedResult::outcome).containsExactly("sleep_quality");
    assertThat(r.byPosition()).extracting(PositionResult::outcome)
        .containsExactly("pain_night_pre", "sleep_quality_pre");
    assertThat(r.mattressAge()).as("no mattress_age_years column").isEmpty();
    assertThat(r.redFlags().respondents()).isZero();
    assertThat(r.redFlags().flags()).isEmpty();
  }

  static Stream<Arguments> methods() {
    return Stream.of(
        Arguments.of("exact_small", "pain_morning", "Wilcoxon signed-rank, exact"),
        Arguments.of("exact_small", "pain_night", "Wilcoxon signed-rank, normal approximation"
            + " with continuity correction, 1 zero difference dropped"),
        Arguments.of("ties_zeros", "pain_morning", "Wilcoxon signed-rank, normal approximation"
            + " with continuity and tie correction, 7 zero differences dropped"),
        Arguments.of("large_no_ties", "pain_morning",
            "Wilcoxon signed-rank, normal approximation with continuity correction"),
        Arguments.of("degenerate_paired", "pain_night",
            "Wilcoxon signed-rank, not computable: all 4 changes are zero"),
        Arguments.of("degenerate_groups", "pain_morning",
            "Wilcoxon signed-rank, not computable: no pairs"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("methods")
  void signedRankMethodIsNamed(String dataset, String outcome, String method) {
    PairedResult r = SurveyAnalysis.withDefaults().paired(
        ReferenceSurveys.survey("", dataset)).stream()
        .filter(p -> p.outcome().equals(outcome)).findFirst().orElseThrow();
    assertThat(r.signedRank().method()).isEqualTo(method);
  }

  /** A generated survey (the generator's model: changers' morning pain falls about 2 points). */
  @Test
  void analysesAGeneratedSurvey() {
    Survey s = Surveys.generated(7, 20_000);
    AnalysisResult r = SurveyAnalysis.withDefaults().analyze(s);
    assertThat(r.paired()).hasSize(3);
    PairedResult morning = r.paired().get(0);
    assertThat(morning.outcome()).isEqualTo("pain_morning");
    assertThat(morning.n()).isBetween(7_000, 11_000);
    assertThat(morning.tTest().meanChange().value().getAsDouble()).isBetween(-2.4, -1.6);
    assertThat(morning.absolute().rate().value().getAsDouble()).isBetween(0.5, 0.7);
    assertThat(morning.signedRank().exact()).isFalse();
    assertThat(morning.signedRank().p().getAsDouble()).isLessThan(1e-10);
    assertThat(r.paired().get(2).direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    for (PositionResult p : r.byPosition()) {
      assertThat(p.groups()).hasSize(4);
      assertThat(p.groupsTested()).isEqualTo(4);
      assertThat(p.welch().f().isDefined()).isTrue();
      assertThat(p.kruskalWallis().h().isDefined()).isTrue();
    }
    // older mattresses, more morning pain in the model
    assertThat(r.mattressAge().get(0).pearsonR().getAsDouble()).isPositive();
    assertThat(r.redFlags().respondents()).isEqualTo(r.redFlags().ids().size()).isPositive();
  }
}
