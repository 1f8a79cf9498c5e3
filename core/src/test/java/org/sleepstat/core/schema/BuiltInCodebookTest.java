package org.sleepstat.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The built-in sleep-back-pain v1 codebook against docs/schema.md. */
class BuiltInCodebookTest {
  private static final Codebook BUILT_IN = Codebook.builtIn();

  /** Every variable of the schema table, in table order (pre/post pairs written out). */
  private static final List<String> SCHEMA_VARIABLES = List.of(
      "respondent_id", "age_years", "sex", "bmi", "sleep_position", "mattress_age_years",
      "mattress_firmness", "mattress_type", "pillow_between_knees", "pillow_under_knees",
      "lumbar_roll", "pillow_under_hips", "exercise_days_week", "changed_mattress",
      "weeks_since_change", "new_mattress_firmness", "new_mattress_type", "pain_morning_pre",
      "pain_morning_post", "pain_night_pre", "pain_night_post",
      "sleep_quality_pre", "sleep_quality_post", "pain_duration_weeks", "rf_leg_numbness",
      "rf_weight_loss_fever", "rf_bladder_bowel", "rf_after_injury", "rf_worsening");

  private static Variable variable(String name) {
    return BUILT_IN.variable(name).orElseThrow(() -> new AssertionError("no variable " + name));
  }

  @Test
  void builtInHasEverySchemaVariableInTableOrder() {
    assertThat(BUILT_IN.variables()).extracting(Variable::name)
        .containsExactlyElementsOf(SCHEMA_VARIABLES);
    assertThat(BUILT_IN.name()).isEqualTo("sleep-back-pain");
    assertThat(BUILT_IN.version()).isEqualTo("1");
  }

  @Test
  void builtInIsLoadedOnceAndShared() {
    assertThat(Codebook.builtIn()).isSameAs(BUILT_IN);
  }

  // schema.md, "Variables" table: name, type, min, max
  @ParameterizedTest(name = "{0} is {1} {2}..{3}")
  @CsvSource(nullValues = "null", value = {
      "respondent_id,        ID,       null, null",
      "age_years,            INTEGER,  16,   110",
      "sex,                  CATEGORY, null, null",
      "bmi,                  DECIMAL,  12,   80",
      "sleep_position,       CATEGORY, null, null",
      "mattress_age_years,   DECIMAL,  0,    40",
      "mattress_firmness,    ORDINAL,  null, null",
      "mattress_type,        CATEGORY, null, null",
      "pillow_between_knees, BOOLEAN,  null, null",
      "pillow_under_knees,   BOOLEAN,  null, null",
      "lumbar_roll,          BOOLEAN,  null, null",
      "pillow_under_hips,    BOOLEAN,  null, null",
      "exercise_days_week,   INTEGER,  0,    7",
      "changed_mattress,     BOOLEAN,  null, null",
      "weeks_since_change,   DECIMAL,  0,    520",
      "new_mattress_firmness, ORDINAL, null, null",
      "new_mattress_type,    CATEGORY, null, null",
      "pain_morning_pre,     DECIMAL,  0,    10",
      "pain_morning_post,    DECIMAL,  0,    10",
      "pain_night_pre,       DECIMAL,  0,    10",
      "pain_night_post,      DECIMAL,  0,    10",
      "sleep_quality_pre,    DECIMAL,  0,    10",
      "sleep_quality_post,   DECIMAL,  0,    10",
      "pain_duration_weeks,  DECIMAL,  0,    2600",
      "rf_leg_numbness,      BOOLEAN,  null, null",
      "rf_weight_loss_fever, BOOLEAN,  null, null",
      "rf_bladder_bowel,     BOOLEAN,  null, null",
      "rf_after_injury,      BOOLEAN,  null, null",
      "rf_worsening,         BOOLEAN,  null, null",
  })
  void variableHasTheSchemaTypeAndRange(String name, VariableType type, Double min, Double max) {
    Variable v = variable(name);
    assertThat(v.type()).isEqualTo(type);
    assertThat(v.min()).isEqualTo(min);
    assertThat(v.max()).isEqualTo(max);
  }

