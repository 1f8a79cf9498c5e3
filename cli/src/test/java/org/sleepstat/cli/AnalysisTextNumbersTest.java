package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnalysisTextNumbersTest {
  @Test
  void aTinyNegativeValueReadsAsZeroNotMinusZero() {
    assertThat(AnalysisText.num(-1.77e-5)).isEqualTo("0.000");
    assertThat(AnalysisText.num(-0.0004)).isEqualTo("0.000");
  }

  @Test
  void negativeValuesThatShowKeepTheirSign() {
    assertThat(AnalysisText.num(-0.0005)).isEqualTo("-0.001");
    assertThat(AnalysisText.num(-1.5)).isEqualTo("-1.500");
    assertThat(AnalysisText.num(-250.25)).isEqualTo("-250.3");
  }

  @Test
  void wholeNumbersHaveNoDecimals() {
    assertThat(AnalysisText.num(-3.0)).isEqualTo("-3");
    assertThat(AnalysisText.num(12.0)).isEqualTo("12");
  }
}
