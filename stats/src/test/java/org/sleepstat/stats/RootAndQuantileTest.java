package org.sleepstat.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * The numerical helpers of the new paired statistics: the root finder, the noncentral t
 * inversion, R's normal quantiles behind the Hodges–Lehmann search, and the signed-rank counts.
 * Their values against R are in {@link DistributionsReferenceTest} and, through the statistics
 * they give, {@link PairedExtraReferenceTest}.
 */
class RootAndQuantileTest {

  @Test
  void brentFindsASmoothRootToTheTolerance() {
    double root = BrentRoot.find(x -> x * x - 2, 0, 2, -2, 2, 1e-20, 1000);
    assertThat(root).isCloseTo(Math.sqrt(2), within(1e-15));
    // R: uniroot(function(x) x^2 - 2, c(0, 2), tol = 1e-4)$root stops early, within 1e-4
    assertThat(BrentRoot.find(x -> x * x - 2, 0, 2, -2, 2, 1e-4, 1000))
        .isCloseTo(Math.sqrt(2), within(1e-4));
  }

  @Test
  void brentReturnsAnEndWhereTheFunctionIsZero() {
    assertThat(BrentRoot.find(x -> x, 0, 1, 0, 1, 1e-4, 1000)).isZero();
    assertThat(BrentRoot.find(x -> x - 1, 0, 1, -1, 0, 1e-4, 1000)).isEqualTo(1);
  }

  @Test
  void noncentralityInvertsTheDistributionFunction() {
    // R: pt(2.5, 9, 5.1) = 0.011145498999422913
    assertThat(NoncentralT.probability(2.5, 9, 5.1, true))
        .isCloseTo(0.011145498999422913, within(1e-15));
    for (double p : new double[] {0.975, 0.025}) {
      double ncp = NoncentralT.noncentrality(2.5, 9, p);
      assertThat(NoncentralT.probability(2.5, 9, ncp, true)).isCloseTo(p, within(1e-14));
    }
    assertThat(NoncentralT.noncentrality(2.5, 9, 0.975))
        .isLessThan(2.5).isLessThan(NoncentralT.noncentrality(2.5, 9, 0.025));
  }

  @Test
  void rNormalQuantileTableMatchesTheNormalDistribution() {
    NormalDistribution z = NormalDistribution.of(0, 1);
    for (int k = 0; k < HodgesLehmann.Z_UPPER.length; k++) {
      double halfAlpha = (1 - 0.95) * (1 << k) / 2;
      double upper = z.inverseSurvivalProbability(halfAlpha);
      assertThat(HodgesLehmann.Z_UPPER[k]).as("k = %d", k)
          .isCloseTo(upper, within(1e-14 * Math.abs(upper)));
      assertThat(HodgesLehmann.Z_LOWER[k]).as("k = %d", k)
          .isCloseTo(z.inverseCumulativeProbability(halfAlpha), within(1e-14 * Math.abs(upper)));
    }
  }

  @Test
  void signedRankCountsAreSubsetSums() {
    // R: dsignrank(0:6, 3) * 8 = 1 1 1 2 1 1 1
    SignedRankDistribution v = SignedRankDistribution.of(3);
    double[] expected = {1, 2, 3, 5, 6, 7, 8};
    for (int q = 0; q <= 6; q++) {
      assertThat(v.cumulative(q) * 8).as("P(V <= %d) * 8", q).isEqualTo(expected[q]);
    }
    assertThat(v.cumulative(-1)).isZero();
    assertThat(v.quantile(0.025)).isZero();
    assertThat(v.quantile(0.5)).isEqualTo(3);
    assertThatThrownBy(() -> SignedRankDistribution.of(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> v.quantile(0.6)).isInstanceOf(IllegalArgumentException.class);
  }
}
