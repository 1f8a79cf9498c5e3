package org.sleepstat.stats.mixed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the model refuses and why, and what does not change its results. */
class MixedModelBehaviourTest {
  private static final List<String> WAVES = List.of("baseline", "week 2", "week 12");
  private static final WaveGroupDesign DESIGN = WaveGroupDesign.of(WAVES, "arm", List.of("no",
      "yes"));

  /** Respondent r of group r % 2 at the waves {@code waves}, y from a fixed formula. */
  private static void addRespondent(ClusterSums sums, int r, int[] waves, double offset) {
    double[] y = new double[waves.length];
    for (int i = 0; i < waves.length; i++) {
      y[i] = offset + 5 + 0.7 * ((r * 7919) % 13) / 13.0 - 0.4 * waves[i] * (r % 2)
          + ((r * 31 + waves[i] * 17) % 11) / 11.0;
    }
    DESIGN.add(sums, r % 2, waves, y, waves.length);
  }

  private static ClusterSums sample(double offset) {
    ClusterSums sums = DESIGN.newSums();
    for (int r = 0; r < 40; r++) {
      int[] waves = r % 5 == 0 ? new int[] {0, 2} : r % 7 == 0 ? new int[] {0}
          : new int[] {0, 1, 2};
      addRespondent(sums, r, waves, offset);
    }
    return sums;
  }

  @Test
  void aWaveNeverObservedInAGroupIsRefusedByName() {
    ClusterSums sums = DESIGN.newSums();
    for (int r = 0; r < 20; r++) {
      addRespondent(sums, r, r % 2 == 1 ? new int[] {0, 1} : new int[] {0, 1, 2}, 0);
    }
    assertThatThrownBy(() -> RandomInterceptModel.fit(sums, DESIGN.names()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("design column 5 (waveweek 12:armyes)")
        .hasMessageContaining("cannot be estimated");
  }

  @Test
  void oneObservationPerRespondentIsRefused() {
    ClusterSums sums = DESIGN.newSums();
    for (int r = 0; r < 30; r++) {
      addRespondent(sums, r, new int[] {r % 3}, 0);
    }
    assertThatThrownBy(() -> RandomInterceptModel.fit(sums))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("30 clusters for 30 observations");
  }

  @Test
  void noResidualDegreesOfFreedomIsRefused() {
    ClusterSums sums = DESIGN.newSums();
    addRespondent(sums, 0, new int[] {0, 1, 2}, 0);
    addRespondent(sums, 1, new int[] {0, 1, 2}, 0);
    assertThatThrownBy(() -> RandomInterceptModel.fit(sums))
        .hasMessageContaining("6 observations for 6 coefficients");
  }

  @Test
  void badValuesAreRefusedBeforeAnythingIsCounted() {
    ClusterSums sums = new ClusterSums(2);
    assertThatThrownBy(() -> sums.add(new double[] {1, 0, 1, 1}, new double[] {1, Double.NaN},
        2)).hasMessageContaining("response NaN is not finite");
    assertThatThrownBy(() -> sums.add(new double[] {0, 1}, new double[] {1}, 1))
        .hasMessageContaining("column 0 must be the intercept");
    assertThatThrownBy(() -> sums.add(new double[] {1, 0}, new double[] {1}, 0))
        .hasMessageContaining("at least one observation");
    assertThat(sums.clusters()).isZero();
    assertThat(sums.observations()).isZero();
  }

  @Test
  void respondentsWithTheSameWavesShareOnePattern() {
    ClusterSums sums = sample(0);
    // patterns: (group, waves) for {0,1,2}, {0,2}, {0} in two groups, less those not drawn
    assertThat(sums.clusters()).isEqualTo(40);
    assertThat(sums.patterns()).isLessThanOrEqualTo(6).isGreaterThanOrEqualTo(4);
  }

  @Test
  void shiftingEveryResponseMovesOnlyTheIntercept() {
    RandomInterceptFit base = RandomInterceptModel.fit(sample(0), DESIGN.names());
    RandomInterceptFit shifted = RandomInterceptModel.fit(sample(1e4), DESIGN.names());
    assertThat(shifted.theta()).isCloseTo(base.theta(), within(1e-9 * base.theta()));
    assertThat(shifted.sigma()).isCloseTo(base.sigma(), within(1e-9 * base.sigma()));
    assertThat(shifted.coefficients()[0]).isCloseTo(base.coefficients()[0] + 1e4,
        within(1e-8));
    for (int j = 1; j < DESIGN.columns(); j++) {
      assertThat(shifted.coefficients()[j]).isCloseTo(base.coefficients()[j], within(1e-9));
    }
    assertThat(shifted.remlCriterion()).isCloseTo(base.remlCriterion(), within(1e-8));
  }

  @Test
  void theOrderOfARespondentsRowsDoesNotChangeTheFit() {
    ClusterSums reversed = DESIGN.newSums();
    ClusterSums ordered = DESIGN.newSums();
    for (int r = 0; r < 30; r++) {
      addRespondent(ordered, r, new int[] {0, 1, 2}, 0);
      addRespondent(reversed, r, r % 3 == 0 ? new int[] {2, 1, 0} : new int[] {0, 1, 2}, 0);
    }
    RandomInterceptFit a = RandomInterceptModel.fit(ordered);
    RandomInterceptFit b = RandomInterceptModel.fit(reversed);
    assertThat(reversed.patterns()).isGreaterThan(ordered.patterns());
    assertThat(b.theta()).isCloseTo(a.theta(), within(1e-12));
    assertThat(b.coefficients()).containsExactly(a.coefficients(), within(1e-12));
  }

  @Test
  void aZeroContrastIsUndefinedWithAReason() {
    RandomInterceptFit fit = RandomInterceptModel.fit(sample(0), DESIGN.names());
    Contrast c = fit.contrast(new double[DESIGN.columns()]);
    assertThat(c.estimate()).isZero();
    assertThat(c.t().isDefined()).isFalse();
    assertThat(c.p().reason()).isNotBlank();
    assertThatThrownBy(() -> fit.contrast(new double[2])).hasMessageContaining("2 coefficients");
  }

  @Test
  void aRepeatedRowDoesNotChangeTheFTest() {
    RandomInterceptFit fit = RandomInterceptModel.fit(sample(0), DESIGN.names());
    double[][] rows = DESIGN.typeIII(sample(0)).get(2).rows();
    FTestResult once = fit.test(rows);
    FTestResult twice = fit.test(new double[][] {rows[0], rows[1], rows[1]});
    assertThat(twice.df1()).isEqualTo(2).isEqualTo(once.df1());
    assertThat(twice.f().getAsDouble()).isCloseTo(once.f().getAsDouble(), within(1e-10));
  }

  @Test
  void denominatorDfCombinesTheRowsAsLmerTest() {
    assertThat(Satterthwaite.combine(new double[] {7.5})).isEqualTo(7.5);
    assertThat(Satterthwaite.combine(new double[] {30, 30 + 5e-9})).isCloseTo(30 + 2.5e-9,
        within(1e-12));
    assertThat(Satterthwaite.combine(new double[] {30, 1.9})).isEqualTo(2);
    // E = 10/8 + 20/18; 2E / (E − 2)
    double e = 10.0 / 8 + 20.0 / 18;
    assertThat(Satterthwaite.combine(new double[] {10, 20})).isCloseTo(2 * e / (e - 2),
        within(1e-12));
  }
}
