package org.sleepstat.stats;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A mean with its 95% confidence interval from the t distribution, as R's {@code t.test(x)} gives
 * it ({@code $estimate}, {@code $conf.int}), e.g. for the error bars of a chart.
 *
 * @param n values
 * @param mean {@code mean(x)}
 * @param sd {@code sd(x)}, undefined for n &lt; 2
 * @param ciLow {@code t.test(x)$conf.int[1]}, undefined for n &lt; 2
 * @param ciHigh {@code t.test(x)$conf.int[2]}, undefined for n &lt; 2
 */
public record MeanInterval(int n, Stat mean, Stat sd, Stat ciLow, Stat ciHigh) {

  /** The mean and interval of {@code values} (none missing). */
  public static MeanInterval of(double[] values) {
    int n = values.length;
    if (n == 0) {
      return of(0, Double.NaN, Double.NaN);
    }
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    double mean = sum / n;
    // R's mean.default refines the sum once, for the last bit
    double correction = 0;
    for (double v : values) {
      correction += v - mean;
    }
    mean += correction / n;
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    return of(n, mean, squares);
  }

  /**
   * The mean and interval of n values from their mean, refined as R refines it (the mean of the
   * values, plus the mean of their differences from it), and the sum of their squared
   * differences from that mean: what {@link #of(double[])} computes, for values read in place.
   */
  public static MeanInterval of(int n, double mean, double squares) {
    if (n == 0) {
      Stat none = Stat.undefined("no values");
      return new MeanInterval(0, none, none, none, none);
    }
    String overflow = "values too large to compute (overflow)";
    if (!Double.isFinite(mean)) {
      Stat none = Stat.undefined(overflow);
      return new MeanInterval(n, none, none, none, none);
    }
    if (n < 2) {
      Stat one = Stat.undefined("n = 1: a confidence interval needs at least 2 values");
      return new MeanInterval(1, Stat.of(mean), one, one, one);
    }
    double sd = Math.sqrt(squares / (n - 1));
    double half = TDistribution.of(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
    return new MeanInterval(n, Stat.of(mean), Stat.finiteOr(sd, overflow),
        Stat.finiteOr(mean - half, overflow), Stat.finiteOr(mean + half, overflow));
  }

  /** The distance from the mean down to the lower end, for error bars; undefined with the CI. */
  public Stat minus() {
    return ciLow.isDefined() ? Stat.of(mean.getAsDouble() - ciLow.getAsDouble()) : ciLow;
  }

  /** The distance from the mean up to the upper end, for error bars; undefined with the CI. */
  public Stat plus() {
    return ciHigh.isDefined() ? Stat.of(ciHigh.getAsDouble() - mean.getAsDouble()) : ciHigh;
  }
}
