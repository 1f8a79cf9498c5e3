package org.sleepstat.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.schema.Variable;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The typed columnar survey, built through {@link SurveyBuilder} as an importer does. */
class SurveyModelTest {
  private static final Codebook CB = Codebook.builtIn();
  private Survey survey;

  private static Variable v(String name) {
    return CB.variable(name).orElseThrow();
  }

  /** Three respondents; the second has every optional value missing. */
  @BeforeEach
  void build() {
    // given out of codebook order on purpose: the survey keeps codebook order
    List<Variable> present = List.of(v("pain_morning_pre"), v("lumbar_roll"), v("age_years"),
        v("sleep_position"), v("mattress_firmness"), v("respondent_id"), v("pain_morning_post"));
    SurveyBuilder b = new SurveyBuilder(CB, present, List.of("Comment"));
    int id = b.slotOf(v("respondent_id"));
    int age = b.slotOf(v("age_years"));
    int pos = b.slotOf(v("sleep_position"));
    int firm = b.slotOf(v("mattress_firmness"));
    int roll = b.slotOf(v("lumbar_roll"));
    int pre = b.slotOf(v("pain_morning_pre"));
    int post = b.slotOf(v("pain_morning_post"));
    int comment = b.extraSlot(0);

    b.setText(id, "r1");
    b.setNumber(age, 40);
    b.setCode(pos, 0);
    b.setCode(firm, 2);
    b.setCode(roll, 1);
    b.setNumber(pre, 6.5);
    b.setNumber(post, 3);
    b.setText(comment, "stiff");
    b.commit(2);

    b.setText(id, "r2");
    b.setCode(pos, 1);
    b.commit(3);

    b.setText(id, "r3");
    b.setNumber(age, 71);
    b.setCode(pos, 0);
    b.setCode(firm, 3);
    b.setCode(roll, 0);
    b.setNumber(pre, 8);
    b.setNumber(post, 7.25);
    b.commit(7);
    survey = b.build();
  }

  @Test
  void columnsAreIdThenCodebookOrderThenExtras() {
    assertThat(survey.columns()).extracting(Column::name).containsExactly("respondent_id",
        "age_years", "sleep_position", "mattress_firmness", "lumbar_roll", "pain_morning_pre",
        "pain_morning_post", "Comment");
    assertThat(survey.size()).isEqualTo(3);
    assertThat(survey.has("bmi")).isFalse();
    assertThat(survey.column("bmi")).isEmpty();
    assertThat(survey.codebook()).isSameAs(CB);
  }

  @Test
  void columnsAreTypedByVariable() {
    assertThat(survey.column("respondent_id")).containsInstanceOf(TextColumn.class);
    assertThat(survey.column("age_years")).containsInstanceOf(NumberColumn.class);
    assertThat(survey.column("pain_morning_pre")).containsInstanceOf(NumberColumn.class);
    assertThat(survey.column("sleep_position")).containsInstanceOf(LevelColumn.class);
    assertThat(survey.column("lumbar_roll")).containsInstanceOf(LevelColumn.class);
    assertThat(survey.column("Comment")).containsInstanceOf(TextColumn.class);
    assertThat(survey.numbers("sleep_position")).isEmpty();
    assertThat(survey.levels("age_years")).isEmpty();
  }

  @Test
  void unsetSlotsAreMissing() {
    assertThat(survey.numbers("age_years").orElseThrow().toArray())
        .containsExactly(40.0, Double.NaN, 71.0);
    assertThat(survey.levels("mattress_firmness").orElseThrow().toCodes())
        .containsExactly(2, LevelColumn.MISSING, 3);
    assertThat(survey.extraColumns().get(0).values()).containsExactly("stiff", "", "");
    assertThat(survey.column("age_years").orElseThrow().missingCount()).isEqualTo(1);
    assertThat(survey.column("Comment").orElseThrow().missingCount()).isEqualTo(2);
  }

  @Test
  void textIsTheNormalWrittenForm() {
    assertThat(survey.column("pain_morning_post").orElseThrow().text(0)).isEqualTo("3");
    assertThat(survey.column("pain_morning_post").orElseThrow().text(2)).isEqualTo("7.25");
    assertThat(survey.column("pain_morning_post").orElseThrow().text(1)).isEmpty();
    assertThat(survey.column("mattress_firmness").orElseThrow().text(0)).isEqualTo("medium_firm");
    assertThat(survey.column("lumbar_roll").orElseThrow().text(0)).isEqualTo("yes");
    assertThat(survey.column("lumbar_roll").orElseThrow().text(2)).isEqualTo("no");
  }

  @Test
  void levelColumnCountsEachLevelAndSkipsMissing() {
    assertThat(survey.levels("sleep_position").orElseThrow().counts())
        .containsExactly(2, 1, 0, 0);
    assertThat(survey.levels("mattress_firmness").orElseThrow().counts())
        .containsExactly(0, 0, 1, 1);
    assertThat(survey.levels("lumbar_roll").orElseThrow().counts()).containsExactly(1, 1);
    assertThat(survey.levels("lumbar_roll").orElseThrow().levels()).containsExactly("no", "yes");
  }

