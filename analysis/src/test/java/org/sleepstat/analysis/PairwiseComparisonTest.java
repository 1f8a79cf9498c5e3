package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sleepstat.stats.PAdjust;
import org.sleepstat.stats.Stat;

/**
 * The behaviour of the pairwise comparisons that the R reference rows pin only indirectly:
 * published worked examples, which positions take part, and why a comparison is undefined. Data:
 * reference/pairwise/worked-examples.csv, reference/pairwise/data/pairwise_edge.csv (see
 * reference/pairwise/datasets.R) and the shared reference/data surveys.
 */
class PairwiseComparisonTest {

  /**
   * rstatix's documented example, {@code ToothGrowth %>% games_howell_test(len ~ dose)}: estimate
   * 9.13, 15.5, 6.37; conf.low 5.69, 12.3, 3.19; conf.high 12.6, 18.7, 9.54; p.adj 3.76e-7, ~0,
   * 5.57e-5 (three significant digits, as printed).
   */
  @Test
  void gamesHowellReproducesTheRstatixToothGrowthExample() {
    List<PairwiseComparison> pairs = PairwiseReferenceTest.workedExample("toothgrowth").pairwise();
    assertThat(pairs).extracting(p -> p.group1() + "-" + p.group2())
        .containsExactly("0.5-1.0", "0.5-2.0", "1.0-2.0");
    double[][] published = {
        {9.13, 5.69, 12.6, 3.76e-7}, {15.5, 12.3, 18.7, 0}, {6.37, 3.19, 9.54, 5.57e-5}};
    for (int i = 0; i < 3; i++) {
      PairwiseComparison p = pairs.get(i);
      // 1.0-2.0: the exact difference of the means of these doubles is 6.364999999999999
      // (6.365 − 6.2e-16); R rounds each mean first and subtracts, 6.365000000000002, which
      // rstatix prints as 6.37. The difference here is rounded once: 6.36 to three digits.
      double estimate = p.gamesHowell().difference().value().getAsDouble();
      if (i == 2) {
        assertThat(estimate).as("estimate 2, rounded once").isEqualTo(6.364999999999999);
      } else {
        assertThat(signif3(estimate)).as("estimate %d", i).isEqualTo(published[i][0]);
      }
      assertThat(signif3(p.gamesHowell().difference().ciLow().getAsDouble())).as("conf.low %d", i)
          .isEqualTo(published[i][1]);
      assertThat(signif3(p.gamesHowell().difference().ciHigh().getAsDouble())).as("conf.high %d", i)
          .isEqualTo(published[i][2]);
      assertThat(signif3(p.gamesHowell().p().getAsDouble())).as("p.adj %d", i)
          .isEqualTo(published[i][3]);
    }
  }

  /**
   * FSA's dunnTest on the R Companion's Likert example (rcompanion.org/handbook/F_08.html): Z =
   * -3.7702412 (Piglet - Pooh), 0.4813074 (Pooh - Tigger), -3.2889338 (Piglet - Tigger); P.unadj
   * 0.0001630898, 0.6302980448, 0.0010056766; kruskal.test chi-squared = 16.842. Our differences
   * are group2 - group1, so the signs follow the pair order Pooh-Piglet, Pooh-Tigger,
   * Piglet-Tigger.
   */
  @Test
  void dunnReproducesTheFsaLikertExample() {
    PositionResult r = PairwiseReferenceTest.workedExample("likert");
    List<PairwiseComparison> pairs = r.pairwise();
    assertThat(pairs).extracting(p -> p.group1() + "-" + p.group2())
        .containsExactly("Pooh-Piglet", "Pooh-Tigger", "Piglet-Tigger");
    assertThat(pairs.get(0).dunn().z().getAsDouble()).isCloseTo(-3.7702412, within(5e-8));
    assertThat(pairs.get(1).dunn().z().getAsDouble()).isCloseTo(-0.4813074, within(5e-8));
    assertThat(pairs.get(2).dunn().z().getAsDouble()).isCloseTo(3.2889338, within(5e-8));
    assertThat(pairs.get(0).dunn().p().getAsDouble()).isCloseTo(0.0001630898, within(5e-11));
    assertThat(pairs.get(1).dunn().p().getAsDouble()).isCloseTo(0.6302980448, within(5e-11));
    assertThat(pairs.get(2).dunn().p().getAsDouble()).isCloseTo(0.0010056766, within(5e-11));
    assertThat(r.kruskalWallis().h().getAsDouble()).isCloseTo(16.842, within(5e-4));
    // epsilon squared = H / (N - 1) with N = 30
    assertThat(r.effectSizes().epsilonSquared().getAsDouble())
        .isCloseTo(r.kruskalWallis().h().getAsDouble() / 29, within(1e-15));
  }

