package org.sleepstat.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.schema.Direction;
import org.sleepstat.core.schema.Role;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.schema.VariableType;

class StudyDesignTest {
  @Test
  void theBuiltInCodebookHasEveryDesignVariable() {
    StudyDesign d = StudyDesign.of(Codebook.builtIn());
    assertThat(d.id().name()).isEqualTo("respondent_id");
    assertThat(d.groupName()).contains("changed_mattress");
    assertThat(d.group().orElseThrow().treated()).isEqualTo(StudyDesign.YES);
    assertThat(d.singleArm()).isFalse();
    assertThat(d.primaryOutcome()).isEqualTo(StudyDesign.PRIMARY_OUTCOME);
    assertThat(d.outcomes()).extracting(StudyDesign.Outcome::responder)
        .containsOnly(StudyDesign.Responder.BUILT_IN);
    assertThat(d.primary().orElseThrow().highAt()).hasValue(4);
    assertThat(d.models().bands("mattress_age_years")).contains(List.of(0.0, 6.0, 8.0, 10.0));
    assertThat(d.models().subgroups()).extracting(Variable::name)
        .containsExactly("sleep_position", "sex", StudyDesign.BASELINE_BAND);
    assertThat(d.models().baselineBands(d.primary().orElseThrow()))
        .contains(StudyDesign.BASELINE_BANDS);
    assertThat(d.models().bands(StudyDesign.WEEKS_SINCE_CHANGE)).contains(List.of(0.0, 4.0, 12.0));
    StudyDesign.Advice advice = d.models().advice();
    assertThat(advice.props()).extracting(StudyDesign.PositionProps::position)
        .containsExactly("side", "back", "stomach");
    assertThat(advice.props().get(1).props()).extracting(Variable::name)
        .containsExactly("pillow_under_knees", "lumbar_roll");
    assertThat(advice.props().get(2).props()).extracting(Variable::name)
        .containsExactly("pillow_under_hips");
    assertThat(advice.firmness()).map(Variable::name).contains(StudyDesign.MATTRESS_FIRMNESS);
    assertThat(advice.newFirmness()).map(Variable::name)
        .contains(StudyDesign.NEW_MATTRESS_FIRMNESS);
    assertThat(advice.advisedFirmness()).contains(StudyDesign.ADVISED_FIRMNESS);
    assertThat(advice.weeksSinceChange()).map(Variable::name)
        .contains(StudyDesign.WEEKS_SINCE_CHANGE);
    assertThat(advice.painDuration()).map(Variable::name).contains(StudyDesign.PAIN_DURATION);
    assertThat(advice.persistentAfter()).isEqualTo(StudyDesign.PERSISTENT_AFTER_WEEKS);
    assertThat(d.position()).map(Variable::name).contains("sleep_position");
    assertThat(d.mattressAge()).map(Variable::name).contains("mattress_age_years");
    assertThat(d.outcomes()).extracting(StudyDesign.Outcome::name)
        .containsExactly("pain_morning", "pain_night", "sleep_quality");
    assertThat(d.outcomes()).extracting(StudyDesign.Outcome::direction).containsExactly(
        Direction.LOWER_IS_BETTER, Direction.LOWER_IS_BETTER, Direction.HIGHER_IS_BETTER);
    assertThat(d.outcome(StudyDesign.PRIMARY_OUTCOME).orElseThrow().pre().name())
        .isEqualTo("pain_morning_pre");
    assertThat(d.redFlags()).extracting(Variable::name).containsExactly("rf_leg_numbness",
        "rf_weight_loss_fever", "rf_bladder_bowel", "rf_after_injury", "rf_worsening");
  }

  @Test
  void theStudysNamesAreTheBuiltInCodebooks() {
    Codebook builtIn = Codebook.builtIn();
    StudyDesign d = StudyDesign.of(builtIn);
    assertThat(d.id().name()).isEqualTo(StudyDesign.ID);
    assertThat(d.outcomes()).extracting(StudyDesign.Outcome::name)
        .isEqualTo(StudyDesign.OUTCOMES);
    assertThat(StudyDesign.BASELINE_COVARIATES).containsExactly("mattress_age_years",
        "sleep_position", "mattress_firmness", "age_years", "bmi", "exercise_days_week");
    assertThat(d.models().covariates()).extracting(Variable::name)
        .isEqualTo(StudyDesign.BASELINE_COVARIATES);
    assertThat(d.groupName()).contains(StudyDesign.GROUP);
    assertThat(d.position()).map(Variable::name).contains(StudyDesign.POSITION);
    assertThat(d.mattressAge()).map(Variable::name).contains(StudyDesign.MATTRESS_AGE);
    assertThat(d.redFlags()).extracting(Variable::name)
        .allMatch(n -> n.startsWith(StudyDesign.RED_FLAG_PREFIX));
  }

  @Test
  void theBuiltInPlanLeavesOutWhatAnOwnCodebookLacksAndAnalysesItsOutcomesByTheBuiltInRules() {
    Codebook own = new Codebook("own", "1", List.of(
        new Variable("id", VariableType.ID, true, Role.RESPONDENT, null, null, List.of(),
            Map.of(), Set.of(), ""),
        new Variable("rf_x", VariableType.INTEGER, false, Role.RESPONDENT, null, null,
            List.of(), Map.of(), Set.of(), ""),
        new Variable("x_pre", VariableType.DECIMAL, false, Role.OUTCOME_PRE, null, null,
            List.of(), Map.of(), Set.of(), "")));
    StudyDesign d = StudyDesign.of(own);
    assertThat(d.id().name()).isEqualTo("id");
    assertThat(d.group()).isEmpty();
    assertThat(d.position()).isEmpty();
    assertThat(d.mattressAge()).isEmpty();
    assertThat(d.outcomes()).extracting(StudyDesign.Outcome::name).containsExactly("x");
    assertThat(d.outcomes().get(0).direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(d.outcomes().get(0).responder()).isEqualTo(StudyDesign.Responder.BUILT_IN);
    assertThat(d.models().covariates()).isEmpty();
    assertThat(d.singleArm()).isFalse();
    assertThat(d.outcomes().get(0).post()).isNull();
    // rf_x is not yes/no, so not a red flag
    assertThat(d.redFlags()).isEmpty();
  }
}
