package org.sleepstat.analysis;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.inference.OneWayAnova;

/**
 * The three one-way tests over groups of at least two values each: the classic ANOVA (Commons
 * Statistics, equal to {@code oneway.test(y ~ g, var.equal = TRUE)}), Welch's ANOVA (written here
 * after R's {@code oneway.test(y ~ g)}) and the tie-corrected Kruskal–Wallis test (after R's
 * {@code kruskal.test}). Each returns NaN fields when R would give a non-finite value; the caller
 * turns those into undefined statistics.
 */
final class OneWay {
  private OneWay() {}

  /** An F test: statistic, degrees of freedom and upper-tail p-value. */
  record F(double f, double df1, double df2, double p) {}

  /** A chi-squared test: statistic, degrees of freedom and upper-tail p-value. */
  record ChiSquared(double h, double df, double p) {}

  /** {@code oneway.test(y ~ g, var.equal = TRUE)}. */
  static F anova(List<double[]> groups) {
    OneWayAnova.Result r = OneWayAnova.withDefaults().test(groups);
    long total = 0;
    for (double[] g : groups) {
      total += g.length;
    }
    int k = groups.size();
    return new F(r.getStatistic(), k - 1, total - k, r.getPValue());
  }

  /** {@code oneway.test(y ~ g)}: Welch's heteroscedastic F test. */
  static F welch(List<double[]> groups) {
    int k = groups.size();
    double[] n = new double[k];
    double[] mean = new double[k];
    double[] w = new double[k];
    double sumW = 0;
    for (int i = 0; i < k; i++) {
      double[] g = groups.get(i);
      n[i] = g.length;
      mean[i] = Moments.mean(g);
      w[i] = n[i] / Moments.variance(g, mean[i]);
      sumW += w[i];
    }
    double tmp = 0;
    double weightedMean = 0;
    for (int i = 0; i < k; i++) {
      double share = 1 - w[i] / sumW;
      tmp += share * share / (n[i] - 1);
      weightedMean += w[i] * mean[i];
    }
    tmp /= (double) k * k - 1;
    weightedMean /= sumW;
    double between = 0;
    for (int i = 0; i < k; i++) {
      double d = mean[i] - weightedMean;
      between += w[i] * d * d;
    }
    double f = between / ((k - 1) * (1 + 2 * (k - 2) * tmp));
    double df2 = 1 / (3 * tmp);
    double p = Double.isFinite(f) && Double.isFinite(df2)
        ? Distributions.fUpper(f, k - 1, df2) : Double.NaN;
    return new F(f, k - 1, df2, p);
  }

  /** {@code kruskal.test(y ~ g)}: Kruskal–Wallis with the tie correction. */
  static ChiSquared kruskalWallis(List<double[]> groups) {
    return kruskalWallis(groups, Ranks.pooled(groups));
  }

  /** {@link #kruskalWallis(List)} with the groups' pooled ranks already computed. */
  static ChiSquared kruskalWallis(List<double[]> groups, Ranks ranks) {
    int k = groups.size();
    int total = ranks.ranks().length;
    double sum = 0;
    int at = 0;
    for (double[] g : groups) {
      double rankSum = 0;
      for (int i = at; i < at + g.length; i++) {
        rankSum += ranks.ranks()[i];
      }
      sum += rankSum * rankSum / g.length;
      at += g.length;
    }
    double n = total;
    double h = (12 * sum / (n * (n + 1)) - 3 * (n + 1)) / (1 - ranks.tieTerm() / (n * n * n - n));
    double df = k - 1;
    double p = Double.isFinite(h) ? Distributions.chiSquaredUpper(h, df) : Double.NaN;
    return new ChiSquared(h, df, p);
  }

  /** Sum of squares of all values about their grand mean, and between the group means. */
  static double[] sumsOfSquares(List<double[]> groups) {
    double[] all = groups.stream().flatMapToDouble(Arrays::stream).toArray();
    double grand = Moments.mean(all);
    double total = Moments.sumOfSquares(all, grand);
    double between = 0;
    for (double[] g : groups) {
      double d = Moments.mean(g) - grand;
      between += g.length * d * d;
    }
    return new double[] {total, between};
  }
}
