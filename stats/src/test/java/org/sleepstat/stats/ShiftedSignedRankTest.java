package org.sleepstat.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The merged ranking of {@link ShiftedSignedRank} gives W(d) to the last bit as the definition
 * ({@link HodgesLehmann#standardized}, a fresh ranking per shift): on continuous values, on
 * scores on a grid with many ties, and at shifts on, between and beyond the data points.
 */
class ShiftedSignedRankTest {

  static Stream<Arguments> samples() {
    SplittableRandom random = new SplittableRandom(20260401);
    return Stream.of(
        Arguments.of("continuous", sample(random, 500, 0)),
        Arguments.of("grid of 1", sample(random, 2000, 1)),
        Arguments.of("grid of 0.1", sample(random, 3000, 0.1)),
        Arguments.of("grid of 0.5, few values", sample(random, 40, 0.5)),
        Arguments.of("one value", new double[] {1.5, 1.5, 1.5}),
        Arguments.of("two values", new double[] {-2, 2, 2, -2, -2}));
  }

  /** Non-zero changes: continuous (grid 0) or multiples of the grid, from −10 to 10. */
  private static double[] sample(SplittableRandom random, int n, double grid) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      double v;
      do {
        v = random.nextDouble(-10, 10);
        if (grid > 0) {
          v = Math.rint(v / grid) * grid;
        }
      } while (v == 0);
      x[i] = v;
    }
    return x;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sameBitsAsRankingEachShift(String name, double[] x) {
    ShiftedSignedRank w = new ShiftedSignedRank(x.clone());
    SplittableRandom random = new SplittableRandom(7);
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    double[] shifts = new double[400];
    for (int i = 0; i < shifts.length; i++) {
      shifts[i] = switch (i % 4) {
        case 0 -> x[random.nextInt(x.length)]; // on a data point
        case 1 -> (x[random.nextInt(x.length)] + x[random.nextInt(x.length)]) / 2; // Walsh
        case 2 -> random.nextDouble(min - 1, max + 1);
        default -> i % 8 == 3 ? min : max;
      };
    }
    for (double d : shifts) {
      for (boolean correct : new boolean[] {true, false}) {
        double expected = HodgesLehmann.standardized(x, d, correct);
        assertThat(Double.doubleToRawLongBits(w.standardized(d, correct)))
            .as("%s: W(%s), correct = %s", name, d, correct)
            .isEqualTo(Double.doubleToRawLongBits(expected));
      }
    }
  }
}
