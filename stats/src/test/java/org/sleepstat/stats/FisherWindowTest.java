package org.sleepstat.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fisher's exact test of a 2 × 2 table evaluates the noncentral hypergeometric density only
 * where exp(log density − max) does not underflow; that gives the very numbers (p-value, odds
 * ratio and interval) of evaluating it at every point of the support, as R does: on small and
 * large tables, balanced and lopsided ones, the observed cell near the mode and far in a tail.
 */
class FisherWindowTest {

  static Stream<Arguments> tables() {
    return Stream.of(
        Arguments.of((Object) new int[][] {{3, 1}, {1, 3}}),
        Arguments.of((Object) new int[][] {{12, 5}, {7, 30}}),
        Arguments.of((Object) new int[][] {{500, 480}, {520, 500}}),
        Arguments.of((Object) new int[][] {{4000, 6000}, {5000, 5000}}),
        Arguments.of((Object) new int[][] {{30, 9970}, {100, 9900}}),
        Arguments.of((Object) new int[][] {{0, 2000}, {150, 1850}}),
        Arguments.of((Object) new int[][] {{2000, 1}, {3, 2000}}),
        Arguments.of((Object) new int[][] {{25000, 15000}, {12000, 28000}}));
  }

  @ParameterizedTest
  @MethodSource("tables")
  void windowGivesTheNumbersOfTheWholeSupport(int[][] table) {
    FisherResult window = FisherExact2x2.test(table);
    FisherResult whole = FisherExact2x2.test(table, true);
    assertThat(window).isEqualTo(whole);
  }
}
