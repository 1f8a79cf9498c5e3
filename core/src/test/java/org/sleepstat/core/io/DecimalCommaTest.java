package org.sleepstat.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalCommaTest {

  @Test
  void semicolonFileReadsDecimalCommas() throws SurveyFileException {
    ImportResult r = Imports.read("eu.csv", "respondent_id;sleep_position;pain_morning_pre;bmi\n"
        + "r1;side;3,5;27,25\nr2;back;4;\"30,0\"\n");
    assertThat(r.provenance().delimiter()).isEqualTo(';');
    assertThat(r.provenance().decimalComma()).isTrue();
    assertThat(r.problems()).isEmpty();
    assertThat(r.survey().numbers("pain_morning_pre").orElseThrow().toArray())
        .containsExactly(3.5, 4.0);
    assertThat(r.survey().numbers("bmi").orElseThrow().toArray()).containsExactly(27.25, 30.0);
  }

  @Test
  void semicolonFileWithPointDecimalsHasNoDecimalComma() throws SurveyFileException {
    ImportResult r = Imports.read("pt.csv", "respondent_id;sleep_position;pain_morning_pre\n"
        + "r1;side;3.5\n");
    assertThat(r.provenance().decimalComma()).isFalse();
    assertThat(r.survey().numbers("pain_morning_pre").orElseThrow().get(0)).isEqualTo(3.5);
  }

  @Test
  void tabFileReadsDecimalCommasToo() throws SurveyFileException {
    ImportResult r = Imports.read("tab.csv", "respondent_id\tsleep_position\tpain_morning_pre\n"
        + "r1\tside\t7,25\n");
    assertThat(r.provenance().decimalComma()).isTrue();
    assertThat(r.survey().numbers("pain_morning_pre").orElseThrow().get(0)).isEqualTo(7.25);
  }

  @Test
  void decimalCommaAboveTheMaximumIsOutOfRangeAsWritten() throws SurveyFileException {
    ImportResult r = Imports.read("eu.csv", "respondent_id;sleep_position;pain_morning_pre\n"
        + "r1;side;10,5\n");
    assertThat(Imports.formatted(r)).containsExactly(
        "eu.csv:2:3: pain_morning_pre: \"10,5\" is above the maximum 10 (row rejected)");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"3,5", "1,000", "35,"})
  void quotedCommaNumberInACommaFileIsNotANumberNeverThirtyFive(String value)
      throws SurveyFileException {
    ImportResult r = Imports.read("c.csv", "respondent_id,sleep_position,bmi\n"
        + "r1,side,\"" + value + "\"\n");
    assertThat(r.provenance().decimalComma()).isFalse();
    assertThat(r.counts().accepted()).isZero();
    assertThat(Imports.formatted(r)).containsExactly("c.csv:2:3: bmi: \"" + value + "\" is not a"
        + " number (a decimal comma cannot be told apart from the delimiter in a comma-separated"
        + " file) (row rejected)");
    assertThat(r.problems().get(0).rule()).isEqualTo(Problem.Rule.NOT_A_NUMBER);
  }

  @Test
  void lenientCommaFileSetsTheCommaNumberMissingNeverThirtyFive() throws SurveyFileException {
    ImportResult r = Imports.lenient("c.csv", "respondent_id,sleep_position,bmi\n"
        + "r1,side,\"35,0\"\n");
    assertThat(r.counts().accepted()).isEqualTo(1);
    assertThat(r.survey().numbers("bmi").orElseThrow().get(0)).isNaN();
  }

  @Test
  void aGroupedThousandIsAProblemWhenNoNumberTellsTheDecimalMark() throws SurveyFileException {
    ImportResult r = Imports.read("tab.csv", "respondent_id\tsleep_position\tpain_duration_weeks\n"
        + "r1\tside\t1,040\nr2\tback\t12\n");
    assertThat(Imports.formatted(r)).containsExactly("tab.csv:2:3: pain_duration_weeks: \"1,040\""
        + " is not a number (it may be 1040 with a thousands separator or 1.04 with a decimal"
        + " comma, and no number before it shows which mark this file uses) (row rejected)");
    assertThat(r.counts().accepted()).isEqualTo(1);
  }

  @Test
  void theFirstUnambiguousNumberDecidesTheMarkForTheRestOfTheFile() throws SurveyFileException {
    // the marks seen in the first records decide; a later number with the other mark is a problem
    StringBuilder b = new StringBuilder("respondent_id\tsleep_position\tpain_duration_weeks\n");
    for (int i = 0; i < 5_000; i++) {
      b.append('r').append(i).append("\tside\t12\n");
    }
    b.append("a\tside\t2,5\nb\tside\t2.5\n");
    ImportResult r = Imports.read("late.tsv", b.toString());
    assertThat(Imports.formatted(r)).containsExactly("late.tsv:5003:3: pain_duration_weeks:"
        + " \"2.5\" is not a number (the numbers of this file have a decimal comma, not a point)"
        + " (row rejected)");
    assertThat(r.provenance().decimalComma()).isTrue();
  }
}
