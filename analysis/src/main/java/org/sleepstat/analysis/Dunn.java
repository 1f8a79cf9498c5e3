package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Dunn's (1964) test of all pairs of groups after Kruskal–Wallis: the difference of mean ranks in
 * the pooled ranking of all groups, over its standard error under the null hypothesis with the
 * tie correction, z = (R̄2 − R̄1) / sqrt((N(N + 1)/12 − Σ(t³ − t)/(12(N − 1))) · (1/n1 + 1/n2)),
 * two-sided normal p-values, and Holm's adjustment over all pairs. The formula is the one of
 * FSA's {@code dunnTest} and rstatix's {@code dunn_test} (whose default adjustment is Holm).
 */
final class Dunn {
  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private Dunn() {}

  /** One pair; se, z, p and the adjusted p are undefined together, with the reason. */
  record Result(double meanRankDifference, Stat se, Stat z, Stat p, Stat pHolm) {}

  /**
   * Every pair (i, j), i &lt; j, in the order (0, 1), (0, 2), …, (1, 2), …; differences are
   * group j − group i.
   *
   * @param groups at least two groups of at least one value each
   */
  static List<Result> compareAll(List<double[]> groups) {
    return compareAll(groups, Ranks.pooled(groups));
  }

  /** {@link #compareAll(List)} with the groups' pooled ranks ({@link Ranks#pooled}). */
  static List<Result> compareAll(List<double[]> groups, Ranks ranks) {
    int k = groups.size();
    int total = ranks.ranks().length;
    double[] meanRank = new double[k];
    int at = 0;
    for (int i = 0; i < k; i++) {
      double sum = 0;
      int n = groups.get(i).length;
      for (int r = at; r < at + n; r++) {
        sum += ranks.ranks()[r];
      }
      meanRank[i] = sum / n;
      at += n;
    }
    double n = total;
    double nullVariance = n * (n + 1) / 12;
    double tieCorrection = ranks.tieTerm() / (12 * (n - 1));
    // every value equal: one group of n ties, so the tie term is n³ − n (computed alike)
    boolean allEqual = ranks.tieTerm() == n * n * n - n;

    int pairs = k * (k - 1) / 2;
    double[] difference = new double[pairs];
    double[] se = new double[pairs];
    double[] z = new double[pairs];
    double[] p = new double[pairs];
    int pair = 0;
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        difference[pair] = meanRank[j] - meanRank[i];
        double sizes = 1.0 / groups.get(i).length + 1.0 / groups.get(j).length;
        se[pair] = allEqual ? Double.NaN : Math.sqrt((nullVariance - tieCorrection) * sizes);
        z[pair] = difference[pair] / se[pair];
        p[pair] = 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z[pair]));
        pair++;
      }
    }
    double[] holm = PAdjust.HOLM.adjust(p);
    String reason = allEqual
        ? "all " + total + " values are equal (standard error 0)"
        : "Dunn's test not computable";
    List<Result> out = new ArrayList<>(pairs);
    for (int m = 0; m < pairs; m++) {
      boolean defined = Double.isFinite(se[m]) && Double.isFinite(z[m]) && Double.isFinite(p[m])
          && Double.isFinite(holm[m]);
      out.add(defined
          ? new Result(difference[m], Stat.of(se[m]), Stat.of(z[m]), Stat.of(p[m]),
              Stat.of(holm[m]))
          : new Result(difference[m], Stat.undefined(reason), Stat.undefined(reason),
              Stat.undefined(reason), Stat.undefined(reason)));
    }
    return out;
  }
}
