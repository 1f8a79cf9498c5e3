package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sleepstat.analysis.DesignWarning.Rule;
import org.sleepstat.core.io.ByteSource;
import org.sleepstat.core.io.ImportResult;
import org.sleepstat.core.io.SurveyImporter;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.survey.Survey;

class DesignWarningsTest {
  private static final Codebook CODEBOOK = Codebook.builtIn();
  private static final Variable GROUP = variable(StudyDesign.GROUP);
  private static final Codebook.Outcome PRIMARY = outcome(StudyDesign.PRIMARY_OUTCOME);
  private static final String ADVICE = ": rename it, or map it with --map";

  private static Variable variable(String name) {
    return CODEBOOK.variable(name).orElseThrow();
  }

  private static Codebook.Outcome outcome(String name) {
    return CODEBOOK.outcomes().stream().filter(o -> o.name().equals(name)).findFirst()
        .orElseThrow();
  }

  /** A survey of the header and rows; respondent_id and sleep_position are added first. */
  private static Survey survey(String header, String... rows) {
    StringBuilder csv = new StringBuilder("respondent_id,sleep_position,").append(header)
        .append('\n');
    for (int i = 0; i < rows.length; i++) {
      csv.append("R").append(i + 1).append(",side,").append(rows[i]).append('\n');
    }
    return Surveys.of(csv.toString());
  }

  private static List<DesignWarning> check(Survey survey, List<Variable> needed,
      List<Codebook.Outcome> outcomes) {
    return DesignWarnings.check(survey, needed, outcomes);
  }

  @Test
  void aYesNoColumnNamedNewMattressIsProposedForTheMissingGroup() {
    Survey s = survey("new_mattress,pain_morning_pre,pain_morning_post",
        "yes,5,3", "no,4,4", "Yes,6,2", "NA,3,3");

    List<DesignWarning> warnings = check(s, List.of(GROUP), List.of(PRIMARY));

    assertThat(warnings).containsExactly(new DesignWarning(Rule.DESIGN_VARIABLE_MISSING,
        "changed_mattress", "new_mattress",
        "changed_mattress: the file has no column for it, so the analyses that need it are"
            + " not made; column \"new_mattress\" (yes/no values) looks like it" + ADVICE));
  }

  @Test
  void theConsequenceGivenForAVariableReplacesTheGenericOne() {
    Survey s = survey("new_mattress", "yes", "no");

    List<DesignWarning> warnings = DesignWarnings.check(s, List.of(GROUP), List.of(),
        Map.of("changed_mattress", "the paired analyses cover every respondent"));

    assertThat(warnings).singleElement().extracting(DesignWarning::message).isEqualTo(
        "changed_mattress: the file has no column for it, so the paired analyses cover every"
            + " respondent; column \"new_mattress\" (yes/no values) looks like it" + ADVICE);
  }

  @Test
  void aMisspelledFollowUpColumnIsProposedForTheIncompleteOutcome() {
    Survey s = survey("pain_morning_pre,pain_morning_pst", "5,3", "4,4.5", "6,");

    List<DesignWarning> warnings = check(s, List.of(), List.of(PRIMARY));

    assertThat(warnings).containsExactly(new DesignWarning(Rule.OUTCOME_INCOMPLETE,
        "pain_morning_post", "pain_morning_pst",
        "pain_morning_post: the file has pain_morning_pre but no pain_morning_post, so"
            + " pain_morning is not analysed; column \"pain_morning_pst\" (values in 0–10)"
            + " looks like it" + ADVICE));
  }

  @Test
  void anIncompleteOutcomeMissingItsBaselineNamesThePreColumn() {
    Survey s = survey("pain_morning_post", "3", "4");

    assertThat(check(s, List.of(), List.of(PRIMARY))).singleElement().satisfies(w -> {
      assertThat(w.rule()).isEqualTo(Rule.OUTCOME_INCOMPLETE);
      assertThat(w.variable()).isEqualTo("pain_morning_pre");
      assertThat(w.column()).isNull();
      assertThat(w.message()).isEqualTo("pain_morning_pre: the file has pain_morning_post but"
          + " no pain_morning_pre, so pain_morning is not analysed");
    });
  }

