package org.sleepstat.stats;

import java.util.List;

/**
 * The three one-way tests over groups of at least two values each, from the groups' {@link
 * Tally tallies}: the classic ANOVA ({@code oneway.test(y ~ g, var.equal = TRUE)}), Welch's ANOVA
 * ({@code oneway.test(y ~ g)}) and the tie-corrected Kruskal–Wallis test ({@code kruskal.test}),
 * each written after R's code. Each returns NaN fields when R would give a non-finite value; the
 * caller turns those into undefined statistics.
 */
public final class OneWay {
  private OneWay() {}

  /** An F test: statistic, degrees of freedom and upper-tail p-value. */
  public record F(double f, double df1, double df2, double p) {}

  /** A chi-squared test: statistic, degrees of freedom and upper-tail p-value. */
  public record ChiSquared(double h, double df, double p) {}

  /**
   * {@code oneway.test(y ~ g, var.equal = TRUE)}: (Σ nᵢ(mᵢ − m)² / (k − 1)) / (Σ (nᵢ − 1)vᵢ /
   * (n − k)).
   *
   * @param ssBetween Σ nᵢ(mᵢ − m)² about the grand mean m
   */
  public static F anova(List<Tally> groups, double ssBetween) {
    long total = 0;
    double ssWithin = 0;
    for (Tally g : groups) {
      total += g.count();
      ssWithin += g.sumOfSquaresAboutMean();
    }
    int k = groups.size();
    double df1 = k - 1;
    double df2 = total - k;
    double f = (ssBetween / df1) / (ssWithin / df2);
    double p = Double.isFinite(f) ? Distributions.fUpper(f, df1, df2) : Double.NaN;
    return new F(f, df1, df2, p);
  }

  /** {@code oneway.test(y ~ g)}: Welch's heteroscedastic F test. */
  public static F welch(List<Tally> groups) {
    int k = groups.size();
    double[] n = new double[k];
    // the means as differences from the first one, exact but for one rounding: the statistic
    // depends on differences only, and rounded means near 10 lose eight digits of them
    double[] mean = new double[k];
    double[] w = new double[k];
    double sumW = 0;
    for (int i = 0; i < k; i++) {
      Tally g = groups.get(i);
      n[i] = g.count();
      mean[i] = g.meanMinus(groups.get(0));
      w[i] = n[i] / g.variance();
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

  /**
   * {@code kruskal.test(y ~ g)}: Kruskal–Wallis with the tie correction.
   *
   * @param rankSums per group the sum of its values' ranks among all groups' values
   * @param tieTerm Σ(t³ − t) over the groups of tied values among all groups' values
   */
  public static ChiSquared kruskalWallis(List<Tally> groups, double[] rankSums, double tieTerm) {
    int k = groups.size();
    long total = 0;
    double sum = 0;
    for (int g = 0; g < k; g++) {
      int size = groups.get(g).count();
      total += size;
      sum += rankSums[g] * rankSums[g] / size;
    }
    double n = total;
    double h = (12 * sum / (n * (n + 1)) - 3 * (n + 1)) / (1 - tieTerm / (n * n * n - n));
    double df = k - 1;
    double p = Double.isFinite(h) ? Distributions.chiSquaredUpper(h, df) : Double.NaN;
    return new ChiSquared(h, df, p);
  }
}
