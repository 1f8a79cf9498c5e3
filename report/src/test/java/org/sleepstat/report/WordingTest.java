package org.sleepstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sleepstat.stats.Stat;

class WordingTest {
  @Test
  void negativeNumbersGetATrueMinusAndNegativeZeroNone() {
    assertThat(Wording.number(-2.24, 1)).isEqualTo("−2.2");
    assertThat(Wording.number(-0.04, 1)).isEqualTo("0.0");
    assertThat(Wording.number(3.96, 1)).isEqualTo("4.0");
  }

  @Test
  void pValuesBelowOneInAThousandAreNotGivenAsZero() {
    assertThat(Wording.p(Stat.of(1e-30))).isEqualTo("p < 0.001");
    assertThat(Wording.p(Stat.of(0.0123))).isEqualTo("p = 0.012");
    assertThat(Wording.p(Stat.undefined("n = 1"))).isEqualTo("p NA");
  }

  @Test
  void countsAgreeWithTheirNoun() {
    assertThat(Wording.count(1, "row")).isEqualTo("1 row");
    assertThat(Wording.count(1200, "row")).isEqualTo("1,200 rows");
    assertThat(Wording.percent(Stat.of(0.544))).isEqualTo("54%");
  }

  @Test
  void aDataSheetCutAtExcelsRowLimitSaysHowManyAreLeftOutAndThatTheStatisticsUseThem() {
    assertThat(Wording.dataSheetCut(1_048_574, 10_000_000)).isEqualTo("The Data sheet holds"
        + " the first 1,048,574 of 10,000,000 accepted respondents (Excel holds 1,048,576 rows"
        + " per sheet); 8,951,426 are left out of the sheet but not out of the statistics.");
    assertThat(Reports.sample().dataSheetRespondents()).isEqualTo(395);
    assertThat(Reports.sample().dataSheetNote()).isEmpty();
  }
}