  @Test
  void anOutcomeTheFileLacksEntirelyWarnsForBothColumns() {
    Survey s = survey("pain_night_pre,pain_night_post", "3,4", "4,5");

    assertThat(check(s, List.of(), List.of(PRIMARY, outcome("pain_night"))))
        .extracting(DesignWarning::rule, DesignWarning::variable, DesignWarning::message)
        .containsExactly(
            tuple(Rule.DESIGN_VARIABLE_MISSING, "pain_morning_pre",
                "pain_morning_pre: the file has no column for it, so pain_morning is not"
                    + " analysed"),
            tuple(Rule.DESIGN_VARIABLE_MISSING,
                "pain_morning_post", "pain_morning_post: the file has no column for it, so"
                    + " pain_morning is not analysed"));
  }

  @Test
  void aColumnWithACloseNameButValuesThatDoNotFitIsNotProposed() {
    Survey s = survey("changed_mattres,pain_morning_pre,pain_morning_pst",
        "2021-03-01,5,low", "2020-11-15,4,high", "2022-01-09,6,low");

    List<DesignWarning> warnings = check(s, List.of(GROUP), List.of(PRIMARY));

    assertThat(warnings).extracting(DesignWarning::variable)
        .containsExactly("changed_mattress", "pain_morning_post");
    assertThat(warnings).extracting(DesignWarning::column).containsOnlyNulls();
    assertThat(warnings).extracting(DesignWarning::message)
        .noneMatch(m -> m.contains("looks like"));
  }

  @Test
  void aColumnWhoseValuesFitIsPreferredToACloserNameWhoseValuesDoNot() {
    Survey s = survey("changed_mattress_on,new_mattress", "2021-03-01,yes", "2020-11-15,no");

    assertThat(check(s, List.of(GROUP), List.of())).singleElement()
        .extracting(DesignWarning::column).isEqualTo("new_mattress");
  }

  @Test
  void aColumnIsProposedWhenMostButNotAllOfItsValuesFit() {
    // nine of ten values are yes/no: a typo in one answer does not hide the column
    Survey fits = survey("new_mattress", "yes", "no", "yes", "no", "yes", "no", "yes", "no",
        "yes", "maybe");
    // eight of ten: too many values the group could not take
    Survey fitsNot = survey("new_mattress", "yes", "no", "yes", "no", "yes", "no", "yes", "no",
        "maybe", "NA", "perhaps");

    assertThat(check(fits, List.of(GROUP), List.of())).singleElement()
        .extracting(DesignWarning::column).isEqualTo("new_mattress");
    assertThat(check(fitsNot, List.of(GROUP), List.of())).singleElement()
        .extracting(DesignWarning::column).isNull();
  }

  @Test
  void withoutExtraColumnsNoColumnIsProposed() {
    Survey s = survey("pain_morning_pre", "5", "4");

    assertThat(check(s, List.of(GROUP), List.of(PRIMARY)))
        .extracting(DesignWarning::variable, DesignWarning::column)
        .containsExactly(tuple("changed_mattress", null),
            tuple("pain_morning_post", null));
  }

