package org.sleepstat.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The Cochran–Armitage trend test against R 4.2.2's {@code prop.trend.test}; the survey-level
 * cases (empty bands, a band of one, missing values) are in analysis's AgeTrendReferenceTest.
 */
class ProportionTrendTest {
  @Test
  void equalsRsExampleOfSmokers() {
    // R: prop.trend.test(c(83, 90, 129, 70), c(86, 93, 136, 82)) (its help page's example)
    ProportionTrend.Result r =
        ProportionTrend.test(new int[] {83, 90, 129, 70}, new int[] {86, 93, 136, 82});
    assertThat(r.chiSquared().getAsDouble()).isCloseTo(8.2249222851977102, within(1e-12));
    assertThat(r.df().getAsDouble()).isEqualTo(1);
    assertThat(r.p().getAsDouble()).isCloseTo(0.004131897477641487, within(1e-12));
  }

  @Test
  void anEmptyGroupDropsOutButKeepsTheOthersScores() {
    // R: prop.trend.test(c(3, 0, 5), c(4, 0, 9)): scores 1 and 3 stay
    ProportionTrend.Result r = ProportionTrend.test(new int[] {3, 0, 5}, new int[] {4, 0, 9});
    assertThat(r.chiSquared().getAsDouble()).isCloseTo(0.44236111111111182, within(1e-12));
    assertThat(r.p().getAsDouble()).isCloseTo(0.50598504364489227, within(1e-12));
  }

  @Test
  void oneGroupWithObservationsHasNoTrend() {
    // R: prop.trend.test(c(2, 0), c(3, 0)) gives X-squared = NA
    ProportionTrend.Result r = ProportionTrend.test(new int[] {2, 0}, new int[] {3, 0});
    assertThat(r.chiSquared().isDefined()).isFalse();
    assertThat(r.p().reason()).contains("fewer than 2 groups");
  }

  @Test
  void noSuccessesIsUndefinedWhereRStops() {
    // R: prop.trend.test(c(0, 0), c(3, 4)) stops: NA/NaN/Inf in 'x'
    ProportionTrend.Result r = ProportionTrend.test(new int[] {0, 0}, new int[] {3, 4});
    assertThat(r.chiSquared().reason()).contains("none of the 7");
    assertThat(ProportionTrend.test(new int[] {3, 4}, new int[] {3, 4}).df().reason())
        .contains("all of the 7");
  }

  @Test
  void countsOutOfRangeAreRefused() {
    assertThatThrownBy(() -> ProportionTrend.test(new int[] {4}, new int[] {3}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x = 4");
    assertThatThrownBy(() -> ProportionTrend.test(new int[] {1}, new int[] {3, 4}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
