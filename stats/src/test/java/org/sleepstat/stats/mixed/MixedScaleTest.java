package org.sleepstat.stats.mixed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A million respondents over four waves stream through {@link ClusterSums} once: nothing per
 * respondent or observation is kept (the sums grow with the distinct designs, here at most
 * 2 · 15), and the fit recovers the simulated parameters.
 */
class MixedScaleTest {
  @Test
  void aMillionRespondentsFitFromAFewPatterns() {
    List<String> waves = List.of("baseline", "week 2", "week 4", "week 12");
    WaveGroupDesign design = WaveGroupDesign.of(waves, "changed_mattress", List.of("no", "yes"));
    ClusterSums sums = design.newSums();
    SplittableRandom random = new SplittableRandom(15);
    int[] w = new int[4];
    double[] y = new double[4];
    for (int r = 0; r < 1_000_000; r++) {
      int group = r % 2;
      double b = 1.2 * gaussian(random);
      int n = 0;
      for (int wave = 0; wave < 4; wave++) {
        if (wave > 0 && random.nextDouble() < 0.15) {
          continue; // a missed wave
        }
        w[n] = wave;
        y[n] = 5 - 0.3 * wave - 0.4 * wave * group + b + gaussian(random);
        n++;
      }
      design.add(sums, group, w, y, n);
    }
    assertThat(sums.patterns()).isLessThanOrEqualTo(2 * 8);
    RandomInterceptFit fit = RandomInterceptModel.fit(sums, design.names());
    assertThat(fit.clusters()).isEqualTo(1_000_000);
    assertThat(fit.theta()).isCloseTo(1.2, within(0.01));
    assertThat(fit.sigma()).isCloseTo(1.0, within(0.005));
    assertThat(fit.coefficients()[1]).isCloseTo(-0.3, within(0.01));
    assertThat(fit.coefficients()[7]).isCloseTo(-1.2, within(0.02));
    Contrast week12 = fit.contrast(design.between(3, 1));
    assertThat(week12.estimate()).isCloseTo(-1.2, within(0.02));
    assertThat(week12.df().getAsDouble()).isGreaterThan(1e5);
  }

  private static double gaussian(SplittableRandom random) {
    // Box–Muller, one of the pair
    double u = 1 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