  /** A position of one is described (quartiles = its value) but neither compared nor ranked. */
  @Test
  void positionOfOneIsDescribedButNotComparedOrRanked() {
    PositionResult r = edge("pain_morning_pre");
    PositionGroup combination = r.groups().get(3);
    assertThat(combination.position()).isEqualTo("combination");
    assertThat(combination.n()).isEqualTo(1);
    assertThat(List.of(combination.q1(), combination.q3(), combination.iqr().getAsDouble()))
        .containsExactly(10.0, 10.0, 0.0);
    assertThat(r.pairwise()).extracting(p -> p.group1() + "-" + p.group2())
        .containsExactly("side-back", "side-stomach", "back-stomach");

    // the same outcome without the respondent of one gives the same comparisons
    List<String> levels = List.of("side", "back", "stomach", "combination");
    double[] y = {3, 5, 5, 6, 4, 5, 7, 2, 6, 7, 7, 8, 5, 2, 3, 3, 5};
    int[] codes = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2};
    PositionResult without = PositionAnalysis.compute("pain_morning_pre", levels, codes, y);
    assertThat(r.pairwise()).isEqualTo(without.pairwise());
    assertThat(r.effectSizes().epsilonSquared()).isEqualTo(without.effectSizes().epsilonSquared());
  }

  @Test
  void gamesHowellIsUndefinedWhenBothPositionsAreConstant() {
    PairwiseComparison sideBack = edge("pain_night_pre").pairwise().get(0);
    assertThat(sideBack.group2()).isEqualTo("back");
    assertThat(sideBack.gamesHowell().difference().value()).isEqualTo(Stat.of(2.0));
    for (Stat s : List.of(sideBack.gamesHowell().se(), sideBack.gamesHowell().t(),
        sideBack.gamesHowell().p(), sideBack.gamesHowell().difference().ciHigh())) {
      assertThat(s.isDefined()).isFalse();
      assertThat(s.reason()).contains("side and back both have zero variance");
    }
    // the ranks still differ: Dunn is defined
    assertThat(sideBack.dunn().z().isDefined()).isTrue();
  }

  @Test
  void gamesHowellIsUndefinedBelowTwoWelchDegreesOfFreedom() {
    List<PairwiseComparison> pairs = edge("pain_night_pre").pairwise();
    PairwiseComparison sideStomach = pairs.get(1);
    assertThat(sideStomach.group2()).isEqualTo("stomach");
    assertThat(sideStomach.gamesHowell().p().reason()).contains("Welch df 1 < 2");
    PairwiseComparison stomachCombination = pairs.get(5);
    assertThat(stomachCombination.gamesHowell().difference().ciLow().reason())
        .contains("Welch df 1.386 < 2");
    // df exactly 2 is within the distribution's domain
    PairwiseComparison sideCombination = pairs.get(2);
    assertThat(sideCombination.gamesHowell().df()).isEqualTo(Stat.of(2));
    assertThat(sideCombination.gamesHowell().p().isDefined()).isTrue();
  }

  @Test
  void everythingRankBasedIsUndefinedWhenAllTestedValuesAreEqual() {
    PositionResult r = edge("sleep_quality_pre");
    assertThat(r.groups()).extracting(PositionGroup::position)
        .containsExactly("side", "back", "stomach");
    assertThat(r.effectSizes().epsilonSquared().reason()).contains("all values are equal");
    assertThat(r.pairwise()).hasSize(1);
    PairwiseComparison p = r.pairwise().get(0);
    assertThat(p.dunn().meanRankDifference()).isZero();
    assertThat(p.dunn().z().reason()).contains("all 13 values are equal");
    assertThat(p.dunn().pHolm().reason()).contains("all 13 values are equal");
    assertThat(p.gamesHowell().p().reason()).contains("zero variance");
  }

  @Test
  void fewerThanTwoTestedPositionsGiveNoComparisons() {
    PositionResult r = PairwiseReferenceTest.find("degenerate_groups", "pain_morning_pre");
    assertThat(r.pairwise()).isEmpty();
    assertThat(r.effectSizes().epsilonSquared().reason())
        .contains("fewer than two positions with at least 2 values (1)");
  }

  /** With two positions, Dunn's z² is the Kruskal–Wallis H over the same pooled ranking. */
  @Test
  void twoPositionsDunnSquaredIsKruskalWallis() {
    PositionResult r = PairwiseReferenceTest.find("no_change_column", "pain_morning_pre");
    assertThat(r.pairwise()).hasSize(1);
    double z = r.pairwise().get(0).dunn().z().getAsDouble();
    assertThat(z * z).isCloseTo(r.kruskalWallis().h().getAsDouble(), within(1e-12));
    assertThat(r.pairwise().get(0).dunn().p().getAsDouble())
        .isCloseTo(r.kruskalWallis().p().getAsDouble(), within(1e-12));
  }

  /** Holm's adjustment runs over all pairs of an outcome, not pair by pair. */
  @Test
  void holmAdjustsOverAllPairsOfTheOutcome() {
    List<PairwiseComparison> pairs =
        PairwiseReferenceTest.find("medium", "pain_morning_pre").pairwise();
    assertThat(pairs).hasSize(6);
    double[] p = pairs.stream().mapToDouble(c -> c.dunn().p().getAsDouble()).toArray();
    double[] holm = PAdjust.HOLM.adjust(p);
    for (int i = 0; i < p.length; i++) {
      assertThat(pairs.get(i).dunn().pHolm().getAsDouble()).isEqualTo(holm[i]);
    }
    double smallest = java.util.Arrays.stream(p).min().orElseThrow();
    assertThat(java.util.Arrays.stream(holm).min().orElseThrow())
        .isEqualTo(Math.min(1, 6 * smallest));
  }

  private static PositionResult edge(String outcome) {
    return PairwiseReferenceTest.find("pairwise_edge", outcome);
  }

  private static double signif3(double v) {
    return v == 0 ? 0 : new java.math.BigDecimal(v)
        .round(new java.math.MathContext(3)).doubleValue();
  }
}
