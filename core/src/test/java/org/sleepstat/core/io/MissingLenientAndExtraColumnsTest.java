package org.sleepstat.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sleepstat.core.io.Imports.HEADER;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.schema.CodebookException;
import org.sleepstat.core.schema.CodebookReader;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.core.survey.TextColumn;

/** Missing tokens and codes, lenient mode, and columns the codebook does not know. */
class MissingLenientAndExtraColumnsTest {

  // ---- missing values ----

  @ParameterizedTest(name = "\"{0}\" is missing")
  @ValueSource(strings = {"", " ", "NA", "na", "N/A", "n/a", ".", "NaN", "nan", " NA "})
  void missingTokensBecomeMissingInEveryType(String token) throws SurveyFileException {
    String header = "respondent_id,sleep_position,age_years,bmi,sex,mattress_firmness,lumbar_rol"
        + "l\n";
    String q = "\"" + token + "\"";
    ImportResult r = Imports.read("m.csv",
        header + "r1,side," + String.join(",", q, q, q, q, q) + "\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.counts().accepted()).isEqualTo(1);
    Survey s = r.survey();
    for (String name : new String[] {"age_years", "bmi", "sex", "mattress_firmness",
        "lumbar_roll"}) {
      assertThat(s.column(name).orElseThrow().isMissing(0)).as(name).isTrue();
      assertThat(s.column(name).orElseThrow().text(0)).as(name).isEmpty();
    }
    assertThat(s.numbers("bmi").orElseThrow().get(0)).isNaN();
    assertThat(s.levels("sex").orElseThrow().code(0)).isEqualTo(LevelColumn.MISSING);
  }

  @ParameterizedTest(name = "\"{0}\" is not a missing token")
  @ValueSource(strings = {"none", "-", "?", "NULL", "missing", "-99"})
  void otherPlaceholdersAreProblemsUnlessTheCodebookDeclaresThem(String token)
      throws SurveyFileException {
    ImportResult r = Imports.read("m.csv", HEADER + "r1,side," + token + ",40\n");
    assertThat(r.problems()).singleElement()
        .satisfies(p -> assertThat(p.rule()).isIn(Problem.Rule.NOT_A_NUMBER,
            Problem.Rule.OUT_OF_RANGE));
  }

  @Test
  void codebookMissingCodesBecomeMissing() throws CodebookException, SurveyFileException {
    Codebook labPilot = CodebookReader.read(
        Path.of(resourceUri("/org/sleepstat/core/schema/codebooks/lab-pilot.csv")));
    ImportResult r = SurveyImporter.withDefaults().with(labPilot).read(ByteSource.ofResource(
        "lab-pilot-survey.csv", getClass(), "lab-pilot-survey.csv"));
    assertThat(Imports.formatted(r)).containsExactly(
        "lab-pilot-survey.csv:5:4: age: \"-98\" is below the minimum 18 (row rejected)",
        "lab-pilot-survey.csv:6:2: position: \"supine\" is not one of side, back, front"
            + " (row rejected)");
    Survey s = r.survey();
    assertThat(s.ids().values()).containsExactly("P01", "P02", "P03");
    NumberColumn age = s.numbers("age").orElseThrow();
    assertThat(age.toArray()).containsExactly(34.0, Double.NaN, Double.NaN);
    assertThat(s.numbers("pain_pre").orElseThrow().toArray()).containsExactly(6.5, Double.NaN,
        4.0);
    assertThat(s.levels("firmness").orElseThrow().toCodes()).containsExactly(2, -1, 0);
    assertThat(s.levels("position").orElseThrow().toCodes()).containsExactly(0, 2, 1);
    assertThat(s.levels("smoker").orElseThrow().toCodes()).containsExactly(1, 0, -1);
    assertThat(s.hasPairedOutcomes()).isTrue();
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsKeepsItsIdInTheRejectedRows() throws SurveyFileException {
    ImportResult r = Imports.read("w.csv", HEADER + "r1,side,3,40\nr2,back,4\n,side\n");
    assertThat(r.rejectedRows()).extracting(RejectedRow::respondentId)
        .containsExactly("r2", "");
  }

  // ---- lenient ----

  @Test
  void lenientKeepsTheRowWithTheBadCellMissing() throws SurveyFileException {
    ImportResult r = Imports.lenient("l.csv",
        "respondent_id,sleep_position,pain_morning_pre,age_years,sex,lumbar_roll\n"
            + "r1,side,11,40.5,x,maybe\nr2,back,3,41,f,y\n");
    assertThat(r.counts().accepted()).isEqualTo(2);
    assertThat(r.counts().rejected()).isZero();
    assertThat(Imports.formatted(r)).containsExactly(
        "l.csv:2:3: pain_morning_pre: \"11\" is above the maximum 10 (set missing)",
        "l.csv:2:4: age_years: \"40.5\" is not a whole number (set missing)",
        "l.csv:2:5: sex: \"x\" is not one of female, male, other, unknown (set missing)",
        "l.csv:2:6: lumbar_roll: \"maybe\" is not yes or no (set missing)");
    assertThat(r.problems()).allSatisfy(
        p -> assertThat(p.action()).isEqualTo(Problem.Action.SET_MISSING));
    Survey s = r.survey();
    assertThat(s.numbers("pain_morning_pre").orElseThrow().toArray())
        .containsExactly(Double.NaN, 3.0);
    assertThat(s.numbers("age_years").orElseThrow().toArray()).containsExactly(Double.NaN, 41.0);
    assertThat(s.levels("sex").orElseThrow().toCodes()).containsExactly(-1, 0);
    assertThat(s.levels("lumbar_roll").orElseThrow().toCodes()).containsExactly(-1, 1);
  }

  @Test
  void lenientStillRejectsFieldCountIdAndRequiredProblems() throws SurveyFileException {
    ImportResult r = Imports.lenient("l.csv", Imports.HEADER
        + "r1,side,3,40\n"
        + "r2,side,3\n"          // field count
        + ",,,\n"                // empty row
        + "NA,side,3,40\n"       // missing id
        + "r1,side,3,40\n"       // duplicate id
        + "r5,,3,40\n"           // required missing
        + "r6,hammock,3,40\n"    // required variable, invalid value
        + "r7,back,99,40\n");    // mendable
    assertThat(r.counts().rows()).isEqualTo(8);
    assertThat(r.counts().accepted()).isEqualTo(2);
    assertThat(r.counts().rejected()).isEqualTo(6);
    assertThat(r.survey().ids().values()).containsExactly("r1", "r7");
    assertThat(r.problems()).extracting(Problem::rule, Problem::action).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Problem.Rule.FIELD_COUNT, Problem.Action.ROW_REJECTED),
        org.assertj.core.groups.Tuple.tuple(Problem.Rule.EMPTY_ROW, Problem.Action.ROW_REJECTED),
        org.assertj.core.groups.Tuple.tuple(Problem.Rule.REQUIRED, Problem.Action.ROW_REJECTED),
        org.assertj.core.groups.Tuple.tuple(Problem.Rule.DUPLICATE_ID,
            Problem.Action.ROW_REJECTED),
        org.assertj.core.groups.Tuple.tuple(Problem.Rule.REQUIRED, Problem.Action.ROW_REJECTED),
        org.assertj.core.groups.Tuple.tuple(Problem.Rule.UNKNOWN_LEVEL,
            Problem.Action.ROW_REJECTED),
        org.assertj.core.groups.Tuple.tuple(Problem.Rule.OUT_OF_RANGE,
            Problem.Action.SET_MISSING));
  }

