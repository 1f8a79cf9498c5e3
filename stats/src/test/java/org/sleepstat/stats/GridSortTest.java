package org.sleepstat.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link GridSort} leaves the same bits as {@link Arrays#sort(double[])}. */
class GridSortTest {

  static Stream<Arguments> samples() {
    SplittableRandom random = new SplittableRandom(5);
    return Stream.of(
        Arguments.of("scores 0..10 by 0.5, with -0.0", grid(random, 5000, 0.5, true)),
        Arguments.of("integers", grid(random, 3000, 1, false)),
        Arguments.of("1000 distinct", grid(random, 20000, 0.01, false)),
        Arguments.of("continuous", random.doubles(4000, -1, 1).toArray()),
        Arguments.of("short", new double[] {3, -0.0, 0.0, 1, 3}),
        Arguments.of("one value", grid(random, 600, 100, false)));
  }

  private static double[] grid(SplittableRandom random, int n, double step, boolean zeros) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = Math.rint(random.nextDouble(0, 10) / step) * step;
      if (zeros && i % 7 == 0) {
        x[i] = i % 14 == 0 ? -0.0 : 0.0;
      }
    }
    return x;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void sameBitsAsArraysSort(String name, double[] x) {
    double[] expected = x.clone();
    Arrays.sort(expected);
    double[] actual = x.clone();
    GridSort.sort(actual);
    long[] expectedBits = Arrays.stream(expected).mapToLong(Double::doubleToRawLongBits).toArray();
    long[] actualBits = Arrays.stream(actual).mapToLong(Double::doubleToRawLongBits).toArray();
    assertThat(actualBits).as(name).containsExactly(expectedBits);
  }
}
