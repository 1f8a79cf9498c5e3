package org.sleepstat.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A {@link Tally} answers as the array of its values does: median and type 7 quantiles as {@link
 * Quantiles} on the sorted array, average ranks and the tie term as {@link Ranks}, the mean as
 * the exact sum over n (BigDecimal) to the last bit or one ulp, the sum of squares as {@link
 * Moments}; in its counting mode and past {@link Tally#MAX_DISTINCT} distinct values, where it
 * keeps the values.
 */
class TallyTest {

  static Stream<Arguments> samples() {
    SplittableRandom random = new SplittableRandom(42);
    return Stream.of(
        Arguments.of("scores on a grid of 0.1", grid(random, 20_000, 0, 10, 0.1)),
        Arguments.of("changes, negative and positive", grid(random, 5_001, -10, 10, 0.5)),
        Arguments.of("one value", new double[] {3.5}),
        Arguments.of("two values", new double[] {7, 2}),
        Arguments.of("zeros of both signs", new double[] {0.0, -0.0, 1, -0.0, 2, 0.0}),
        Arguments.of("continuous, past the distinct limit",
            continuous(random, Tally.MAX_DISTINCT + 5_000)));
  }

  private static double[] grid(SplittableRandom random, int n, double from, double to,
      double step) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = Math.rint(random.nextDouble(from, to) / step) * step;
    }
    return x;
  }

  private static double[] continuous(SplittableRandom random, int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = random.nextDouble(-50, 150);
      if (i % 7 == 0 && i > 0) {
        x[i] = x[i - 1]; // some ties
      }
    }
    return x;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void answersAsTheArrayOfValues(String name, double[] x) {
    Tally t = Tally.of(x);
    double[] sorted = x.clone();
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] += 0.0; // R does not tell −0.0 from 0.0
    }
    Arrays.sort(sorted);
    assertThat(t.count()).isEqualTo(x.length);
    assertThat(t.sorted()).containsExactly(sorted);
    assertThat(t.min()).isEqualTo(sorted[0]);
    assertThat(t.max()).isEqualTo(sorted[sorted.length - 1]);
    assertThat(t.median()).isEqualTo(Quantiles.medianOfSorted(sorted));
    for (double p : new double[] {0, 0.1, 0.25, 0.5, 0.75, 0.9, 1}) {
      assertThat(t.quantile7(p)).as("quantile %s", p).isEqualTo(Quantiles.type7(sorted, p));
    }

    Ranks ranks = Ranks.of(x);
    assertThat(t.tieTerm()).isEqualTo(ranks.tieTerm());
    for (int i = 0; i < x.length; i++) {
      assertThat(t.averageRank(t.indexOf(x[i]))).isEqualTo(ranks.ranks()[i]);
    }
    assertThat(t.indexOf(1e300)).isNegative();

    BigDecimal exact = BigDecimal.ZERO;
    for (double v : x) {
      exact = exact.add(new BigDecimal(v));
    }
    double mean = exact.divide(BigDecimal.valueOf(x.length), MathContext.DECIMAL128)
        .doubleValue();
    assertThat(Math.abs(t.mean() - mean)).isLessThanOrEqualTo(Math.ulp(mean));
    double squares = Moments.sumOfSquares(x, t.mean());
    assertThat(t.sumOfSquaresAboutMean()).isCloseTo(squares, within(1e-13 * squares + 1e-300));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void pooledTallyIsTheTallyOfAllParts(String name, double[] x) {
    int cut = x.length / 3;
    Tally a = Tally.of(Arrays.copyOfRange(x, 0, cut));
    Tally b = Tally.of(Arrays.copyOfRange(x, cut, x.length));
    Tally whole = Tally.of(x);
    Tally pooled = Tally.pooled(List.of(a, b, new Tally().done()));
    assertThat(pooled.sorted()).containsExactly(whole.sorted());
    assertThat(pooled.mean()).isEqualTo(whole.mean());
    assertThat(pooled.tieTerm()).isEqualTo(whole.tieTerm());
    assertThat(a.rankSumIn(pooled) + b.rankSumIn(pooled))
        .isEqualTo((double) x.length * (x.length + 1) / 2);
  }

  @org.junit.jupiter.api.Test
  void meanAndMedianOfValuesNearTheLargestDoubleAreFiniteAsInR() {
    // R: mean(c(1.7e308, 1.5e308, 1.6e308)) = 1.6e308 and median(c(1.7e308, 1.5e308)) =
    // 1.6e308 (long double); their sum overflows a double. The squares do: variance infinite.
    Tally t = Tally.of(new double[] {1.7e308, 1.5e308, 1.6e308});
    assertThat(t.mean()).isEqualTo(1.6e308);
    assertThat(t.variance()).isInfinite();
    assertThat(Tally.of(new double[] {1.7e308, 1.5e308}).median()).isEqualTo(1.6e308);
    assertThat(Tally.of(new double[] {1.7e308, -1.5e308}).meanMinus(Tally.of(new double[] {
        -1.7e308}))).isInfinite();
  }
}
