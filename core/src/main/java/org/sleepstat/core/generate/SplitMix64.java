package org.sleepstat.core.generate;

/**
 * SplitMix64 (Steele, Lea and Flood 2014), written out here so that the generator's stream
 * is fixed by this file alone and not by a JDK version. Seeded with {@code s}, {@link #nextLong}
 * returns the same sequence as {@code new java.util.SplittableRandom(s).nextLong()}.
 *
 * <p>Normal deviates use Marsaglia's polar method with {@link StrictMath}, whose results are
 * specified bit for bit, so the same seed gives the same values on every platform.
 */
final class SplitMix64 {
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private long state;
  private double spareGaussian;
  private boolean hasSpareGaussian;

  SplitMix64(long seed) {
    this.state = seed;
  }

  long nextLong() {
    long z = (state += GOLDEN_GAMMA);
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** Uniform in [0, 1) with 53 random bits. */
  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** True with probability {@code p}. */
  boolean chance(double p) {
    return nextDouble() < p;
  }

  /** Uniform integer in [{@code lo}, {@code hi}], both inclusive (small ranges only). */
  int nextInt(int lo, int hi) {
    return lo + (int) (nextDouble() * (hi - lo + 1));
  }

  /**
   * Index {@code i} drawn with probability {@code weights[i]}; the weights sum to 1 (the last
   * index absorbs rounding).
   */
  int pick(double[] weights) {
    double u = nextDouble();
    int last = weights.length - 1;
    for (int i = 0; i < last; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return last;
  }

  /** Standard normal deviate (Marsaglia's polar method; the second deviate is kept). */
  double nextGaussian() {
    if (hasSpareGaussian) {
      hasSpareGaussian = false;
      return spareGaussian;
    }
    double u;
    double v;
    double s;
    do {
      u = 2 * nextDouble() - 1;
      v = 2 * nextDouble() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s == 0);
    double m = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
    spareGaussian = v * m;
    hasSpareGaussian = true;
    return u * m;
  }

  double normal(double mean, double sd) {
    return mean + sd * nextGaussian();
  }

  /** Log-normal deviate with the given median and log-scale standard deviation. */
  double logNormal(double median, double sigma) {
    return median * StrictMath.exp(sigma * nextGaussian());
  }
}
