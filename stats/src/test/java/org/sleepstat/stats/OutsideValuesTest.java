package org.sleepstat.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OutsideValuesTest {
  @Test
  void fewValuesBeyondTheWhiskersAreDrawnEachOnceAsTheyAre() {
    double[] values = {1, 2, 3, 4, 5, 6, 7, 8, 9, 40, 40, 41, -30};
    BoxSummary box = BoxSummary.of(values);
    assertThat(box.outliers()).isEqualTo(4);
    assertThat(OutsideValues.of(box, values)).containsExactly(-30, 40, 41);
  }

  @Test
  void thousandsOfDifferentValuesBeyondTheWhiskersAreRoundedToABoundedGrid() {
    // 100,000 values in a tight box, 5,000 different ones far above it
    double[] values = new double[105_000];
    for (int i = 0; i < 100_000; i++) {
      values[i] = 50 + i % 10;
    }
    for (int i = 0; i < 5_000; i++) {
      values[100_000 + i] = 100 + i * 0.0137;
    }
    BoxSummary box = BoxSummary.of(values);
    assertThat(box.outliers()).isEqualTo(5_000);
    double[] drawn = OutsideValues.of(box, values);
    assertThat(drawn).hasSizeLessThanOrEqualTo(OutsideValues.MAX_DRAWN);
    double lowest = 100;
    double highest = 100 + 4_999 * 0.0137;
    assertThat(drawn[0]).isEqualTo(lowest);
    assertThat(drawn[drawn.length - 1]).isEqualTo(highest);
    double step = (highest - lowest) / (OutsideValues.MAX_DRAWN - 1);
    for (double d : drawn) {
      // each point drawn stands for a value within half a step of it
      assertThat(Arrays.stream(values).filter(v -> v > box.upperWhisker())
          .anyMatch(v -> Math.abs(v - d) <= step / 2 + 1e-9)).as("%s", d).isTrue();
    }
    assertThat(drawn).isSorted().doesNotHaveDuplicates();
    assertThat(OutsideValues.of(box, values)).isEqualTo(drawn);
  }
}