  static Stream<Arguments> levels() {
    return Stream.of(
        Arguments.of("sex", List.of("female", "male", "other", "unknown")),
        Arguments.of("sleep_position", List.of("side", "back", "stomach", "combination")),
        Arguments.of("mattress_firmness", List.of("soft", "medium", "medium_firm", "firm")),
        Arguments.of("mattress_type",
            List.of("innerspring", "memory_foam", "latex", "hybrid", "air", "water", "other")),
        Arguments.of("new_mattress_firmness",
            List.of("soft", "medium", "medium_firm", "firm")),
        Arguments.of("new_mattress_type",
            List.of("innerspring", "memory_foam", "latex", "hybrid", "air", "water", "other")),
        Arguments.of("lumbar_roll", List.of("no", "yes")),
        Arguments.of("rf_worsening", List.of("no", "yes")));
  }

  @ParameterizedTest(name = "{0} has levels {1}")
  @MethodSource("levels")
  void levelVariableHasTheSchemaLevelsInOrder(String name, List<String> levels) {
    assertThat(variable(name).levels()).containsExactlyElementsOf(levels);
  }

  @Test
  void onlyRespondentIdAndSleepPositionAreRequired() {
    assertThat(BUILT_IN.variables()).filteredOn(Variable::required).extracting(Variable::name)
        .containsExactly("respondent_id", "sleep_position");
    assertThat(BUILT_IN.idVariable().name()).isEqualTo("respondent_id");
  }

  @Test
  void outcomesAreThePrePostPairsInCodebookOrder() {
    assertThat(BUILT_IN.outcomes()).extracting(Codebook.Outcome::name)
        .containsExactly("pain_morning", "pain_night", "sleep_quality");
    for (Codebook.Outcome o : BUILT_IN.outcomes()) {
      assertThat(o.pre().name()).isEqualTo(o.name() + "_pre");
      assertThat(o.pre().role()).isEqualTo(Role.OUTCOME_PRE);
      assertThat(o.post().name()).isEqualTo(o.name() + "_post");
      assertThat(o.post().role()).isEqualTo(Role.OUTCOME_POST);
      assertThat(o.pre().outcome()).isEqualTo(o.name());
      assertThat(o.post().outcome()).isEqualTo(o.name());
    }
  }

  @Test
  void everyOtherVariableDescribesTheRespondent() {
    assertThat(BUILT_IN.variables())
        .filteredOn(v -> !v.name().endsWith("_pre") && !v.name().endsWith("_post"))
        .allSatisfy(v -> {
          assertThat(v.role()).isEqualTo(Role.RESPONDENT);
          assertThat(v.outcome()).isEqualTo(v.name());
        });
  }

  @ParameterizedTest(name = "header \"{0}\" is {1}")
  @CsvSource({
      "pain_morning_pre,     pain_morning_pre",
      "Pain Morning Pre,     pain_morning_pre",
      "PAIN-MORNING-PRE,     pain_morning_pre",
      "painmorningpre,       pain_morning_pre",
      "'  Pain_Morning Pre ', pain_morning_pre",
      "Respondent ID,        respondent_id",
      "Sleep-Position,       sleep_position",
      "RF leg numbness,      rf_leg_numbness",
      "BMI,                  bmi",
  })
  void headerMatchingIgnoresCaseSpacesHyphensAndUnderscores(String header, String name) {
    assertThat(BUILT_IN.forHeader(header)).map(Variable::name).hasValue(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"pain_morning", "pain morning pre post", "wave", "notes", "", "bmi2"})
  void headerThatNamesNoVariableMatchesNothing(String header) {
    assertThat(BUILT_IN.forHeader(header)).isEmpty();
  }

