package org.sleepstat.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sleepstat.core.survey.Survey;

/** Reading a survey through a column map: mapped columns first, then names, then extras. */
class ColumnMappingImportTest {
  private static SurveyImporter mapped(String map) throws SurveyFileException {
    return SurveyImporter.withDefaults().with(ColumnMap.parse("map.csv",
        "column,variable\n" + map));
  }

  @Test
  void mappedColumnsThenNamesThenExtras() throws SurveyFileException {
    ImportResult r = Imports.read(mapped("id,respondent_id\npos,sleep_position\nyears,age_years\n"),
        "s.csv", "id,pos,years,bmi,note\nA,side,40,22.5,x\nB,Back,50,,\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.columns()).extracting(ColumnMapping::variable)
        .containsExactly("respondent_id", "sleep_position", "age_years", "bmi", null);
    assertThat(r.extraColumns()).containsExactly("note");
    Survey s = r.survey();
    assertThat(s.ids().values()).containsExactly("A", "B");
    assertThat(s.levels("sleep_position").orElseThrow().toCodes()).containsExactly(0, 1);
    assertThat(s.numbers("age_years").orElseThrow().toArray()).containsExactly(40.0, 50.0);
  }

  @Test
  void mapColumnsAndVariablesMatchIgnoringCaseAndSeparators() throws SurveyFileException {
    ImportResult r = Imports.read(mapped("ID,Respondent ID\nSleep-Pos,sleep_position\n"),
        "s.csv", "id,sleep_pos\nA,side\n");
    assertThat(r.counts().accepted()).isEqualTo(1);
    assertThat(r.columns()).extracting(ColumnMapping::variable)
        .containsExactly("respondent_id", "sleep_position");
  }

  @Test
  void aColumnMatchingByNameLosesToAMappedColumnAndBecomesAnExtra() throws SurveyFileException {
    ImportResult r = Imports.read(mapped("age_in_2024,age_years\n"), "s.csv",
        "respondent_id,sleep_position,age_years,age_in_2024\nA,side,12,40\n");
    assertThat(r.problems()).isEmpty(); // 12 would be below the minimum 16
    assertThat(r.survey().numbers("age_years").orElseThrow().get(0)).isEqualTo(40.0);
    assertThat(r.extraColumns()).containsExactly("age_years");
    // in the survey the extra column keeps a name of its own
    assertThat(r.survey().extraColumns()).extracting(c -> c.name())
        .containsExactly("age_years (column 3)");
    assertThat(r.survey().extraColumns().get(0).values()).containsExactly("12");
  }

  @Test
  void aMapNamingAColumnTheFileLacksIsAnErrorAtTheMapsLine() {
    assertThatThrownBy(() -> Imports.read(
        mapped("id,respondent_id\npain_wakeup,pain_morning_pre\n"),
        "s.csv", "id,sleep_position\nA,side\n"))
        .isInstanceOf(SurveyFileException.class)
        .hasMessage("map.csv:3: column \"pain_wakeup\" is not in s.csv (its columns: id,"
            + " sleep_position)");
  }

  @Test
  void aMapNamingAVariableTheCodebookLacksIsAnError() {
    assertThatThrownBy(() -> Imports.read(mapped("pos,sleep_posture\n"), "s.csv",
        "respondent_id,pos\nA,side\n"))
        .hasMessage("map.csv:2: \"sleep_posture\" is not a variable of the codebook"
            + " sleep-back-pain v1 (nor an outcome measured in each wave, nor wave)");
  }

  @Test
  void twoColumnsMappedToOneVariableIsAnError() {
    assertThatThrownBy(() -> Imports.read(mapped("a,age_years\nb,age_years\n"), "s.csv",
        "respondent_id,sleep_position,a,b\nA,side,1,2\n"))
        .hasMessage("map.csv:3: \"age_years\" is mapped from two columns, a and b");
  }

  @Test
  void anOutcomeAndItsWaveVariableCannotBothBeMapped() {
    assertThatThrownBy(() -> Imports.read(mapped("w,pain_morning\nx,pain_morning_pre\n"), "s.csv",
        "respondent_id,wave,sleep_position,w,x\nA,pre,side,1,2\n"))
        .hasMessage("map.csv:3: \"pain_morning_pre\" is mapped from two columns, w and x");
  }

  @Test
  void anOutcomeMappedInAWideFileIsAnError() {
    assertThatThrownBy(() -> Imports.read(mapped("pain_wake,pain_morning\n"), "s.csv",
        "respondent_id,sleep_position,pain_wake\nA,side,3\n"))
        .hasMessage("map.csv:2: pain_wake -> pain_morning: an outcome measured in each wave needs"
            + " a long file with a wave column; map pain_wake to pain_morning_pre or"
            + " pain_morning_post instead");
  }

  @Test
  void aMappedOutcomeInALongFileFillsPreAndPostByWave() throws SurveyFileException {
    ImportResult r = Imports.read(mapped("pain_wake,pain_morning\nwhen,wave\n"), "s.csv",
        "respondent_id,when,sleep_position,pain_wake\nA,baseline,side,7\nA,follow-up,,4.5\n"
            + "B,pre,back,6\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.provenance().format()).isEqualTo(SurveyFormat.LONG);
    assertThat(r.columns()).extracting(ColumnMapping::kind).containsExactly(
        ColumnMapping.Kind.VARIABLE, ColumnMapping.Kind.WAVE, ColumnMapping.Kind.VARIABLE,
        ColumnMapping.Kind.OUTCOME);
    Survey s = r.survey();
    assertThat(s.numbers("pain_morning_pre").orElseThrow().toArray()).containsExactly(7.0, 6.0);
    assertThat(s.numbers("pain_morning_post").orElseThrow().isMissing(1)).isTrue();
    assertThat(s.numbers("pain_morning_post").orElseThrow().get(0)).isEqualTo(4.5);
  }

  @Test
  void anInvalidMappedOutcomeIsReportedAgainstTheWavesVariable() throws SurveyFileException {
    ImportResult r = Imports.read(mapped("pain_wake,pain_morning\nwhen,wave\n"), "s.csv",
        "respondent_id,when,sleep_position,pain_wake\nA,pre,side,7\nA,post,,11\n");
    assertThat(Imports.formatted(r)).containsExactly("s.csv:3:4: pain_morning_post: \"11\" is"
        + " above the maximum 10 (row rejected)");
  }

  @Test
  void twoWaveColumnsCannotBeMapped() {
    assertThatThrownBy(() -> Imports.read(mapped("a,wave\nb,wave\n"), "s.csv",
        "respondent_id,sleep_position,a,b\nA,side,pre,pre\n"))
        .hasMessage("map.csv:3: \"wave\" is mapped from two columns, a and b");
  }

  @Test
  void columnsForTellsHowAHeaderWouldBeReadWithoutRequiringColumns() throws SurveyFileException {
    List<ColumnMapping> columns = mapped("years,age_years\n").columnsFor(
        List.of("years", "bmi", "misc"));
    assertThat(columns).containsExactly(
        new ColumnMapping(1, "years", "age_years", ColumnMapping.Kind.VARIABLE),
        new ColumnMapping(2, "bmi", "bmi", ColumnMapping.Kind.VARIABLE),
        new ColumnMapping(3, "misc", null, ColumnMapping.Kind.EXTRA));
  }

  @Test
  void withoutAMapNothingChanges() throws SurveyFileException {
    String text = "respondent_id,sleep_position,age\nA,side,40\n";
    assertThat(Imports.describe(Imports.read(SurveyImporter.withDefaults().with((ColumnMap) null),
        "s.csv", text).survey())).isEqualTo(Imports.describe(Imports.read("s.csv", text).survey()));
  }
}