  @Test
  void sourceLineIsWhereEachRespondentStarts() {
    assertThat(survey.sourceLine(0)).isEqualTo(2);
    assertThat(survey.sourceLine(1)).isEqualTo(3);
    assertThat(survey.sourceLine(2)).isEqualTo(7);
  }

  @Test
  void idsAndExtraColumnsAreTextColumns() {
    assertThat(survey.ids().values()).containsExactly("r1", "r2", "r3");
    assertThat(survey.ids().variable()).contains(v("respondent_id"));
    assertThat(survey.extraColumns()).extracting(TextColumn::name).containsExactly("Comment");
    assertThat(survey.extraColumns().get(0).variable()).isEmpty();
  }

  @Test
  void pairedOutcomesNeedBothWaves() {
    assertThat(survey.hasPairedOutcomes()).isTrue();
    Survey preOnly = new SurveyBuilder(CB, List.of(v("respondent_id"), v("sleep_position"),
        v("pain_morning_pre"), v("pain_night_post")), List.of()).build();
    assertThat(preOnly.hasPairedOutcomes()).isFalse();
  }

  @Test
  void tableHasTablesawColumnsOfTheRightTypes() {
    Table t = survey.toTable();
    assertThat(t.name()).isEqualTo("sleep-back-pain");
    assertThat(t.rowCount()).isEqualTo(3);
    assertThat(t.columnNames()).containsExactly("respondent_id", "age_years", "sleep_position",
        "mattress_firmness", "lumbar_roll", "pain_morning_pre", "pain_morning_post", "Comment");
    assertThat(t.column("respondent_id")).isInstanceOf(StringColumn.class);
    assertThat(t.column("age_years")).isInstanceOf(IntColumn.class);
    assertThat(t.column("sleep_position")).isInstanceOf(StringColumn.class);
    assertThat(t.column("mattress_firmness")).isInstanceOf(StringColumn.class);
    assertThat(t.column("lumbar_roll")).isInstanceOf(BooleanColumn.class);
    assertThat(t.column("pain_morning_pre")).isInstanceOf(DoubleColumn.class);
    assertThat(t.column("Comment").type()).isEqualTo(ColumnType.STRING);
  }

  @Test
  void tableKeepsValuesAndMissingValues() {
    Table t = survey.toTable();
    IntColumn age = t.intColumn("age_years");
    assertThat(age.get(0)).isEqualTo(40);
    assertThat(age.isMissing(1)).isTrue();
    assertThat(age.get(2)).isEqualTo(71);
    DoubleColumn post = t.doubleColumn("pain_morning_post");
    assertThat(post.get(2)).isEqualTo(7.25);
    assertThat(post.isMissing(1)).isTrue();
    assertThat(post.countMissing()).isEqualTo(1);
    BooleanColumn roll = t.booleanColumn("lumbar_roll");
    assertThat(roll.get(0)).isTrue();
    assertThat(roll.isMissing(1)).isTrue();
    assertThat(roll.get(2)).isFalse();
    StringColumn firm = t.stringColumn("mattress_firmness");
    assertThat(firm.get(0)).isEqualTo("medium_firm");
    assertThat(firm.isMissing(1)).isTrue();
    StringColumn comment = t.stringColumn("Comment");
    assertThat(comment.get(0)).isEqualTo("stiff");
    assertThat(comment.isMissing(1)).isTrue();
    assertThat(t.stringColumn("respondent_id").asList()).containsExactly("r1", "r2", "r3");
  }

  @Test
  void columnsAreImmutableCopies() {
    NumberColumn age = survey.numbers("age_years").orElseThrow();
    double[] copy = age.toArray();
    copy[0] = 99;
    assertThat(age.get(0)).isEqualTo(40.0);
    int[] codes = survey.levels("sleep_position").orElseThrow().toCodes();
    codes[0] = 3;
    assertThat(survey.levels("sleep_position").orElseThrow().code(0)).isZero();
    assertThatThrownBy(() -> survey.columns().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void builderRejectsLevelCodesThatDoNotFitAByte() {
    SurveyBuilder b = new SurveyBuilder(CB, List.of(v("respondent_id")), List.of());
    assertThatThrownBy(() -> b.setCode(0, 128)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.setCode(0, -2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void builderGrowsPastItsInitialCapacity() {
    SurveyBuilder b = new SurveyBuilder(CB, List.of(v("respondent_id"), v("bmi")), List.of());
    for (int i = 0; i < 1_000; i++) {
      b.setText(0, "r" + i);
      b.setNumber(b.slotOf(v("bmi")), 20 + i % 10);
      b.commit(i + 2);
    }
    Survey s = b.build();
    assertThat(s.size()).isEqualTo(1_000);
    assertThat(s.ids().get(999)).isEqualTo("r999");
    assertThat(s.numbers("bmi").orElseThrow().get(999)).isEqualTo(29.0);
    assertThat(s.sourceLine(999)).isEqualTo(1_001);
  }
}
