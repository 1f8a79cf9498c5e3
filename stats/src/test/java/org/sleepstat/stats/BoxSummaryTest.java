package org.sleepstat.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BoxSummaryTest {
  @Test
  void quartilesAreRsType7AndAnOutlierEndsTheWhiskerAtTheLastValueInside() {
    BoxSummary b = BoxSummary.of(new double[] {100, 9, 8, 7, 6, 5, 4, 3, 2, 1});
    // R 4.2: quantile(c(1:9, 100), c(.25, .5, .75)) = 3.25 5.50 7.75
    assertThat(b.q1()).isEqualTo(3.25);
    assertThat(b.median()).isEqualTo(5.5);
    assertThat(b.q3()).isEqualTo(7.75);
    // fences 3.25 - 6.75 and 7.75 + 6.75: the whiskers end at the data, 1 and 9, not at a fence
    assertThat(b.lowerWhisker()).isEqualTo(1);
    assertThat(b.upperWhisker()).isEqualTo(9);
    assertThat(b.outliers()).isEqualTo(1);
    assertThat(b.n()).isEqualTo(10);
  }

  @Test
  void evenCountsInterpolateBetweenNeighbours() {
    // R 4.2: quantile(c(0.1, 0.2, 0.7, 0.9, 1.3, 2.2), c(.25, .5, .75))
    //   = 0.32500000000000001 0.80000000000000004 1.20000000000000018
    BoxSummary b = BoxSummary.of(new double[] {0.9, 0.1, 2.2, 0.7, 1.3, 0.2});
    assertThat(b.q1()).isCloseTo(0.32500000000000001, within(1e-15));
    assertThat(b.median()).isCloseTo(0.80000000000000004, within(1e-15));
    assertThat(b.q3()).isCloseTo(1.20000000000000018, within(1e-15));
    assertThat(b.outliers()).isZero();
    assertThat(b.lowerWhisker()).isEqualTo(0.1);
    assertThat(b.upperWhisker()).isEqualTo(2.2);
  }

  @Test
  void oneValueIsItsOwnBox() {
    BoxSummary b = BoxSummary.of(new double[] {4});
    assertThat(new double[] {b.lowerWhisker(), b.q1(), b.median(), b.q3(), b.upperWhisker()})
        .containsOnly(4);
  }

  @Test
  void noValuesIsRefused() {
    assertThatThrownBy(() -> BoxSummary.of(new double[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BoxSummary.of(new double[] {1, Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void groupsReadInOnePassGiveTheBoxesOfTheirValues() {
    double[] values = {100, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0.9, 0.1, 2.2, 0.7, 1.3, 0.2};
    int[] group = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1};
    BoxSummary a = BoxSummary.of(Arrays.copyOfRange(values, 0, 10));
    BoxSummary b = BoxSummary.of(Arrays.copyOfRange(values, 10, 16));
    assertThat(BoxSummary.of(new double[] {a.q1(), b.q1()},
        new double[] {a.median(), b.median()}, new double[] {a.q3(), b.q3()}, values.length,
        i -> group[i], i -> values[i])).containsExactly(a, b);
  }
}
