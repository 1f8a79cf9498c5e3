package org.sleepstat.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FittedLineTest {
  @Test
  void lineIsRsLeastSquaresFit() {
    FittedLine line = FittedLine.fit(new double[] {1, 2, 3, 4}, new double[] {2, 4, 5, 8});
    // R 4.2: coef(lm(c(2, 4, 5, 8) ~ c(1, 2, 3, 4))) = 1.7763568394002505e-15 1.8999999999999995
    assertThat(line.intercept().getAsDouble()).isCloseTo(0, within(1e-12));
    assertThat(line.slope().getAsDouble()).isCloseTo(1.9, within(1e-12));
    assertThat(line.at(10)).isCloseTo(19, within(1e-12));
  }

  @Test
  void noLineWhenTheAgesDoNotVaryOrAreTooFew() {
    FittedLine flat = FittedLine.fit(new double[] {5, 5, 5}, new double[] {1, 2, 3});
    assertThat(flat.slope().isDefined()).isFalse();
    assertThat(flat.slope().reason()).contains("does not vary");
    assertThat(FittedLine.fit(new double[] {1}, new double[] {2}).intercept().isDefined())
        .isFalse();
  }
}
