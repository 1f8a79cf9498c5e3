package org.sleepstat.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sleepstat.core.survey.Survey;

/** One row per respondent and wave, merged into the wide form. */
class LongFormatTest {
  private static final String LONG_HEADER =
      "respondent_id,wave,pain_morning,sleep_quality,sleep_position,age_years,lumbar_roll,note\n";

  private static ImportResult read(String text) throws SurveyFileException {
    return Imports.read("long.csv", text);
  }

  @ParameterizedTest(name = "\"{0}\" is pre")
  @ValueSource(strings = {"pre", "PRE", "baseline", "Baseline", "before", "0", "t0", "T0", "1st",
      "baseline_arm_1", "Baseline Arm 1", " pre "})
  void preWaveSpellings(String wave) {
    assertThat(LongAssembler.wave(wave)).isEqualTo(LongAssembler.Wave.PRE);
  }

  @ParameterizedTest(name = "\"{0}\" is post")
  @ValueSource(strings = {"post", "Post", "follow-up", "Follow Up", "followup", "after", "1", "t1",
      "2nd", "followup_arm_1", "follow_up_6_weeks"})
  void postWaveSpellings(String wave) {
    assertThat(LongAssembler.wave(wave)).isEqualTo(LongAssembler.Wave.POST);
  }

  @ParameterizedTest(name = "\"{0}\" is no wave")
  @ValueSource(strings = {"", "mid", "2", "t2", "3rd", "during", "screening_arm_1"})
  void otherValuesAreNoWave(String wave) {
    assertThat(LongAssembler.wave(wave)).isNull();
  }

  @Test
  void wavesAreMergedIntoOneRespondentWithPreAndPostOutcomes() throws SurveyFileException {
    ImportResult r = read(LONG_HEADER
        + "r1,baseline_arm_1,6,4,side,40,yes,first\n"
        + "r1,followup_arm_1,3,7,,,,\n"
        + "r2,post,5.5,5,back,50,no,\n"
        + "r2,pre,7,3,,,,second\n");
    assertThat(r.provenance().format()).isEqualTo(SurveyFormat.LONG);
    assertThat(r.problems()).isEmpty();
    assertThat(r.counts().rows()).isEqualTo(4);
    assertThat(r.counts().accepted()).isEqualTo(4);
    Survey s = r.survey();
    assertThat(s.size()).isEqualTo(2);
    assertThat(s.ids().values()).containsExactly("r1", "r2");
    assertThat(s.numbers("pain_morning_pre").orElseThrow().toArray()).containsExactly(6.0, 7.0);
    assertThat(s.numbers("pain_morning_post").orElseThrow().toArray()).containsExactly(3.0, 5.5);
    assertThat(s.numbers("sleep_quality_pre").orElseThrow().toArray()).containsExactly(4.0, 3.0);
    assertThat(s.numbers("sleep_quality_post").orElseThrow().toArray()).containsExactly(7.0, 5.0);
    assertThat(s.levels("sleep_position").orElseThrow().toCodes()).containsExactly(0, 1);
    assertThat(s.numbers("age_years").orElseThrow().toArray()).containsExactly(40.0, 50.0);
    assertThat(s.levels("lumbar_roll").orElseThrow().toCodes()).containsExactly(1, 0);
    assertThat(s.extraColumns().get(0).values()).containsExactly("first", "second");
    assertThat(s.sourceLine(0)).isEqualTo(2);
    assertThat(s.sourceLine(1)).isEqualTo(4);
    assertThat(s.hasPairedOutcomes()).isTrue();
    assertThat(r.columns()).extracting(ColumnMapping::variable).containsExactly("respondent_id",
        "wave", "pain_morning", "sleep_quality", "sleep_position", "age_years", "lumbar_roll",
        null);
  }

