package org.sleepstat.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RanksTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        // R: x <- c(3, 1, 3, 0, -0, 2, 3); rank(x); t <- table(x); sum(t^3 - t)
        Arguments.of(new double[] {3, 1, 3, 0, -0.0, 2, 3},
            new double[] {6, 3, 6, 1.5, 1.5, 4, 6}, 30.0),
        // R: rank(c(2.5, 0.1, 7)); no ties: sum(t^3 - t) = 0
        Arguments.of(new double[] {2.5, 0.1, 7}, new double[] {2, 1, 3}, 0.0),
        // R: rank(c(4, 4, 4, 4)); t <- table(...); sum(t^3 - t) = 60
        Arguments.of(new double[] {4, 4, 4, 4}, new double[] {2.5, 2.5, 2.5, 2.5}, 60.0),
        // R: rank(numeric(0))
        Arguments.of(new double[0], new double[0], 0.0));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void averageRanksAndTieTermAsR(double[] x, double[] ranks, double tieTerm) {
    Ranks r = Ranks.of(x);
    assertThat(r.ranks()).containsExactly(ranks);
    assertThat(r.tieTerm()).isEqualTo(tieTerm);
  }
}
