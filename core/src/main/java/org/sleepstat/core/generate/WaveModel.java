package org.sleepstat.core.generate;

import static org.sleepstat.core.generate.Var.MISSING;

/**
 * The outcomes of one respondent at three or more waves, from the respondent's values before
 * and at the last wave ({@link RespondentModel}): between them, the change so far follows
 * {@code 1 − exp(−t / 2)} of the weeks {@code t} since the first wave, scaled to reach the whole
 * change at the last wave (so most of it by week 4), plus Normal(0, 0.5) noise. Changers' pain
 * falls by about 2 points, most of it in the first weeks; non-changers' barely moves. Drop-out is
 * monotone: at each later wave a respondent still in leaves for good with probability 0.04 (and
 * a respondent the two-wave model drops misses at least the last wave); a respondent still in
 * misses a wave between the first and the last with probability 0.05; each outcome of such a
 * wave is blank with probability 0.03. The first and the last wave's values are the two-wave
 * file's {@code _pre} and {@code _post} values for the same seed.
 */
final class WaveModel {
  private static final double TIME_CONSTANT_WEEKS = 2;
  private static final double LEAVE = 0.04;
  private static final double MISS = 0.05;
  private static final double ITEM_MISSING = 0.03;
  private static final double NOISE = 0.5;

  private static final Var[] PRE = {
    Var.PAIN_MORNING_PRE, Var.PAIN_NIGHT_PRE, Var.SLEEP_QUALITY_PRE
  };
  private static final Var[] POST = {
    Var.PAIN_MORNING_POST, Var.PAIN_NIGHT_POST, Var.SLEEP_QUALITY_POST
  };

  private final double[] fraction;

  /** A model for waves at these weeks (increasing, the first 0). */
  WaveModel(double[] weeks) {
    int k = weeks.length;
    fraction = new double[k];
    double whole = 1 - StrictMath.exp(-(weeks[k - 1] - weeks[0]) / TIME_CONSTANT_WEEKS);
    for (int w = 0; w < k; w++) {
      fraction[w] = (1 - StrictMath.exp(-(weeks[w] - weeks[0]) / TIME_CONSTANT_WEEKS)) / whole;
    }
  }

  int waves() {
    return fraction.length;
  }

  /**
   * Fills, per wave, whether the respondent answered it and the three outcomes in tenths ({@link
   * Var#MISSING} for a blank), always with the same number of draws from {@code rng}.
   */
  void draw(SplitMix64 rng, int[] v, double[] latent, boolean[] present, int[][] values) {
    int k = fraction.length;
    int leftAt = k;
    for (int w = 1; w < k; w++) {
      if (rng.chance(LEAVE) && leftAt == k) {
        leftAt = w;
      }
    }
    if (latent[7] == 1) {
      leftAt = Math.min(leftAt, k - 1);
    }
    boolean diary = latent[6] == 1;
    for (int w = 0; w < k; w++) {
      boolean missed = false;
      if (w > 0 && w < k - 1) {
        missed = rng.chance(MISS);
        for (int o = 0; o < 3; o++) {
          double x = latent[o] + fraction[w] * latent[3 + o] + rng.normal(0, NOISE);
          values[w][o] = rng.chance(ITEM_MISSING) ? MISSING : RespondentModel.score(x, diary);
        }
      } else {
        Var[] vars = w == 0 ? PRE : POST;
        for (int o = 0; o < 3; o++) {
          values[w][o] = v[vars[o].ordinal()];
        }
      }
      present[w] = w < leftAt && !missed;
    }
  }
}
