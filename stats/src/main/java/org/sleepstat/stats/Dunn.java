package org.sleepstat.stats;

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
public final class Dunn {
  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private Dunn() {}

  /** One pair; se, z, p and the adjusted p are undefined together, with the reason. */
  public record Result(double meanRankDifference, Stat se, Stat z, Stat p, Stat pHolm) {}

  /**
   * Every pair (i, j), i &lt; j, in the order (0, 1), (0, 2), …, (1, 2), …; differences are
   * group j − group i.
   *
   * @param sizes the sizes of at least two groups of at least one value each
   * @param rankSums per group the sum of its values' ranks in the pooled ranking of all groups
   * @param tieTerm Σ(t³ − t) over the groups of tied values in that ranking
   */
  public static List<Result> compareAll(int[] sizes, double[] rankSums, double tieTerm) {
    int k = sizes.length;
    long total = 0;
    double[] meanRank = new double[k];
    for (int i = 0; i < k; i++) {
      meanRank[i] = rankSums[i] / sizes[i];
      total += sizes[i];
    }
    double n = total;
    double nullVariance = n * (n + 1) / 12;
    double tieCorrection = tieTerm / (12 * (n - 1));
    // every value equal: one group of n ties, so the tie term is n³ − n (computed alike)
    boolean allEqual = tieTerm == n * n * n - n;

    int pairs = k * (k - 1) / 2;
    double[] difference = new double[pairs];
    double[] se = new double[pairs];
    double[] z = new double[pairs];
    double[] p = new double[pairs];
    int pair = 0;
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        difference[pair] = meanRank[j] - meanRank[i];
        double inverse = 1.0 / sizes[i] + 1.0 / sizes[j];
        se[pair] = allEqual ? Double.NaN : Math.sqrt((nullVariance - tieCorrection) * inverse);
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
