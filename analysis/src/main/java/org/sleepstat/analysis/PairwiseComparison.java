package org.sleepstat.analysis;

import java.util.Objects;
import org.sleepstat.stats.Stat;

/**
 * Two sleep positions compared after the omnibus tests: Games–Howell on the means and Dunn's test
 * on the ranks. Only positions with n ≥ 2 are compared (the ones {@link PositionResult} tests);
 * {@code group1} comes before {@code group2} in codebook order, and every difference is group2 −
 * group1, as in rstatix's {@code games_howell_test} and {@code dunn_test} (and R's TukeyHSD).
 * With y1, y2 the values of the two positions, k the number of positions tested and the ranks
 * taken over all values of those k positions together:
 *
 * @param group1 the earlier position, e.g. "side"
 * @param group2 the later position, e.g. "back"
 * @param n1 values in group1
 * @param n2 values in group2
 * @param gamesHowell Games–Howell on the means
 * @param dunn Dunn's test on the ranks
 */
public record PairwiseComparison(
    String group1, String group2, int n1, int n2, GamesHowell gamesHowell, Dunn dunn) {

  /** Checks the fields. */
  public PairwiseComparison {
    Objects.requireNonNull(group1, "group1");
    Objects.requireNonNull(group2, "group2");
    Objects.requireNonNull(gamesHowell, "gamesHowell");
    Objects.requireNonNull(dunn, "dunn");
    if (n1 < 2 || n2 < 2 || !Double.isFinite(dunn.meanRankDifference())) {
      throw new IllegalArgumentException("a pairwise comparison needs n >= 2 in both positions "
          + "and finite differences: " + group1 + " " + n1 + ", " + group2 + " " + n2);
    }
  }

  /**
   * Games–Howell on the means of the two positions.
   *
   * @param difference {@link Estimate#value()}: {@code mean(y2) - mean(y1)}, the means'
   *     difference rounded once; undefined when it is beyond the range of doubles. {@link
   *     Estimate#ciLow()}: lower end of the simultaneous 95% interval, {@code meanDifference -
   *     qtukey(0.95, k, df) / sqrt(2) * se}; {@link Estimate#ciHigh()}: its upper end
   * @param se the Welch standard error {@code sqrt(var(y1)/n1 + var(y2)/n2)}, as {@code t.test(y2,
   *     y1)$stderr} (rstatix reports this divided by √2 as {@code se})
   * @param t {@code meanDifference / se}, signed
   * @param df the Welch–Satterthwaite degrees of freedom, as {@code t.test(y2, y1)$parameter}
   * @param p {@code ptukey(abs(t) * sqrt(2), k, df, lower.tail = FALSE)}: already adjusted for
   *     the k(k − 1)/2 comparisons
   */
  public record GamesHowell(Estimate difference, Stat se, Stat t, Stat df, Stat p) {

    /** Checks that nothing is null. */
    public GamesHowell {
      Objects.requireNonNull(difference, "difference");
      Objects.requireNonNull(se, "se");
      Objects.requireNonNull(t, "t");
      Objects.requireNonNull(df, "df");
      Objects.requireNonNull(p, "p");
    }
  }

  /**
   * Dunn's test on the ranks of the two positions.
   *
   * @param meanRankDifference {@code mean(r2) - mean(r1)}, r the ranks {@code rank(y)} over the
   *     tested positions
   * @param se {@code sqrt((N * (N + 1) / 12 - sum(t^3 - t) / (12 * (N - 1))) * (1/n1 + 1/n2))}, N
   *     the values of the tested positions and t the sizes of groups of tied values
   * @param z {@code meanRankDifference / se}
   * @param p {@code 2 * pnorm(-abs(z))}, unadjusted
   * @param pHolm {@code p.adjust(p, "holm")} over all pairs of the outcome
   */
  public record Dunn(double meanRankDifference, Stat se, Stat z, Stat p, Stat pHolm) {

    /** Checks that nothing is null. */
    public Dunn {
      Objects.requireNonNull(se, "se");
      Objects.requireNonNull(z, "z");
      Objects.requireNonNull(p, "p");
      Objects.requireNonNull(pHolm, "pHolm");
    }
  }
}
