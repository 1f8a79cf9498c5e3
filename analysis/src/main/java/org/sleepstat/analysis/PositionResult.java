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
 * @param anova the one-way ANOVA, {@code oneway.test(y ~ g, var.equal = TRUE)}
 * @param welch Welch's ANOVA, {@code oneway.test(y ~ g)}
 * @param kruskalWallis the Kruskal–Wallis test, {@code kruskal.test(y ~ g)}, tie-corrected
 * @param effectSizes eta squared and epsilon squared
 * @param pairwise every pair of tested positions, in codebook order (side–back, side–stomach, …):
 *     Games–Howell and Dunn with Holm's adjustment; empty when fewer than two positions are tested
 */
public record PositionResult(
    String outcome,
    int n,
    List<PositionGroup> groups,
    int groupsTested,
    OneWayF anova,
    OneWayF welch,
    KruskalWallis kruskalWallis,
    EffectSizes effectSizes,
    List<PairwiseComparison> pairwise) {

  /** Copies the lists; checks that nothing is null and that every tested pair is compared. */
  public PositionResult {
    Objects.requireNonNull(outcome, "outcome");
    groups = List.copyOf(groups);
    pairwise = List.copyOf(pairwise);
    Objects.requireNonNull(anova, "anova");
    Objects.requireNonNull(welch, "welch");
    Objects.requireNonNull(kruskalWallis, "kruskalWallis");
    Objects.requireNonNull(effectSizes, "effectSizes");
    if (n < 0 || groupsTested < 0 || groupsTested > groups.size()
        || pairwise.size() != (groupsTested < 2 ? 0 : groupsTested * (groupsTested - 1) / 2)) {
      throw new IllegalArgumentException("inconsistent counts: n " + n + ", groups tested "
          + groupsTested + " of " + groups.size() + ", " + pairwise.size() + " pairs");
    }
  }

  /**
   * A one-way F test of {@code oneway.test}: the ANOVA with {@code var.equal = TRUE} or Welch's.
   *
   * @param f the F statistic ({@code $statistic})
   * @param df1 its numerator degrees of freedom ({@code $parameter[1]})
   * @param df2 its denominator degrees of freedom ({@code $parameter[2]}), fractional for Welch's
   * @param p its p-value ({@code $p.value})
   */
  public record OneWayF(Stat f, Stat df1, Stat df2, Stat p) {

    /** Checks that nothing is null. */
    public OneWayF {
      Objects.requireNonNull(f, "f");
      Objects.requireNonNull(df1, "df1");
      Objects.requireNonNull(df2, "df2");
      Objects.requireNonNull(p, "p");
    }
  }

  /**
   * The Kruskal–Wallis test, {@code kruskal.test(y ~ g)}.
   *
   * @param h the tie-corrected statistic H ({@code $statistic})
   * @param df its degrees of freedom ({@code $parameter})
   * @param p its p-value ({@code $p.value})
   */
  public record KruskalWallis(Stat h, Stat df, Stat p) {

    /** Checks that nothing is null. */
    public KruskalWallis {
      Objects.requireNonNull(h, "h");
      Objects.requireNonNull(df, "df");
      Objects.requireNonNull(p, "p");
    }
  }

  /**
   * The effect sizes across the tested positions.
   *
   * @param etaSquared SS_between / SS_total
   * @param epsilonSquared epsilon squared of Kruskal–Wallis, H / ((n² − 1)/(n + 1)) = H/(n − 1),
   *     with H the tie-corrected {@link KruskalWallis#h()} and n the values of the tested
   *     positions: the definition of {@code effectsize::rank_epsilon_squared} and {@code
   *     rcompanion::epsilonSquared} (Tomczak &amp; Tomczak 2014); not rstatix's {@code
   *     kruskal_effsize}, which is (H − k + 1)/(n − k)
   */
  public record EffectSizes(Stat etaSquared, Stat epsilonSquared) {

    /** Checks that nothing is null. */
    public EffectSizes {
      Objects.requireNonNull(etaSquared, "etaSquared");
      Objects.requireNonNull(epsilonSquared, "epsilonSquared");
    }
  }
}