  @Test
  void requiredRespondentValueOnOneWaveOnlyIsEnough() throws SurveyFileException {
    // REDCap leaves respondent-level cells blank on the follow-up row
    ImportResult r = read(LONG_HEADER + "r1,pre,6,4,side,40,yes,\nr1,post,3,7,,,,\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.counts().accepted()).isEqualTo(2);
    assertThat(r.survey().levels("sleep_position").orElseThrow().text(0)).isEqualTo("side");
  }

  @Test
  void requiredRespondentValueMissingOnEveryWaveRejectsEveryRow() throws SurveyFileException {
    ImportResult r = read(LONG_HEADER + "r1,pre,6,4,,40,yes,\n"
        + "r1,post,3,7,NA,,,\nr2,pre,1,1,back,,,\n");
    assertThat(r.counts().accepted()).isEqualTo(1);
    assertThat(r.counts().rejected()).isEqualTo(2);
    assertThat(r.problems()).extracting(Problem::line, Problem::column, Problem::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, 5, Problem.Rule.REQUIRED),
            org.assertj.core.groups.Tuple.tuple(3L, 5, Problem.Rule.REQUIRED));
    assertThat(r.problems()).allSatisfy(p -> assertThat(p.variable()).isEqualTo("sleep_position"));
    assertThat(r.survey().ids().values()).containsExactly("r2");
  }

