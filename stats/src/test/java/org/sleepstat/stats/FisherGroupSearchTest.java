package org.sleepstat.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The search in a stored group of Fisher's r × c enumeration ({@code FisherExactRxC.Group}): it
 * starts from its last answer, so it must give a plain count's answer whatever the order of the
 * limits, with ties, and at both ends.
 */
class FisherGroupSearchTest {
  @Test
  void countAtMostEqualsAPlainCountForLimitsInAnyOrder() {
    Random random = new Random(3);
    for (int trial = 0; trial < 200; trial++) {
      int n = random.nextInt(60);
      double[] values = new double[n];
      FisherExactRxC.Group group = new FisherExactRxC.Group();
      for (int i = 0; i < n; i++) {
        values[i] = random.nextInt(25) - 12; // ties on purpose
        group.add(values[i]);
      }
      group.seal();
      double limit = 0;
      for (int q = 0; q < 50; q++) {
        // walks of small steps (as the enumeration gives), jumps, and limits beyond both ends
        limit = random.nextBoolean() ? limit + random.nextInt(5) - 2
            : random.nextBoolean() ? random.nextInt(31) - 15 : random.nextDouble() * 40 - 20;
        int expected = 0;
        for (double v : values) {
          if (v <= limit) {
            expected++;
          }
        }
        assertThat(group.countAtMost(limit)).as("trial %d, limit %s", trial, limit)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void anEmptyGroupCountsNothing() {
    FisherExactRxC.Group group = new FisherExactRxC.Group();
    group.seal();
    assertThat(group.countAtMost(0)).isZero();
    assertThat(group.countAtMost(Double.MAX_VALUE)).isZero();
  }
}
