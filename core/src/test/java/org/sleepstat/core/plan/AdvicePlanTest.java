package org.sleepstat.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.schema.Role;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.schema.VariableType;

/**
 * The plan keys for the analyses along the advice (props, firmness, weeks_since_change,
 * persistent_pain) and the baseline_band subgroup: what they read to, and each mistake as one
 * problem at its FILE:LINE:COLUMN.
 */
class AdvicePlanTest {
  /** The least plan (lines 1-7) with the position the props follow (line 8). */
  private static final String MINIMAL = """
      group:
        variable: changed_mattress
        treated: "yes"
      outcomes:
        - name: pain_morning
          better: lower
          responder: {points: 2}
      position: sleep_position
      """;

  @TempDir Path dir;

  private Path write(String text) throws IOException {
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(plan, text, StandardCharsets.UTF_8);
    return plan;
  }

  private StudyDesign.Advice advice(String text) throws IOException, PlanException {
    return StudyPlan.read(write(text)).design().models().advice();
  }

  private List<String> problems(String text) throws IOException {
    Path plan = write(text);
    try {
      StudyPlan.read(plan);
    } catch (PlanException e) {
      return e.problems().stream().map(p -> p.toString().replace(plan.toString(), "plan.yaml"))
          .toList();
    }
    throw new AssertionError("the plan was read without a problem");
  }

  @Test
  void aPlanWithoutTheAdviceKeysMakesNoneOfTheirAnalyses() throws Exception {
    StudyDesign.Advice a = advice(MINIMAL);
    assertThat(a.props()).isEmpty();
    assertThat(a.firmness()).isEmpty();
    assertThat(a.newFirmness()).isEmpty();
    assertThat(a.advisedFirmness()).isEmpty();
    assertThat(a.weeksSinceChange()).isEmpty();
    assertThat(a.painDuration()).isEmpty();
    assertThat(a.persistentAfter()).isEqualTo(StudyDesign.PERSISTENT_AFTER_WEEKS);
  }

  @Test
  void theAdviceKeysReadToTheirVariablesAndLevelsAsTheCodebookSpellsThem() throws Exception {
    StudyDesign.Advice a = advice(MINIMAL + """
        props:
          Lateral: [pillow_between_knees]
          stomach: [pillow_under_hips, lumbar_roll]
        firmness: {before: mattress_firmness, after: new_mattress_firmness, advised: Medium-firm}
        weeks_since_change: weeks_since_change
        persistent_pain: {duration: pain_duration_weeks, after: 12}
        """);
    assertThat(a.props()).extracting(StudyDesign.PositionProps::position)
        .containsExactly("side", "stomach");
    assertThat(a.props().get(1).props()).extracting(Variable::name)
        .containsExactly("pillow_under_hips", "lumbar_roll");
    assertThat(a.firmness()).map(Variable::name).contains("mattress_firmness");
    assertThat(a.newFirmness()).map(Variable::name).contains("new_mattress_firmness");
    assertThat(a.advisedFirmness()).contains("medium_firm");
    assertThat(a.weeksSinceChange()).map(Variable::name).contains("weeks_since_change");
    assertThat(a.painDuration()).map(Variable::name).contains("pain_duration_weeks");
    assertThat(a.persistentAfter()).isEqualTo(12);
  }

  @Test
  void theAdvisedLevelOfTheNewMattressAloneIsALevelOfItsFirmness() throws Exception {
    StudyDesign.Advice a = advice(MINIMAL
        + "firmness: {after: new_mattress_firmness, advised: medium_firm}\n");
    assertThat(a.firmness()).isEmpty();
    assertThat(a.advisedFirmness()).contains("medium_firm");
  }

  @Test
  void aPropsLevelThatIsNotAPositionLevelIsAProblemAtItsProps() throws Exception {
    assertThat(problems(MINIMAL + "props:\n  hammock: [pillow_between_knees]\n"))
        .containsExactly("plan.yaml:10:12: props: \"hammock\" is not a level of sleep_position"
            + " (side, back, stomach, combination)");
  }

  @Test
  void aPositionGivenTwiceInPropsIsAProblem() throws Exception {
    assertThat(problems(MINIMAL + "props:\n  side: [pillow_between_knees]\n"
        + "  lateral: [lumbar_roll]\n")).containsExactly("plan.yaml:11:12: props: \"lateral\""
            + " is side, which props already lists");
  }

  @Test
  void propsWithoutAPositionVariableAreAProblem() throws Exception {
    assertThat(problems(MINIMAL.replace("position: sleep_position", "position: none")
        + "props: {side: [pillow_between_knees]}\n")).containsExactly("plan.yaml:9:8: props:"
            + " the plan has no position variable whose levels they follow (position: none)");
  }

  @Test
  void aPropThatIsNotYesNoIsAProblemAtItsPlace() throws Exception {
    assertThat(problems(MINIMAL + "props:\n  back: [pillow_under_knees, bmi]\n"))
        .containsExactly("plan.yaml:10:30: props of back: bmi is decimal; props of back needs"
            + " a yes/no (boolean) variable");
    assertThat(problems(MINIMAL + "props:\n  back: [pillow_under_kneees]\n"))
        .containsExactly("plan.yaml:10:10: props of back: the codebook has no variable"
            + " \"pillow_under_kneees\"; did you mean \"pillow_under_knees\"?");
  }