  // schema.md, "Accepted spellings"
  @ParameterizedTest(name = "sleep_position \"{0}\" is {1}")
  @CsvSource({
      "side, side", "lateral, side", "left side, side", "right side, side",
      "side sleeper, side", "on my side, side", "Left Side, side", "' ON MY SIDE ', side",
      "back, back", "supine, back", "back sleeper, back", "on my back, back",
      "stomach, stomach", "prone, stomach", "front, stomach", "belly, stomach",
      "stomach sleeper, stomach", "Stomach-Sleeper, stomach",
      "combination, combination", "combo, combination", "mixed, combination",
      "varies, combination", "it varies, combination", "changes, combination",
      "multiple, combination", "It_Varies, combination",
  })
  void everySleepPositionSynonymIsAccepted(String spelling, String level) {
    Variable v = variable("sleep_position");
    assertThat(v.levelCode(spelling)).isEqualTo(v.levels().indexOf(level));
  }

  @ParameterizedTest(name = "mattress_firmness \"{0}\" is {1}")
  @CsvSource({
      "Medium firm, medium_firm", "medium-firm, medium_firm", "MEDIUM_FIRM, medium_firm",
      "medium  -  firm, medium_firm", "Soft, soft", "firm, firm", "medium, medium",
  })
  void firmnessSpellingsAreAccepted(String spelling, String level) {
    Variable v = variable("mattress_firmness");
    assertThat(v.levelCode(spelling)).isEqualTo(v.levels().indexOf(level));
  }

  @ParameterizedTest(name = "mattress_type \"{0}\" is {1}")
  @CsvSource({"Memory foam, memory_foam", "memory-foam, memory_foam", "LATEX, latex",
      "Innerspring, innerspring"})
  void mattressTypeSpellingsAreAccepted(String spelling, String level) {
    Variable v = variable("mattress_type");
    assertThat(v.levelCode(spelling)).isEqualTo(v.levels().indexOf(level));
  }

  @ParameterizedTest(name = "boolean \"{0}\" is {1}")
  @CsvSource({
      "yes, 1", "y, 1", "true, 1", "t, 1", "1, 1", "checked, 1", "YES, 1", "Checked, 1",
      "' True ', 1",
      "no, 0", "n, 0", "false, 0", "f, 0", "0, 0", "unchecked, 0", "No, 0", "FALSE, 0",
      "Unchecked, 0",
  })
  void booleanSpellingsAreAccepted(String spelling, int code) {
    assertThat(variable("lumbar_roll").levelCode(spelling)).isEqualTo(code);
    assertThat(variable("rf_after_injury").levelCode(spelling)).isEqualTo(code);
  }

  @ParameterizedTest(name = "sex \"{0}\" is {1}")
  @CsvSource({"f, female", "m, male", "F, female", "M, male", "Female, female", "other, other",
      "unknown, unknown"})
  void sexAcceptsFAndM(String spelling, String level) {
    Variable v = variable("sex");
    assertThat(v.levelCode(spelling)).isEqualTo(v.levels().indexOf(level));
  }

  @ParameterizedTest(name = "{0} rejects \"{1}\"")
  @CsvSource({
      "sleep_position, hammock", "sleep_position, sides", "sleep_position, ''",
      "mattress_firmness, mediumfirm", "mattress_firmness, extra firm",
      "lumbar_roll, maybe", "lumbar_roll, 2", "lumbar_roll, yes please",
      "sex, x", "sex, fem",
  })
  void unknownSpellingHasNoLevel(String name, String spelling) {
    assertThat(variable(name).levelCode(spelling)).isEqualTo(-1);
  }

  @Test
  void builtInDeclaresNoExtraMissingCodes() {
    assertThat(BUILT_IN.variables()).allSatisfy(v -> assertThat(v.missingCodes()).isEmpty());
  }

  @ParameterizedTest(name = "{0} valid values: {1}")
  @CsvSource({
      "pain_morning_pre, 0–10",
      "age_years, 16–110",
      "lumbar_roll, yes / no",
      "mattress_firmness, 'soft, medium, medium_firm, firm'",
  })
  void validValuesAreDescribedForMessages(String name, String text) {
    assertThat(variable(name).validValues()).isEqualTo(text);
  }
}
