package org.sleepstat.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepstat.core.io.ByteSource;
import org.sleepstat.core.io.ImportResult;
import org.sleepstat.core.io.SurveyFileException;
import org.sleepstat.core.io.SurveyImporter;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.schema.Direction;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.NumberColumn;

class PlanReaderTest {
  /** The least a plan of one's own says: the group and one outcome with its rules. */
  private static final String MINIMAL = """
      group:
        variable: changed_mattress
        treated: "yes"
      outcomes:
        - name: pain_morning
          better: lower
          responder: {points: 2}
      """;

  @TempDir Path dir;

  private Path write(String text) throws IOException {
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(plan, text, StandardCharsets.UTF_8);
    return plan;
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
  void theBuiltInPlanAsPrintedReadsAsAPlanFileWithTheSameDesign() throws Exception {
    Path plan = write(StudyPlan.builtInText());
    StudyPlan read = StudyPlan.read(plan);
    StudyDesign builtIn = StudyPlan.builtIn().design();
    // the same names and rules (each reading makes its own Variable objects)
    assertThat(read.design().outcomes()).hasSameSizeAs(builtIn.outcomes());
    for (int k = 0; k < builtIn.outcomes().size(); k++) {
      StudyDesign.Outcome a = read.design().outcomes().get(k);
      StudyDesign.Outcome b = builtIn.outcomes().get(k);
      assertThat(List.of(a.name(), a.direction(), a.label(), a.responder(), a.highAt()))
          .isEqualTo(List.of(b.name(), b.direction(), b.label(), b.responder(), b.highAt()));
    }
    assertThat(read.design().models().covariates().toString())
        .isEqualTo(builtIn.models().covariates().toString());
    assertThat(read.design().models().bands()).isEqualTo(builtIn.models().bands());
    assertThat(read.design().groupName()).isEqualTo(builtIn.groupName());
    assertThat(read.design().primaryOutcome()).isEqualTo(builtIn.primaryOutcome());
    assertThat(read.source().sha256()).isEqualTo(StudyPlan.builtIn().source().sha256())
        .hasSize(64);
    assertThat(read.source().text()).isEqualTo(StudyPlan.builtInText());
  }

  @Test
  void aMinimalPlanTakesTheDefaultsItDoesNotName() throws Exception {
    StudyDesign d = StudyPlan.read(write(MINIMAL)).design();
    assertThat(d.title()).isEqualTo("plan");
    assertThat(d.outcomes()).singleElement().satisfies(o -> {
      assertThat(o.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
      assertThat(o.responder().points()).isEqualTo(2);
      assertThat(o.responder().percent()).hasValue(30);
      assertThat(o.highAt()).isEmpty();
      assertThat(o.label()).isEqualTo("pain_morning");
    });
    assertThat(d.primaryOutcome()).isEqualTo("pain_morning");
    assertThat(d.position()).isEmpty();
    assertThat(d.models().covariates()).isEmpty();
    assertThat(d.redFlags()).isEmpty();
  }

  @Test
  void anUnknownKeyNamesTheNearestKnownOneAtItsLineAndColumn() throws Exception {
    assertThat(problems(MINIMAL + "covariate: [bmi]\n")).containsExactly(
        "plan.yaml:8:1: unknown key \"covariate\" in the plan; did you mean \"covariates\"?");
    assertThat(problems(MINIMAL.replace("better: lower", "beter: lower"))).contains(
        "plan.yaml:6:5: unknown key \"beter\" in an outcome; did you mean \"better\"?");
  }

  @Test
  void aValueOfTheWrongTypeIsAProblemAtItsPlace() throws Exception {
    assertThat(problems(MINIMAL + "covariates: bmi\n")).containsExactly("plan.yaml:8:13:"
        + " covariates must be a list ([a, b] or one \"- item\" per line), not \"bmi\"");
    assertThat(problems(MINIMAL.replace("points: 2", "points: two"))).containsExactly(
        "plan.yaml:7:25: outcome pain_morning: responder points must be a number, not \"two\"");
    assertThat(problems(MINIMAL.replace("better: lower", "better: down"))).containsExactly(
        "plan.yaml:6:13: outcome pain_morning: better must be lower or higher, not \"down\"");
  }

  @Test
  void aVariableOrLevelTheCodebookLacksIsAProblemNamingTheClosest() throws Exception {
    assertThat(problems(MINIMAL + "position: sleep_postion\n")).containsExactly("plan.yaml:8:11:"
        + " position: the codebook has no variable \"sleep_postion\"; did you mean"
        + " \"sleep_position\"?");
    assertThat(problems(MINIMAL.replace("treated: \"yes\"", "treated: ja"))).containsExactly(
        "plan.yaml:3:12: group treated: \"ja\" is not a level of changed_mattress (yes / no)");
    assertThat(problems(MINIMAL + "position: bmi\n")).containsExactly("plan.yaml:8:11:"
        + " position: bmi is decimal; position needs a category, ordinal or yes/no variable");
    assertThat(problems(MINIMAL.replace("name: pain_morning", "name: pain_mornin")))
        .containsExactly("plan.yaml:5:11: outcome \"pain_mornin\": the codebook has no"
            + " pain_mornin_pre or pain_mornin_post variable; did you mean \"pain_morning\"?");
  }

  @Test
  void everyProblemIsListedInFileOrder() throws Exception {
    List<String> all = problems(MINIMAL.replace("treated: \"yes\"", "treated: ja")
        + "position: sleep_postion\nbands: {bmi: [30, 20]}\n");
    assertThat(all).hasSize(3);
    assertThat(all).isSortedAccordingTo((a, b) -> Integer.compare(line(a), line(b)));
  }

  private static int line(String problem) {
    return Integer.parseInt(problem.split(":")[1]);
  }

  @Test
  void aPlanWithoutGroupOrOutcomesSaysWhatToWrite() throws Exception {
    assertThat(problems("title: x\n")).containsExactly(
        "plan.yaml:1:1: the plan has no group: name the group variable and its treated level"
            + " (group: {variable: changed_mattress, treated: \"yes\"}), or write group: none"
            + " for a single-arm study",
        "plan.yaml:1:1: the plan has no outcomes: list each with its name, better (lower or"
            + " higher) and responder");
  }

  @Test
  void textThatIsNotYamlIsOneProblemAtItsPlace() throws Exception {
    assertThat(problems("title: [unclosed\n")).singleElement().asString()
        .startsWith("plan.yaml:2:1: not valid YAML:");
    assertThat(problems("")).containsExactly("plan.yaml: the plan is empty; `sleepstat plan`"
        + " prints one to start from");
  }

  @Test
  void responderPercentMayBeSwitchedOffButNotOutOfRange() throws Exception {
    StudyDesign off = StudyPlan.read(write(MINIMAL.replace("{points: 2}",
        "{points: 2, percent: off}"))).design();
    assertThat(off.outcomes().get(0).responder().percent()).isEmpty();
    assertThat(problems(MINIMAL.replace("{points: 2}", "{points: 2, percent: 150}")))
        .containsExactly("plan.yaml:7:37: outcome pain_morning: responder percent must be"
            + " above 0 and at most 100, or off");
  }

  @Test
  void table1SaysPerVariableMeanMedianOrOmitAndNumbersDefaultToMean() throws Exception {
    StudyDesign d = StudyPlan.read(write(MINIMAL + """
        table1:
          bmi: median
          sex: omit
          age_years: mean
        """)).design();
    StudyDesign.Models m = d.models();
    Codebook cb = Codebook.builtIn();
    assertThat(m.summary(cb.variable("bmi").orElseThrow())).isEqualTo(Table1Summary.MEDIAN);
    assertThat(m.summary(cb.variable("sex").orElseThrow())).isEqualTo(Table1Summary.OMIT);
    assertThat(m.summary(cb.variable("age_years").orElseThrow()))
        .isEqualTo(Table1Summary.MEAN);
    assertThat(m.summary(cb.variable("exercise_days_week").orElseThrow()))
        .isEqualTo(Table1Summary.MEAN);
    assertThat(m.summary(cb.variable("sleep_position").orElseThrow()))
        .isEqualTo(Table1Summary.COUNTS);
  }

  @Test
  void theBuiltInPlanDescribesSkewedDurationsByMedianAndLeavesOutWeeksSinceTheChange() {
    StudyDesign.Models m = StudyPlan.builtIn().design().models();
    Codebook cb = Codebook.builtIn();
    assertThat(m.summary(cb.variable("pain_duration_weeks").orElseThrow()))
        .isEqualTo(Table1Summary.MEDIAN);
    assertThat(m.summary(cb.variable("mattress_age_years").orElseThrow()))
        .isEqualTo(Table1Summary.MEDIAN);
    assertThat(m.summary(cb.variable("weeks_since_change").orElseThrow()))
        .isEqualTo(Table1Summary.OMIT);
  }

  @Test
  void table1WithAnUnknownVariableOrSummaryIsAProblemAtItsPlace() throws Exception {
    assertThat(problems(MINIMAL + "table1:\n  bmj: median\n")).containsExactly(
        "plan.yaml:9:8: table1: the codebook has no variable \"bmj\"; did you mean \"bmi\"?");
    assertThat(problems(MINIMAL + "table1:\n  bmi: average\n")).containsExactly(
        "plan.yaml:9:8: table1 of bmi: \"average\" is not mean, median or omit");
    assertThat(problems(MINIMAL + "table1: {sex: median}\n")).containsExactly(
        "plan.yaml:8:15: table1 of sex: median needs an integer or decimal variable; sex is"
            + " category (its levels are counted: leave it out of table1, or write omit)");
    assertThat(problems(MINIMAL + "table1: {respondent_id: omit}\n")).containsExactly(
        "plan.yaml:8:25: table1: respondent_id is id; table1 needs a variable");
  }

  @Test
  void aSingleArmStudyHasNoGroup() throws Exception {
    StudyDesign d = StudyPlan.read(write(MINIMAL.replace("""
        group:
          variable: changed_mattress
          treated: "yes"
        """, "group: none\n"))).design();
    assertThat(d.group()).isEmpty();
    assertThat(d.singleArm()).isTrue();
  }

  @Test
  void recodingsAndMissingCodesApplyOnImportWithoutACodebook() throws Exception {
    StudyPlan plan = StudyPlan.read(write(MINIMAL.replace("treated: \"yes\"", "treated: ja")
        + """
        recode:
          sleep_position: {Seitenlage: side, Rückenlage: back}
          changed_mattress: {ja: "yes", nein: "no"}
        missing:
          pain_morning_pre: ["-99", "k. A."]
        """));
    assertThat(plan.design().group().orElseThrow().treated()).isEqualTo("yes");
    ImportResult r = read(plan, """
        respondent_id,sleep_position,changed_mattress,pain_morning_pre
        1,Seitenlage,ja,5
        2,Rückenlage,nein,-99
        3,side,yes,k. A.
        """);
    assertThat(r.problems()).isEmpty();
    LevelColumn position = r.survey().levels("sleep_position").orElseThrow();
    assertThat(position.text(0)).isEqualTo("side");
    assertThat(position.text(1)).isEqualTo("back");
    NumberColumn pain = r.survey().numbers("pain_morning_pre").orElseThrow();
    assertThat(pain.isMissing(1)).isTrue();
    assertThat(pain.isMissing(2)).isTrue();
    // the built-in plan does not know the German spelling
    ImportResult builtIn =
        read(StudyPlan.builtIn(), "respondent_id,sleep_position\n1,Seitenlage\n");
    assertThat(builtIn.counts().rejected()).isEqualTo(1);
  }

  @Test
  void aRecodingToALevelTheVariableLacksIsAProblem() throws Exception {
    assertThat(problems(MINIMAL + "recode:\n  sleep_position: {Seitenlage: sideways}\n"))
        .containsExactly("plan.yaml:9:32: recode of sleep_position: \"sideways\" is not a"
            + " level of sleep_position (side, back, stomach, combination)");
  }

  @Test
  void aScaleChangesTheValidRangeOfTheOutcomesColumns() throws Exception {
    StudyPlan plan = StudyPlan.read(write(MINIMAL.replace("better: lower",
        "better: lower\n    scale: [0, 100]")));
    assertThat(plan.codebook().variable("pain_morning_pre").orElseThrow().max()).isEqualTo(100);
    assertThat(plan.codebook().variable("pain_morning_post").orElseThrow().max()).isEqualTo(100);
    ImportResult r = read(plan, "respondent_id,sleep_position,pain_morning_pre\n1,side,64\n");
    assertThat(r.counts().accepted()).isEqualTo(1);
  }

  @Test
  void theWavesSpellingsReadALongFilesWaveColumn() throws Exception {
    StudyPlan plan = StudyPlan.read(write(MINIMAL + """
        waves:
          - name: pre
            spellings: [vorher]
          - name: post
            spellings: [nachher]
        primary_follow_up: post
        """));
    ImportResult r = read(plan, """
        respondent_id,wave,sleep_position,pain_morning
        1,vorher,side,6
        1,nachher,,3
        """);
    assertThat(r.problems()).isEmpty();
    assertThat(r.survey().numbers("pain_morning_post").orElseThrow().get(0)).isEqualTo(3);
  }

  @Test
  void oneWaveIsRefusedWithWhatToDo() throws Exception {
    assertThat(problems(MINIMAL + """
        waves:
          - name: pre
        """)).singleElement().asString().startsWith("plan.yaml:9:3: waves: a study has two"
            + " waves or more, not 1");
  }

  @Test
  void threeWavesWithTheirWeeksAndAPrimaryFollowUpAreRead() throws Exception {
    StudyPlan plan = StudyPlan.read(write(MINIMAL + """
        waves:
          - {name: baseline, weeks: 0}
          - {name: week 4, spellings: [w4], weeks: 4}
          - name: week 12
        primary_follow_up: week 4
        """));
    assertThat(plan.waves().names()).containsExactly("baseline", "week 4", "week 12");
    assertThat(plan.waves().waves().get(1).weeks()).hasValue(4.0);
    assertThat(plan.waves().waves().get(2).weeks()).isEmpty();
    assertThat(plan.waves().primaryFollowUpIndex()).isEqualTo(1);
  }

  @Test
  void aPrimaryFollowUpThatIsNoFollowUpWaveIsAProblem() throws Exception {
    assertThat(problems(MINIMAL + """
        waves:
          - name: baseline
          - name: week 4
          - name: week 12
        primary_follow_up: baseline
        """)).singleElement().asString().contains("primary_follow_up: \"baseline\" is not one"
            + " of the follow-up waves (week 4, week 12)");
  }

  @Test
  void aNegativeWeekIsAProblem() throws Exception {
    assertThat(problems(MINIMAL + """
        waves:
          - name: baseline
          - {name: week 4, weeks: -4}
        """)).singleElement().asString().contains("weeks: a time after the first wave is 0 or"
            + " more, not -4");
  }

  @Test
  void aCodebookFileIsReadRelativeToThePlan() throws Exception {
    Files.writeString(dir.resolve("own.csv"), """
        name,type,required,role,min,max,levels,spellings,missing,label
        pid,id,yes,respondent,,,,,,Participant
        odi_pre,integer,no,pre,0,100,,,,ODI before
        odi_post,integer,no,post,0,100,,,,ODI after
        """);
    StudyPlan plan = StudyPlan.read(write("""
        codebook: own.csv
        group: none
        outcomes:
          - {name: odi, better: lower, responder: {points: 10, percent: 30}}
        """));
    assertThat(plan.design().id().name()).isEqualTo("pid");
    assertThat(plan.design().outcomes()).extracting(StudyDesign.Outcome::name)
        .containsExactly("odi");
    assertThat(problems("codebook: missing.csv\ngroup: none\n")).singleElement().asString()
        .startsWith("plan.yaml:1:11: codebook: ");
  }

  @Test
  void anUnknownFormatIsAProblem() throws Exception {
    assertThat(problems("plan: 2\n" + MINIMAL)).containsExactly(
        "plan.yaml:1:7: plan format 2 is not known; this sleepstat reads format 1");
  }

  private static ImportResult read(StudyPlan plan, String csv) throws SurveyFileException {
    return SurveyImporter.withDefaults().with(plan.codebook()).with(plan.waves())
        .read(ByteSource.ofBytes("s.csv", csv.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aPlanThatIsNotAFileIsOneProblem() {
    assertThatThrownBy(() -> StudyPlan.read(dir)).isInstanceOf(PlanException.class)
        .hasMessageContaining("is a directory");
  }
}