  @Test
  void strictModeRejectsWhatLenientModeMends() throws SurveyFileException {
    String text = Imports.HEADER + "r1,side,99,40\n";
    assertThat(Imports.read("l.csv", text).counts().accepted()).isZero();
    assertThat(Imports.lenient("l.csv", text).counts().accepted()).isEqualTo(1);
  }

  // ---- extra columns ----

  @Test
  void unknownColumnsAreKeptAsTextInFileOrder() throws SurveyFileException {
    ImportResult r = Imports.read("x.csv",
        "Site,respondent_id,Comment,sleep_position,,Visit Date\n"
            + "Leeds,r1,\" sore , stiff \",side,a,2024-03-01\n"
            + "York,r2,,back,b,NA\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.extraColumns()).containsExactly("Site", "Comment", "column_5", "Visit Date");
    assertThat(r.columns()).extracting(ColumnMapping::variable)
        .containsExactly(null, "respondent_id", null, "sleep_position", null, null);
    Survey s = r.survey();
    assertThat(s.extraColumns()).extracting(TextColumn::name)
        .containsExactly("Site", "Comment", "column_5", "Visit Date");
    assertThat(s.extraColumns().get(0).values()).containsExactly("Leeds", "York");
    // extra text is kept exactly as written, missing tokens included
    assertThat(s.extraColumns().get(1).values()).containsExactly(" sore , stiff ", "");
    assertThat(s.extraColumns().get(3).values()).containsExactly("2024-03-01", "NA");
    assertThat(s.extraColumns().get(0).variable()).isEmpty();
    // the codebook's columns come first, in codebook order
    assertThat(s.columns()).extracting(c -> c.name()).containsExactly("respondent_id",
        "sleep_position", "Site", "Comment", "column_5", "Visit Date");
  }

  @Test
  void freeTextLongerThanAHundredThousandCharactersIsRead() throws SurveyFileException {
    String essay = "My back hurts, \"mostly\" in the morning.\n".repeat(4_000);
    assertThat(essay.length()).isGreaterThan(100_000);
    String quoted = "\"" + essay.replace("\"", "\"\"") + "\"";
    ImportResult r = Imports.read("long-text.csv",
        "respondent_id,story,sleep_position,pain_morning_pre\n"
            + "r1," + quoted + ",side,3\n"
            + "r2,short,back,11\n");
    assertThat(r.counts().accepted()).isEqualTo(1);
    assertThat(r.survey().extraColumns().get(0).get(0)).isEqualTo(essay);
    // the newlines inside the essay still count as lines
    assertThat(Imports.formatted(r)).containsExactly("long-text.csv:4003:4: pain_morning_pre:"
        + " \"11\" is above the maximum 10 (row rejected)");
  }

  private static java.net.URI resourceUri(String resource) {
    try {
      return MissingLenientAndExtraColumnsTest.class.getResource(resource).toURI();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
