package org.sleepstat.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MeanIntervalTest {
  @Test
  void intervalIsRsOneSampleTInterval() {
    MeanInterval m = MeanInterval.of(new double[] {2, 4, 4, 5, 7});
    assertThat(m.n()).isEqualTo(5);
    assertThat(m.mean().getAsDouble()).isEqualTo(4.4);
    // R 4.2: sd(x) = 1.8165902124584949; t.test(x)$conf.int = 2.1444053337009601 6.6555946662990406
    assertThat(m.sd().getAsDouble()).isCloseTo(1.8165902124584949, within(1e-14));
    assertThat(m.ciLow().getAsDouble()).isCloseTo(2.1444053337009601, within(1e-12));
    assertThat(m.ciHigh().getAsDouble()).isCloseTo(6.6555946662990406, within(1e-12));
    assertThat(m.minus().getAsDouble()).isCloseTo(4.4 - 2.1444053337009601, within(1e-12));
    assertThat(m.plus().getAsDouble()).isCloseTo(6.6555946662990406 - 4.4, within(1e-12));
  }

  @Test
  void oneValueHasAMeanButNoInterval() {
    MeanInterval m = MeanInterval.of(new double[] {3});
    assertThat(m.mean().getAsDouble()).isEqualTo(3);
    assertThat(m.ciLow().isDefined()).isFalse();
    assertThat(m.ciLow().reason()).contains("n = 1");
    assertThat(m.plus().isDefined()).isFalse();
  }

  @Test
  void noValuesHaveNothing() {
    MeanInterval m = MeanInterval.of(new double[0]);
    assertThat(m.n()).isZero();
    assertThat(m.mean().isDefined()).isFalse();
  }
}