  @Test
  void missingValuesInAColumnThatExistsAreNotWarnings() {
    Survey s = survey("changed_mattress,pain_morning_pre,pain_morning_post,mattress_age_years",
        ",NA,,.", "NA,,N/A,", ".,nan,,NA");

    assertThat(check(s, List.of(GROUP, variable(StudyDesign.MATTRESS_AGE)), List.of(PRIMARY)))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"sample-survey.csv", "sample-survey-long.csv"})
  void theBundledSampleSurveysGiveNoWarnings(String file) throws Exception {
    ImportResult r = SurveyImporter.withDefaults().read(ByteSource.ofResource(
        file, getClass(), "/org/sleepstat/data/" + file));
    List<Variable> needed = new ArrayList<>(List.of(GROUP, variable(StudyDesign.POSITION)));
    StudyDesign.BASELINE_COVARIATES.forEach(name -> needed.add(variable(name)));

    assertThat(r.survey().size()).isPositive();
    assertThat(check(r.survey(), needed, CODEBOOK.outcomes())).isEmpty();
  }

  @Test
  void theSampleSurveyWithTheIssuesTwoMisnamedColumnsGetsBothProposed() throws Exception {
    byte[] sample;
    try (InputStream in = getClass().getResourceAsStream("/org/sleepstat/data/sample-survey.csv")) {
      sample = in.readAllBytes();
    }
    String text = new String(sample, StandardCharsets.UTF_8);
    int headerEnd = text.indexOf('\n');
    String header = text.substring(0, headerEnd).replace(",changed_mattress,", ",new_mattress,")
        .replace(",pain_morning_post,", ",pain_morning_pst,");
    ImportResult r = SurveyImporter.withDefaults().read(ByteSource.ofBytes("renamed.csv",
        (header + text.substring(headerEnd)).getBytes(StandardCharsets.UTF_8)));

    assertThat(check(r.survey(), List.of(GROUP), CODEBOOK.outcomes()))
        .extracting(DesignWarning::rule, DesignWarning::variable, DesignWarning::column)
        .containsExactly(tuple(Rule.DESIGN_VARIABLE_MISSING, "changed_mattress", "new_mattress"),
            tuple(Rule.OUTCOME_INCOMPLETE, "pain_morning_post", "pain_morning_pst"));
  }

  @Test
  void aYesNoColumnWithAnUnrelatedNameIsProposedWhenItIsTheOnlyOneThatFits() {
    Survey s = survey("switched,comment,weeks", "yes,fine,3", "no,great,5", "no,,2");

    assertThat(check(s, List.of(GROUP), List.of())).singleElement()
        .extracting(DesignWarning::column).isEqualTo("switched");
  }

  @Test
  void twoFittingColumnsWithUnrelatedNamesLeaveTheGuessOpen() {
    Survey s = survey("switched,consented", "yes,yes", "no,no", "no,yes");

    assertThat(check(s, List.of(GROUP), List.of())).singleElement()
        .extracting(DesignWarning::column).isNull();
  }

  @Test
  void aYesNoColumnWithAnUnrelatedNameAndOneAnswerOnlyIsNotProposed() {
    // like Qualtrics' Finished: True in every row says nothing about who changed mattress
    Survey s = survey("Finished", "True", "True", "True");

    assertThat(check(s, List.of(GROUP), List.of())).singleElement()
        .extracting(DesignWarning::column).isNull();
  }

  @Test
  void numbersInRangeUnderAnUnrelatedNameAreNotProposed() {
    // a 0–7 count fits a 0–10 scale: values alone say too little about a number
    Survey s = survey("pain_morning_pre,days_walked", "5,3", "4,7");

    assertThat(check(s, List.of(), List.of(PRIMARY))).singleElement()
        .extracting(DesignWarning::column).isNull();
  }

  @Test
  void aCategoryColumnWithAnUnrelatedNameIsProposedWhenItIsTheOnlyOneThatFits() {
    Survey s = survey("feel,note", "soft,too hot", "Medium Firm,", "firm,new pillow");

    assertThat(check(s, List.of(variable(StudyDesign.MATTRESS_FIRMNESS)), List.of()))
        .singleElement().satisfies(w -> {
          assertThat(w.column()).isEqualTo("feel");
          assertThat(w.message()).endsWith("column \"feel\" (soft/medium/medium_firm/firm"
              + " values) looks like it" + ADVICE);
        });
  }

  @Test
  void aColumnIsProposedOnceAndToTheVariableItsNameIsCloserTo() {
    Survey s = survey("new_mattress", "yes", "no");
    Variable pillow = variable("pillow_between_knees");

    assertThat(check(s, List.of(pillow, GROUP), List.of()))
        .extracting(DesignWarning::variable, DesignWarning::column)
        .containsExactly(tuple("pillow_between_knees", null),
            tuple("changed_mattress", "new_mattress"));
  }

  @Test
  void amongEquallyLikelyColumnsTheFirstInTheFileIsProposed() {
    Survey postFirst = survey("pain_morning_pre,pain_morning_pst,pain_morning_psot",
        "5,3,3", "4,4,4");
    Survey swapped = survey("pain_morning_pre,pain_morning_psot,pain_morning_pst",
        "5,3,3", "4,4,4");

    assertThat(check(postFirst, List.of(), List.of(PRIMARY))).singleElement()
        .extracting(DesignWarning::column).isEqualTo("pain_morning_pst");
    assertThat(check(swapped, List.of(), List.of(PRIMARY))).singleElement()
        .extracting(DesignWarning::column).isEqualTo("pain_morning_psot");
  }

  @Test
  void aVariableNeededAndPartOfAnOutcomeIsWarnedOnce() {
    Survey s = survey("pain_morning_pre", "5", "4");

    assertThat(check(s, List.of(variable("pain_morning_post")), List.of(PRIMARY)))
        .extracting(DesignWarning::rule).containsExactly(Rule.OUTCOME_INCOMPLETE);
  }

  @Test
  void aPlanOfOnesOwnWarnsForItsSubgroupsAndTheVariablesOfItsAdviceKeys() {
    // the first version's columns (no pillow_under_hips, no new mattress), and neither sex nor
    // weeks_since_change
    String header = "age_years,bmi,mattress_age_years,mattress_firmness,mattress_type,"
        + "pillow_between_knees,pillow_under_knees,lumbar_roll,exercise_days_week,"
        + "changed_mattress,pain_morning_pre,pain_morning_post,pain_night_pre,pain_night_post,"
        + "sleep_quality_pre,sleep_quality_post,pain_duration_weeks,rf_leg_numbness,"
        + "rf_weight_loss_fever,rf_bladder_bowel,rf_after_injury,rf_worsening";
    Survey s = survey(header, "40,25,5,soft,latex,no,no,no,3,yes,5,3,4,3,6,7,20,no,no,no,no,no");
    StudyDesign builtIn = StudyDesign.of(CODEBOOK);

    assertThat(DesignWarnings.check(s, builtIn, true))
        .extracting(DesignWarning::variable, DesignWarning::message).containsExactly(
            tuple("sex", "sex: the file has no column for it, so the subgroup analyses leave it"
                + " out"),
            tuple("pillow_under_hips", "pillow_under_hips: the file has no column for it, so"
                + " the props of stomach leave it out"),
            tuple("new_mattress_firmness", "new_mattress_firmness: the file has no column for"
                + " it, so the change is not compared by the new mattress's firmness"),
            tuple("weeks_since_change", "weeks_since_change: the file has no column for it, so"
                + " the change is not related to the time since it"));
    // the built-in plan without --plan warns only for what changes what the results mean
    assertThat(DesignWarnings.check(s, builtIn, false)).isEmpty();
  }

  @Test
  void theRulesHaveTheirJsonNames() {
    assertThat(Rule.DESIGN_VARIABLE_MISSING.jsonName()).isEqualTo("design_variable_missing");
    assertThat(Rule.OUTCOME_INCOMPLETE.jsonName()).isEqualTo("outcome_incomplete");
  }

  @Test
  void aWarningIsOneLine() {
    assertThatThrownBy(() -> new DesignWarning(Rule.DESIGN_VARIABLE_MISSING, "x", null,
        "two\nlines")).isInstanceOf(IllegalArgumentException.class);
  }
}