  @Test
  void sameValueOnBothWavesIsNoConflict() throws SurveyFileException {
    ImportResult r = read(LONG_HEADER
        + "r1,pre,6,4,side,40,yes,\nr1,post,3,7,Side Sleeper,40.0,Y,\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.counts().accepted()).isEqualTo(2);
  }

  @Test
  void conflictingValuesRejectBothRowsWithAProblemOnEach() throws SurveyFileException {
    ImportResult r = read(LONG_HEADER
        + "r1,pre,6,4,side,40,yes,\n"
        + "r2,pre,6,4,back,50,no,\n"
        + "r1,post,3,7,,41,,\n"
        + "r2,post,3,7,,,,\n");
    assertThat(Imports.formatted(r)).containsExactly(
        "long.csv:2:6: age_years: respondent \"r1\" has 40 here and 41 on line 4 (row rejected)",
        "long.csv:4:6: age_years: respondent \"r1\" has 40 on line 2 and 41 here (row rejected)");
    assertThat(r.problems()).allSatisfy(p -> assertThat(p.rule()).isEqualTo(Problem.Rule.CONFLICT));
    assertThat(r.rejectedRows()).extracting(RejectedRow::line).containsExactly(2L, 4L);
    assertThat(r.rejectedRows()).allSatisfy(row -> {
      assertThat(row.respondentId()).isEqualTo("r1");
      assertThat(row.problems()).singleElement()
          .satisfies(p -> assertThat(p.rule()).isEqualTo(Problem.Rule.CONFLICT));
    });
    assertThat(r.counts().accepted()).isEqualTo(2);
    assertThat(r.survey().ids().values()).containsExactly("r2");
  }

  @Test
  void conflictingLevelsAreShownByTheirLevelNames() throws SurveyFileException {
    ImportResult r = read(LONG_HEADER + "r1,pre,6,4,side,40,yes,\nr1,post,3,7,supine,,,\n");
    assertThat(Imports.formatted(r)).containsExactly(
        "long.csv:2:5: sleep_position: respondent \"r1\" has \"side\" here and \"back\" on line 3"
            + " (row rejected)",
        "long.csv:3:5: sleep_position: respondent \"r1\" has \"side\" on line 2 and \"back\" here"
            + " (row rejected)");
  }

  @Test
  void extraColumnsKeepTheFirstNonBlankValueWithoutConflict() throws SurveyFileException {
    ImportResult r = read(LONG_HEADER + "r1,pre,6,4,side,40,yes,one\nr1,post,3,7,,,,two\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.survey().extraColumns().get(0).values()).containsExactly("one");
  }

  @Test
  void unknownWaveRejectsTheRow() throws SurveyFileException {
    ImportResult r = read(LONG_HEADER + "r1,pre,6,4,side,40,yes,\nr1,mid,5,5,side,40,yes,\n");
    assertThat(Imports.formatted(r)).containsExactly("long.csv:3:2: wave: \"mid\" is not a wave"
        + " (pre, baseline…, post, follow-up…) (row rejected)");
    assertThat(r.problems().get(0).rule()).isEqualTo(Problem.Rule.UNKNOWN_WAVE);
    assertThat(r.counts().accepted()).isEqualTo(1);
    assertThat(r.counts().rejected()).isEqualTo(1);
  }

  @Test
  void secondRowForTheSameWaveIsADuplicateWave() throws SurveyFileException {
    ImportResult r = read(LONG_HEADER
        + "r1,pre,6,4,side,40,yes,\n"
        + "r1,post,3,7,,,,\n"
        + "r1,baseline,5,5,,,,\n");
    assertThat(Imports.formatted(r)).containsExactly("long.csv:4:2: wave: respondent \"r1\""
        + " already has a pre row (line 2) (row rejected)");
    assertThat(r.problems().get(0).rule()).isEqualTo(Problem.Rule.DUPLICATE_WAVE);
    assertThat(r.counts().accepted()).isEqualTo(2);
    assertThat(r.survey().numbers("pain_morning_pre").orElseThrow().get(0)).isEqualTo(6.0);
  }

  @Test
  void rowAfterAConflictIsRejectedWithAReason() throws SurveyFileException {
    ImportResult r = read(LONG_HEADER
        + "r1,pre,6,4,side,40,yes,\n"
        + "r1,post,3,7,,41,,\n"
        + "r1,post,3,7,,,,\n");
    assertThat(r.counts().rows()).isEqualTo(3);
    assertThat(r.counts().accepted()).isZero();
    assertThat(r.rejectedRows()).hasSize(3)
        .allSatisfy(row -> assertThat(row.problems()).as("line %d", row.line()).isNotEmpty());
  }

  @Test
  void invalidOutcomeIsReportedAgainstTheWaveVariable() throws SurveyFileException {
    ImportResult r = read(LONG_HEADER + "r1,pre,6,4,side,40,yes,\nr1,post,12,7,,,,\n");
    assertThat(Imports.formatted(r)).containsExactly("long.csv:3:3: pain_morning_post: \"12\" is"
        + " above the maximum 10 (row rejected)");
    assertThat(r.counts().accepted()).isEqualTo(1);
    assertThat(r.survey().numbers("pain_morning_post").orElseThrow().get(0)).isNaN();
  }

  @Test
  void missingIdInALongFileIsRequired() throws SurveyFileException {
    ImportResult r = read(LONG_HEADER + "r1,pre,6,4,side,40,yes,\n,post,3,7,,,,\n");
    assertThat(Imports.formatted(r)).containsExactly("long.csv:3:1: respondent_id: the respondent"
        + " id is missing (row rejected)");
  }

  @Test
  void respondentWithOnlyOneWaveIsAccepted() throws SurveyFileException {
    ImportResult r = read(LONG_HEADER + "r1,pre,6,4,side,40,yes,\n");
    assertThat(r.counts().accepted()).isEqualTo(1);
    assertThat(r.survey().numbers("pain_morning_post").orElseThrow().isMissing(0)).isTrue();
  }

  @Test
  void longFileEqualsTheSameDataInWideForm() throws SurveyFileException {
    ImportResult wide = Imports.read("wide.csv",
        "respondent_id,age_years,sleep_position,lumbar_roll,pain_morning_pre,pain_morning_post,"
            + "sleep_quality_pre,sleep_quality_post,note\n"
            + "r1,40,side,yes,6,3,4,7,first\n"
            + "r2,50,back,no,7,5.5,3,5,second\n"
            + "r3,,stomach,,2,,,,\n");
    ImportResult longer = read(LONG_HEADER
        + "r1,pre,6,4,side,40,yes,first\n"
        + "r1,post,3,7,,,,\n"
        + "r2,t1,5.5,5,back,50,no,\n"
        + "r2,t0,7,3,,,,second\n"
        + "r3,before,2,,Prone,,,\n");
    assertThat(wide.problems()).isEmpty();
    assertThat(longer.problems()).isEmpty();
    assertThat(Imports.describe(longer.survey())).isEqualTo(Imports.describe(wide.survey()));
    assertThat(longer.survey().toTable().toString()).isEqualTo(wide.survey().toTable().toString());
  }
}
