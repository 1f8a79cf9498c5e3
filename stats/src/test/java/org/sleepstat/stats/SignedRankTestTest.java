package org.sleepstat.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.commons.statistics.inference.PValueMethod;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The signed-rank test that {@link ShiftedSignedRank#test()} takes from a tally of the changes
 * gives Commons Statistics' {@code WilcoxonSignedRankTest} (normal approximation, which matches
 * R's wilcox.test) to the last bit: statistic, p-value and whether there are ties.
 */
class SignedRankTestTest {

  static Stream<Arguments> samples() {
    SplittableRandom random = new SplittableRandom(7);
    return Stream.of(
        Arguments.of("grid of 0.5, many ties", sample(random, 5_000, 0.5, 0.3)),
        Arguments.of("grid of 0.1, shifted", sample(random, 2_000, 0.1, -1.2)),
        Arguments.of("grid of 1, few values", sample(random, 50, 1, 0)),
        Arguments.of("continuous, no ties", sample(random, 300, 0, 0.5)),
        Arguments.of("all positive", new double[] {1, 2, 2, 3, 0.5, 4, 4, 4, 1, 2, 3}),
        Arguments.of("symmetric", new double[] {-2, -1, 1, 2, -3, 3, -0.5, 0.5}));
  }

  /** Non-zero changes around {@code shift}, multiples of {@code grid} (continuous when 0). */
  private static double[] sample(SplittableRandom random, int n, double grid, double shift) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      double v;
      do {
        v = random.nextGaussian() * 3 + shift;
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
  void sameBitsAsCommonsStatistics(String name, double[] x) {
    WilcoxonSignedRankTest.Result expected = WilcoxonSignedRankTest.withDefaults()
        .with(PValueMethod.ASYMPTOTIC).test(x);
    ShiftedSignedRank.Test actual = ShiftedSignedRank.ofNonZero(Tally.of(x)).test();
    assertThat(actual.statistic()).isEqualTo(expected.getStatistic());
    assertThat(actual.p()).isEqualTo(expected.getPValue());
    assertThat(actual.ties()).isEqualTo(expected.hasTiedValues());
  }
}
