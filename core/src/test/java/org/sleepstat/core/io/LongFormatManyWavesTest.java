package org.sleepstat.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sleepstat.core.schema.Waves;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.core.survey.RepeatedMeasures;
import org.sleepstat.core.survey.Survey;

/** Long files with three or more waves: read, ordered, merged, and kept wave by wave. */
class LongFormatManyWavesTest {
  private static final String HEADER =
      "respondent_id,wave,pain_morning,sleep_quality,sleep_position,age_years\n";

  private static ImportResult read(String text) throws SurveyFileException {
    return Imports.read("waves.csv", text);
  }

  private static RepeatedMeasures repeated(ImportResult r) {
    return r.survey().repeated().orElseThrow();
  }

  private static List<String> labels(RepeatedMeasures rm) {
    return rm.waves().stream().map(RepeatedMeasures.Wave::label).toList();
  }

  private static double[] values(ImportResult r, String outcome, int wave) {
    return repeated(r).values(outcome, wave).map(NumberColumn::toArray).orElseThrow();
  }

  @Test
  void aThirdWaveWeek2ReadsWithoutProblems() throws SurveyFileException {
    ImportResult r = read(HEADER
        + "r1,pre,6,4,side,40\n"
        + "r1,week 2,5,5,,\n"
        + "r1,post,3,7,,\n"
        + "r2,pre,7,3,back,50\n"
        + "r2,week 2,6,4,,\n"
        + "r2,post,5.5,5,,\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.counts().accepted()).isEqualTo(6);
    RepeatedMeasures rm = repeated(r);
    assertThat(labels(rm)).containsExactly("pre", "week 2", "post");
    assertThat(rm.primaryFollowUp()).isEqualTo(2);
    assertThat(values(r, "pain_morning", 1)).containsExactly(5.0, 6.0);
    assertThat(values(r, "sleep_quality", 2)).containsExactly(7.0, 5.0);
    assertThat(rm.observations("pain_morning")).isEqualTo(6);
    // the paired analyses: the first wave and the primary follow-up (the last)
    Survey s = r.survey();
    assertThat(s.numbers("pain_morning_pre").orElseThrow().toArray()).containsExactly(6.0, 7.0);
    assertThat(s.numbers("pain_morning_post").orElseThrow().toArray()).containsExactly(3.0, 5.5);
    assertThat(rm.describe()).isEqualTo("3 waves: pre (0 weeks), week 2 (2 weeks), post; the paired"
        + " analyses (_pre, _post) compare pre with post (the last wave)");
  }

  @Test
  void withoutAPlanWavesGoBaselineThenByNumberThenFollowUp() throws SurveyFileException {
    ImportResult r = read(HEADER
        + "r1,follow-up,1,8,side,40\n"
        + "r1,week 12,2,7,,\n"
        + "r1,Baseline,6,4,,\n"
        + "r1,week 2,5,5,,\n");
    assertThat(r.problems()).isEmpty();
    RepeatedMeasures rm = repeated(r);
    assertThat(labels(rm)).containsExactly("Baseline", "week 2", "week 12", "follow-up");
    assertThat(rm.waves()).extracting(w -> w.weeks().isPresent() ? w.weeks().getAsDouble() : -1)
        .containsExactly(0.0, 2.0, 12.0, -1.0);
    assertThat(values(r, "pain_morning", 0)).containsExactly(6.0);
    assertThat(r.survey().numbers("pain_morning_post").orElseThrow().get(0)).isEqualTo(1.0);
    assertThat(r.survey().sourceLine(0)).isEqualTo(2);
  }

  @Test
  void labelsAreReportedAsFirstWrittenAndCaseOrATrailingSpaceMakeNoOtherWave()
      throws SurveyFileException {
    // a hand-edited file: "Week 2 " with a trailing space, then "week 2" further down
    ImportResult r = read(HEADER
        + "r1,baseline,6,4,side,40\n"
        + "r1,Week 2 ,5,5,,\n"
        + "r1,week 4,4,6,,\n"
        + "r2,baseline,7,3,back,50\n"
        + "r2,week 2,6,4,,\n"
        + "r2,WEEK_4,5,5,,\n");
    assertThat(r.problems()).isEmpty();
    assertThat(labels(repeated(r))).containsExactly("baseline", "Week 2", "week 4");
    assertThat(values(r, "pain_morning", 1)).containsExactly(5.0, 6.0);
  }

  @Test
  void wavesThatCannotBeOrderedAreOneErrorThatShowsThePlan() {
    assertThatThrownBy(() -> read(HEADER
        + "r1,baseline,6,4,side,40\n"
        + "r1,week 2,5,5,,\n"
        + "r1,mid,4,6,,\n"
        + "r2,mid,4,6,back,50\n"))
        .isInstanceOf(SurveyFileException.class)
        .hasMessage("waves.csv: the waves \"baseline\", \"week 2\", \"mid\" cannot be put in time"
            + " order: \"mid\" has no number and begins with none of baseline, pre, post, follow;"
            + " list them in time order in a study plan (--plan FILE), e.g. waves: [{name:"
            + " \"baseline\"}, {name: \"week 2\"}, {name: \"mid\"}]");
  }

  @Test
  void twoWavesWithTheSameNumberCannotBeOrdered() {
    assertThatThrownBy(() -> read(HEADER
        + "r1,baseline,6,4,side,40\nr1,week 2,5,5,,\nr1,day 2,4,6,,\n"))
        .hasMessageContaining("\"week 2\" and \"day 2\" have the same number 2");
  }

  @Test
  void aPlanOrdersItsWavesAndGivesTheirWeeks() throws SurveyFileException {
    Waves plan = new Waves(List.of(
        new Waves.Wave("enrolment", List.of("intake"), java.util.OptionalDouble.of(0)),
        new Waves.Wave("fitting", List.of(), java.util.OptionalDouble.of(1)),
        new Waves.Wave("review", List.of("final check"), java.util.OptionalDouble.of(6))),
        "fitting");
    ImportResult r = Imports.read(SurveyImporter.withDefaults().with(plan), "plan.csv", HEADER
        + "r1,Final Check,2,8,side,40\n"
        + "r1,Intake,6,4,,\n"
        + "r1,fitting,4,6,,\n"
        + "r1,visit,4,6,,\n");
    RepeatedMeasures rm = repeated(r);
    assertThat(labels(rm)).containsExactly("Intake", "fitting", "Final Check");
    assertThat(rm.waves().get(2).weeks()).hasValue(6.0);
    assertThat(rm.primaryFollowUp()).isEqualTo(1);
    assertThat(r.survey().numbers("pain_morning_post").orElseThrow().get(0)).isEqualTo(4.0);
    // with the plan's waves, a value it does not spell is no wave: that row is rejected
    assertThat(Imports.formatted(r)).containsExactly("plan.csv:5:2: wave: \"visit\" is not a wave"
        + " (enrolment, intake…, fitting, review, final check…) (row rejected)");
    assertThat(r.counts().accepted()).isEqualTo(3);
  }

  @Test
  void aRespondentLevelValueMayStandOnTheSecondWaveOnly() throws SurveyFileException {
    ImportResult r = read(HEADER
        + "r1,baseline,6,4,,\n"
        + "r1,week 2,5,5,side,41\n"
        + "r1,week 4,4,6,,\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.survey().levels("sleep_position").orElseThrow().text(0)).isEqualTo("side");
    assertThat(r.survey().numbers("age_years").orElseThrow().get(0)).isEqualTo(41.0);
  }

  @Test
  void differentRespondentValuesOnTwoWavesRejectEveryRowOfTheRespondent()
      throws SurveyFileException {
    ImportResult r = read(HEADER
        + "r1,baseline,6,4,side,40\n"
        + "r1,week 2,5,5,,\n"
        + "r1,week 4,4,6,,41\n"
        + "r2,baseline,6,4,back,40\n");
    assertThat(Imports.formatted(r)).containsExactly(
        "waves.csv:2:6: age_years: respondent \"r1\" has 40 here and 41 on line 4 (row rejected)",
        "waves.csv:4:6: age_years: respondent \"r1\" has 40 on line 2 and 41 here (row rejected)");
    assertThat(r.rejectedRows()).extracting(RejectedRow::line).containsExactly(2L, 3L, 4L);
    assertThat(r.counts().accepted()).isEqualTo(1);
  }

  @Test
  void aSecondRowForOneWaveIsADuplicateNamedByItsLabel() throws SurveyFileException {
    ImportResult r = read(HEADER
        + "r1,baseline,6,4,side,40\nr1,week 2,5,5,,\nr1,Week 2,4,6,,\nr1,week 4,4,6,,\n");
    assertThat(Imports.formatted(r)).containsExactly("waves.csv:4:2: wave: respondent \"r1\""
        + " already has a \"week 2\" row (line 3) (row rejected)");
    assertThat(r.counts().accepted()).isEqualTo(3);
  }

  @Test
  void aRespondentWithOneObservationStays() throws SurveyFileException {
    ImportResult r = read(HEADER
        + "r1,baseline,6,4,side,40\nr1,week 2,5,5,,\nr1,week 4,4,6,,\n"
        + "r2,week 2,3,7,back,30\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.survey().size()).isEqualTo(2);
    assertThat(values(r, "pain_morning", 0)).containsExactly(6.0, Double.NaN);
    assertThat(values(r, "pain_morning", 1)).containsExactly(5.0, 3.0);
    assertThat(values(r, "pain_morning", 2)).containsExactly(4.0, Double.NaN);
    assertThat(repeated(r).observations("pain_morning")).isEqualTo(4);
    assertThat(r.survey().numbers("pain_morning_pre").orElseThrow().isMissing(1)).isTrue();
  }

  @Test
  void sixWavesInAnyRowOrder() throws SurveyFileException {
    StringBuilder csv = new StringBuilder(HEADER);
    String[] waves = {"month 6", "week 1", "baseline", "month 3", "week 4", "week 12"};
    for (int r = 1; r <= 3; r++) {
      for (String w : waves) {
        csv.append("r").append(r).append(',').append(w).append(',').append(r).append(",5,")
            .append(w.equals("month 6") ? "side,40" : ",").append('\n');
      }
    }
    ImportResult r = read(csv.toString());
    assertThat(r.problems()).isEmpty();
    RepeatedMeasures rm = repeated(r);
    assertThat(labels(rm)).containsExactly("baseline", "week 1", "month 3", "week 4", "month 6",
        "week 12");
    // "week" and "month" are no shared unit: no weeks from the labels
    assertThat(rm.waves()).allSatisfy(w -> assertThat(w.weeks()).isEmpty());
    assertThat(rm.observations("pain_morning")).isEqualTo(18);
    assertThat(values(r, "pain_morning", 5)).containsExactly(1.0, 2.0, 3.0);
  }

  @Test
  void aFileWrittenByRsWriteCsvWithNaReads() throws SurveyFileException {
    // write.csv(d, row.names = FALSE): quoted strings, NA for missing
    ImportResult r = read("\"respondent_id\",\"wave\",\"pain_morning\",\"sleep_quality\","
        + "\"sleep_position\",\"age_years\"\n"
        + "\"r1\",\"baseline\",6,4,\"side\",40\n"
        + "\"r1\",\"week 2\",NA,5,NA,NA\n"
        + "\"r1\",\"week 4\",4,NA,NA,NA\n");
    assertThat(r.problems()).isEmpty();
    assertThat(values(r, "pain_morning", 1)).containsExactly(Double.NaN);
    assertThat(values(r, "sleep_quality", 2)).containsExactly(Double.NaN);
    assertThat(repeated(r).observations("pain_morning")).isEqualTo(2);
  }

  @Test
  void twoWavesThatAreNotPreAndPostButCanBeOrderedAreTheTwoWaves() throws SurveyFileException {
    ImportResult r = read(HEADER + "r1,week 2,5,5,,\nr1,baseline,6,4,side,40\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.survey().repeated()).isEmpty();
    assertThat(r.survey().numbers("pain_morning_pre").orElseThrow().get(0)).isEqualTo(6.0);
    assertThat(r.survey().numbers("pain_morning_post").orElseThrow().get(0)).isEqualTo(5.0);
  }

  @Test
  void aBadCellOnARowOfAThirdWaveRejectsThatRowOnly() throws SurveyFileException {
    ImportResult r = read(HEADER
        + "r1,baseline,6,4,side,40\nr1,week 2,12,5,,\nr1,week 4,4,6,,\n");
    assertThat(Imports.formatted(r)).containsExactly("waves.csv:3:3: pain_morning_post: \"12\""
        + " is above the maximum 10 (row rejected)");
    assertThat(values(r, "pain_morning", 1)).containsExactly(Double.NaN);
    assertThat(r.counts().accepted()).isEqualTo(2);
  }

  @Test
  void aRedcapLongitudinalExportWithFourEventsIsFourWavesInOrder() throws Exception {
    // as REDCap writes a raw export: quoted header and event names, coded values, respondent
    // fields on the baseline event only, the switch recorded on a later event
    String export = "\"study_id\",\"redcap_event_name\",\"position\",\"sex\",\"exercise\","
        + "\"aids___1\",\"aids___2\",\"enrol_complete\",\"switched\",\"pain\",\"diary_complete\"\n"
        + "1,\"baseline_arm_1\",2,\"m\",3,1,0,2,,6,2\n"
        + "1,\"week_2_arm_1\",,,,,,,1,5,2\n"
        + "1,\"week_4_arm_1\",,,,,,,,4,2\n"
        + "1,\"week_12_arm_1\",,,,,,,,2,2\n"
        + "2,\"baseline_arm_1\",1,\"f\",0,0,1,2,0,5,1\n"
        + "2,\"week_4_arm_1\",,,,,,,,5,2\n"
        + "2,\"week_12_arm_1\",,,,,,,,4,0\n";
    ImportResult r = Imports.read(RedcapImportTest.importer(RedcapImportTest.DICTIONARY,
        RedcapImportTest.MAP), "export.csv", export);
    assertThat(r.problems()).isEmpty();
    assertThat(r.counts().accepted()).isEqualTo(7);
    RepeatedMeasures rm = repeated(r);
    // the event names as written; their number without the arm; weeks from "week"
    assertThat(labels(rm)).containsExactly("baseline_arm_1", "week_2_arm_1", "week_4_arm_1",
        "week_12_arm_1");
    assertThat(rm.waves()).extracting(w -> w.weeks().getAsDouble())
        .containsExactly(0.0, 2.0, 4.0, 12.0);
    assertThat(values(r, "pain_morning", 1)).containsExactly(5.0, Double.NaN);
    assertThat(values(r, "pain_morning", 3)).containsExactly(2.0, 4.0);
    assertThat(r.survey().levels("changed_mattress").orElseThrow().toCodes()).containsExactly(1, 0);
    assertThat(r.survey().numbers("pain_morning_post").orElseThrow().toArray())
        .containsExactly(2.0, 4.0);
  }
}
