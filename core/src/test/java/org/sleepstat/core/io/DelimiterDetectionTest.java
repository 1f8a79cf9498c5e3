package org.sleepstat.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DelimiterDetectionTest {

  private static String sample(char d) {
    return String.join(String.valueOf(d), "respondent_id", "sleep_position", "pain_morning_pre",
        "note") + "\n"
        + String.join(String.valueOf(d), "r1", "side", "3", "\"a, b; c | d\ttab\"") + "\n"
        + String.join(String.valueOf(d), "r2", "back", "4", "\"x,y,z;;||\"") + "\n";
  }

  @ParameterizedTest(name = "delimiter {0}")
  @ValueSource(chars = {',', ';', '\t', '|'})
  void snifferFindsTheDelimiterDespiteOthersInsideQuotes(char delimiter) {
    assertThat(DelimiterSniffer.sniff(sample(delimiter))).isEqualTo(delimiter);
  }

  @ParameterizedTest(name = "delimiter {0} is named {1}")
  @CsvSource(delimiter = ' ', value = {"',' comma", "';' semicolon", "'\t' tab", "'|' pipe"})
  void importReadsEveryFieldWithTheDetectedDelimiter(char delimiter, String name)
      throws SurveyFileException {
    ImportResult r = Imports.read("d.csv", sample(delimiter));
    assertThat(r.provenance().delimiter()).isEqualTo(delimiter);
    assertThat(r.provenance().delimiterName()).isEqualTo(name);
    assertThat(r.problems()).isEmpty();
    assertThat(r.counts().accepted()).isEqualTo(2);
    assertThat(r.survey().extraColumns()).singleElement()
        .satisfies(c -> assertThat(c.values()).containsExactly("a, b; c | d\ttab", "x,y,z;;||"));
  }

  @Test
  void quotedHeaderNamesMayHoldOtherDelimiters() {
    String text = "\"id, the respondent's\"|sleep_position|\"notes; comments, etc\"\n"
        + "r1|side|\"a,b;c\"\nr2|back|\"d,e;f\"\n";
    assertThat(DelimiterSniffer.sniff(text)).isEqualTo('|');
  }

  @Test
  void semicolonFileWithDecimalCommasIsSemicolonSeparated() {
    String text = "respondent_id;sleep_position;pain_morning_pre;bmi\n"
        + "r1;side;3,5;27,1\nr2;back;4;30,25\n";
    assertThat(DelimiterSniffer.sniff(text)).isEqualTo(';');
  }

  @Test
  void crLfLineEndsAndBlankLinesDoNotConfuseTheSniffer() {
    String text = "respondent_id\tsleep_position\tage_years\r\n\r\nr1\tside\t40\r\nr2\tback\t41"
        + "\r\n";
    assertThat(DelimiterSniffer.sniff(text)).isEqualTo('\t');
  }

  @Test
  void theCandidateThatAgreesWithMostRowsWinsOverOneMoreFrequentInTheHeader() {
    // the header has more commas than semicolons, but only ';' splits the rows like the header
    String text = "a,b;c,d,e;f\n1;2;3\n4;5;6\n";
    assertThat(DelimiterSniffer.sniff(text)).isEqualTo(';');
  }

  @Test
  void headerOnlyPicksTheMostFrequentCandidate() {
    assertThat(DelimiterSniffer.sniff("respondent_id;sleep_position;age_years\n")).isEqualTo(';');
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n\n", "respondent_id\n"})
  void withoutAnyCandidateTheDelimiterIsComma(String text) {
    assertThat(DelimiterSniffer.sniff(text)).isEqualTo(',');
  }
}