  @Test
  void aFirmnessThatIsNotOrdinalIsAProblemSayingItNeedsLevelsInOrder() throws Exception {
    assertThat(problems(MINIMAL + "firmness: {before: mattress_type}\n")).containsExactly(
        "plan.yaml:9:20: firmness before: mattress_type is category; firmness before needs an"
            + " ordinal variable (levels in order)");
    assertThat(problems(MINIMAL + "firmness: {after: bmi}\n")).containsExactly(
        "plan.yaml:9:19: firmness after: bmi is decimal; firmness after needs an ordinal"
            + " variable (levels in order)");
  }

  @Test
  void anAdvisedLevelThatIsNotALevelOfTheFirmnessIsAProblem() throws Exception {
    assertThat(problems(MINIMAL + "firmness: {before: mattress_firmness, advised: hard}\n"))
        .containsExactly("plan.yaml:9:48: firmness advised: \"hard\" is not a level of"
            + " mattress_firmness (soft, medium, medium_firm, firm)");
  }

  @Test
  void anAdvisedLevelWithoutAFirmnessIsAProblem() throws Exception {
    assertThat(problems(MINIMAL + "firmness: {advised: medium_firm}\n")).containsExactly(
        "plan.yaml:9:11: firmness: advised needs the firmness it is a level of (before:"
            + " mattress_firmness, or after: new_mattress_firmness)");
  }

  @Test
  void anUnknownKeyInsideFirmnessNamesTheNearest() throws Exception {
    assertThat(problems(MINIMAL + "firmness:\n  befor: mattress_firmness\n")).containsExactly(
        "plan.yaml:10:3: unknown key \"befor\" in firmness; did you mean \"before\"?");
    assertThat(problems(MINIMAL + "firmness: mattress_firmness\n")).containsExactly(
        "plan.yaml:9:11: firmness must be a mapping of keys (key: value), not"
            + " \"mattress_firmness\"");
  }

  @Test
  void weeksSinceChangeThatIsNotANumberIsAProblem() throws Exception {
    assertThat(problems(MINIMAL + "weeks_since_change: changed_mattress\n")).containsExactly(
        "plan.yaml:9:21: weeks_since_change: changed_mattress is boolean; weeks_since_change"
            + " needs an integer or decimal variable");
  }

  @Test
  void persistentPainAfterANegativeOrNonNumberIsAProblem() throws Exception {
    assertThat(problems(MINIMAL + """
        persistent_pain:
          duration: pain_duration_weeks
          after: -1
        """)).containsExactly(
            "plan.yaml:11:10: persistent_pain after must be 0 or more weeks");
    assertThat(problems(MINIMAL
        + "persistent_pain: {duration: pain_duration_weeks, after: six}\n")).containsExactly(
            "plan.yaml:9:57: persistent_pain after must be a number, not \"six\"");
  }

  @Test
  void persistentPainNeedsANumericDuration() throws Exception {
    assertThat(problems(MINIMAL + "persistent_pain: {duration: sex}\n")).containsExactly(
        "plan.yaml:9:29: persistent_pain duration: sex is category; persistent_pain duration"
            + " needs an integer or decimal variable");
    assertThat(problems(MINIMAL + "persistent_pain: {after: 12}\n")).containsExactly(
        "plan.yaml:9:18: persistent_pain needs the duration of the pain in weeks (duration:"
            + " pain_duration_weeks)");
  }

  @Test
  void theBuiltInPlanOnACodebookWithOtherLevelsLeavesOutTheLevelsItLacks() {
    // firmness rated 1-4 and positions in other words: the built-in plan's medium_firm, side
    // and soft are not levels of them
    Codebook own = new Codebook("own", "1", List.of(
        new Variable("respondent_id", VariableType.ID, true, Role.RESPONDENT, null, null,
            List.of(), Map.of(), Set.of(), ""),
        new Variable("sleep_position", VariableType.CATEGORY, true, Role.RESPONDENT, null,
            null, List.of("lateral", "supine"), Map.of(), Set.of(), ""),
        new Variable("mattress_firmness", VariableType.ORDINAL, false, Role.RESPONDENT, null,
            null, List.of("1", "2", "3", "4"), Map.of(), Set.of(), ""),
        new Variable("pillow_between_knees", VariableType.BOOLEAN, false, Role.RESPONDENT, null,
            null, List.of(), Map.of(), Set.of(), "")));
    StudyDesign d = StudyDesign.of(own);
    StudyDesign.Advice a = d.models().advice();
    assertThat(a.firmness()).map(Variable::name).contains("mattress_firmness");
    assertThat(a.advisedFirmness()).isEmpty();
    assertThat(a.newFirmness()).isEmpty();
    assertThat(a.props()).isEmpty();
    assertThat(d.models().referenceLevels()).isEmpty();
  }

  @Test
  void theBaselineBandSubgroupStandsForEachOutcomesValueBeforeOnce() throws Exception {
    StudyDesign d = StudyPlan.read(write(MINIMAL
        + "subgroups: [sex, baseline_band, baseline_band]\n")).design();
    assertThat(d.models().subgroups()).extracting(Variable::name)
        .containsExactly("sex", StudyDesign.BASELINE_BAND);
    assertThat(d.models().baselineBandSubgroup()).isTrue();
    StudyDesign.Outcome pain = d.outcomes().get(0);
    assertThat(d.models().baselineBands(pain)).contains(StudyDesign.BASELINE_BANDS);
    StudyDesign banded = StudyPlan.read(write(MINIMAL + """
        subgroups: [baseline_band]
        bands:
          pain_morning_pre: [0, 5]
        """)).design();
    assertThat(banded.models().baselineBands(banded.outcomes().get(0)))
        .contains(List.of(0.0, 5.0));
    assertThat(StudyPlan.read(write(MINIMAL)).design().models().baselineBandSubgroup())
        .isFalse();
  }
}
