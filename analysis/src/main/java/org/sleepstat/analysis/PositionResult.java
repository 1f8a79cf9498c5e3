package org.sleepstat.analysis;

import java.util.List;
import java.util.Objects;
import org.sleepstat.stats.Stat;

/**
 * A baseline outcome across sleep positions. {@link #groups()} describes every position with at
 * least one value; the tests and eta squared use only the positions with n ≥ 2 (as R's
 * {@code oneway.test} requires) and are undefined when fewer than two such positions exist; so do
 * epsilon squared and the pairwise comparisons, which are empty then. With y the outcome and g
 * the position over those positions:
 *
 * @param outcome the baseline column, e.g. "pain_morning_pre"
 * @param n respondents with a value and a position (all groups)
 * @param groups per position, in codebook level order
 * @param groupsTested positions with n ≥ 2, the ones the tests use
 * @param anovaF {@code oneway.test(y ~ g, var.equal = TRUE)$statistic}
 * @param anovaDf1 its numerator degrees of freedom
 * @param anovaDf2 its denominator degrees of freedom
 * @param pAnova its p-value
 * @param welchF {@code oneway.test(y ~ g)$statistic} (Welch)
 * @param welchDf1 its numerator degrees of freedom
 * @param welchDf2 its (fractional) denominator degrees of freedom
 * @param pWelch its p-value
 * @param kruskalH {@code kruskal.test(y ~ g)$statistic}, tie-corrected
 * @param kruskalDf its degrees of freedom
 * @param pKruskal its p-value
 * @param etaSquared SS_between / SS_total
 * @param epsilonSquared epsilon squared of Kruskal–Wallis, H / ((n² − 1)/(n + 1)) = H/(n − 1),
 *     with H the tie-corrected {@code kruskalH} and n the values of the tested positions: the
 *     definition of {@code effectsize::rank_epsilon_squared} and {@code
 *     rcompanion::epsilonSquared} (Tomczak &amp; Tomczak 2014); not rstatix's {@code
 *     kruskal_effsize}, which is (H − k + 1)/(n − k)
 * @param pairwise every pair of tested positions, in codebook order (side–back, side–stomach, …):
 *     Games–Howell and Dunn with Holm's adjustment; empty when fewer than two positions are tested
 */
public record PositionResult(
    String outcome,
    int n,
    List<PositionGroup> groups,
    int groupsTested,
    Stat anovaF,
    Stat anovaDf1,
    Stat anovaDf2,
    Stat pAnova,
    Stat welchF,
    Stat welchDf1,
    Stat welchDf2,
    Stat pWelch,
    Stat kruskalH,
    Stat kruskalDf,
    Stat pKruskal,
    Stat etaSquared,
    Stat epsilonSquared,
    List<PairwiseComparison> pairwise) {

  /** Copies the lists; checks that nothing is null and that every tested pair is compared. */
  public PositionResult {
    Objects.requireNonNull(outcome, "outcome");
    groups = List.copyOf(groups);
    pairwise = List.copyOf(pairwise);
    for (Stat s : new Stat[] {anovaF, anovaDf1, anovaDf2, pAnova, welchF, welchDf1, welchDf2,
        pWelch, kruskalH, kruskalDf, pKruskal, etaSquared, epsilonSquared}) {
      Objects.requireNonNull(s, "statistic");
    }
    if (n < 0 || groupsTested < 0 || groupsTested > groups.size()
        || pairwise.size() != (groupsTested < 2 ? 0 : groupsTested * (groupsTested - 1) / 2)) {
      throw new IllegalArgumentException("inconsistent counts: n " + n + ", groups tested "
          + groupsTested + " of " + groups.size() + ", " + pairwise.size() + " pairs");
    }
  }
}
