package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sleepstat.stats.Stat;

/**
 * Statistics that cannot be computed are undefined with a reason that says why, never NaN and
 * never an exception. The reference tests check that R gives NA for each of these; here the
 * reasons are checked. Data sets: reference/data/degenerate_*.csv (see datasets.R).
 */
class DegenerateCasesTest {

  private static final SurveyAnalysis ANALYSIS = SurveyAnalysis.withDefaults();

  static Stream<Arguments> undefined() {
    return Stream.of(
        paired("degenerate_paired", "pain_morning", "t (n = 1)", r -> r.tTest().t(), "n = 1"),
        paired("degenerate_paired", "pain_morning", "ci (n = 1)",
            r -> r.tTest().meanChange().ciLow(), "n = 1"),
        paired("degenerate_paired", "pain_morning", "dz (n = 1)", r -> r.dz().value(), "n = 1"),
        paired("degenerate_paired", "pain_night", "t (all zero)", r -> r.tTest().t(),
            "zero variance"),
        paired("degenerate_paired", "pain_night", "V (all zero)", r -> r.signedRank().v(),
            "all 4 changes are zero"),
        paired("degenerate_paired", "pain_night", "p (all zero)", r -> r.signedRank().p(),
            "all 4 changes are zero"),
        paired("degenerate_paired", "pain_night", "dz (all zero)", r -> r.dz().value(),
            "sd of the changes is zero"),
        paired("degenerate_paired", "sleep_quality", "t (all +3)", r -> r.tTest().p(),
            "zero variance"),
        paired("degenerate_paired", "sleep_quality", "dz (all +3)", r -> r.dz().value(),
            "sd of the changes is zero"),
        paired("degenerate_groups", "pain_morning", "mean_pre (no changers)",
            r -> r.means().pre(), "no pairs"),
        paired("degenerate_groups", "pain_morning", "rate (no changers)",
            r -> r.absolute().rate().value(), "no pairs"),
        paired("degenerate_constant", "sleep_quality", "mean_change (empty column)",
            r -> r.tTest().meanChange().value(), "no pairs"),
        position("degenerate_groups", "pain_morning_pre", "anova (one position n >= 2)",
            r -> r.anova().f(), "fewer than two positions with at least 2 values (1)"),
        position("degenerate_groups", "pain_morning_pre", "kruskal (one position n >= 2)",
            r -> r.kruskalWallis().p(), "fewer than two positions with at least 2 values (1)"),
        position("degenerate_groups", "pain_night_pre", "welch (zero-variance position)",
            r -> r.welch().f(), "position side has zero variance"),
        position("degenerate_groups", "sleep_quality_pre", "anova (no variance within)",
            r -> r.anova().f(), "no variance within any position"),
        position("degenerate_groups", "sleep_quality_pre", "p anova (no variance within)",
            r -> r.anova().p(), "no variance within any position"),
        position("degenerate_constant", "pain_morning_pre", "kruskal (all equal)",
            r -> r.kruskalWallis().h(), "all values are equal"),
        position("degenerate_constant", "pain_morning_pre", "eta (all equal)",
            r -> r.effectSizes().etaSquared(), "all values are equal"),
        position("degenerate_constant", "sleep_quality_pre", "welch (no values)",
            r -> r.welch().f(), "fewer than two positions with at least 2 values (0)"),
        age("degenerate_paired", "pain_morning_pre", "pearson (n = 2)",
            MattressAgeResult::pearsonR, "n = 2"),
        age("degenerate_paired", "pain_morning_pre", "spearman (n = 2)",
            MattressAgeResult::pSpearman, "n = 2"),
        age("degenerate_groups", "pain_night_pre", "pearson (constant age)",
            MattressAgeResult::pearsonR, "mattress_age_years has zero variance"),
        age("degenerate_constant", "pain_morning_pre", "spearman (constant outcome)",
            MattressAgeResult::spearmanRho, "pain_morning_pre has zero variance"),
        age("degenerate_constant", "pain_night_pre", "fisher z (n = 3)",
            MattressAgeResult::pearsonCiLow, "n = 3: the Fisher-z interval needs n > 3"),
        age("degenerate_constant", "sleep_quality_pre", "pearson (n = 0)",
            MattressAgeResult::pPearson, "n = 0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("undefined")
  void undefinedWithReason(String name, Stat stat, String reason) {
    assertThat(stat.isDefined()).as("%s is %s", name, stat).isFalse();
    assertThat(stat.reason()).as(name).contains(reason);
  }

  @Test
  void onePairStillHasMeansAndResponders() {
    PairedResult r = paired("degenerate_paired", "pain_morning");
    // R: x <- 3; y <- 6; mean(x - y); prop.test(1, 1, correct = FALSE)$conf.int
    assertThat(r.n()).isEqualTo(1);
    assertThat(r.tTest().meanChange().value()).isEqualTo(Stat.of(-3));
    assertThat(r.absolute().count()).isEqualTo(1);
    assertThat(r.absolute().rate().ciHigh()).isEqualTo(Stat.of(1));
  }

  @Test
  void equalNonZeroChangesStillHaveASignedRankTest() {
    PairedResult r = paired("degenerate_paired", "sleep_quality");
    assertThat(r.signedRank().v().isDefined()).isTrue();
    assertThat(r.signedRank().exact()).isFalse();
    assertThat(r.signedRank().method()).isEqualTo(
        "Wilcoxon signed-rank, normal approximation with continuity and tie correction");
  }

  @Test
  void positionOfOneIsListedButNotTested() {
    PositionResult r = ANALYSIS.byPosition(ReferenceSurveys.survey("", "degenerate_paired")).get(0);
    assertThat(r.groups()).extracting(PositionGroup::position)
        .containsExactly("side", "back", "stomach");
    assertThat(r.groupsTested()).isEqualTo(2);
    PositionGroup stomach = r.groups().get(2);
    assertThat(stomach.n()).isEqualTo(1);
    assertThat(stomach.sd().reason()).contains("n = 1");
  }

  @Test
  void everyAnalysisOfEveryDataSetRunsWithoutNaN() {
    for (String dataset : new String[] {"degenerate_paired", "degenerate_groups",
        "degenerate_constant", "exact_small", "ties_zeros", "medium", "large_no_ties",
        "no_change_column"}) {
      AnalysisResult r = ANALYSIS.analyze(ReferenceSurveys.survey("", dataset));
      // Stat cannot hold NaN; the records reject nulls: constructing them is the check.
      assertThat(r.paired()).as(dataset).isNotEmpty();
      assertThat(r.byPosition()).as(dataset).isNotEmpty();
      assertThat(r.mattressAge()).as(dataset).isNotEmpty();
      for (PairedResult p : r.paired()) {
        if (p.n() >= 2 && p.tTest().t().isDefined()) {
          assertThat(p.tTest().p().getAsDouble()).isBetween(0.0, 1.0);
        }
      }
    }
  }

  private static PairedResult paired(String dataset, String outcome) {
    return ANALYSIS.paired(ReferenceSurveys.survey("", dataset)).stream()
        .filter(r -> r.outcome().equals(outcome)).findFirst().orElseThrow();
  }

  private static Arguments paired(String dataset, String outcome, String what,
      Function<PairedResult, Stat> stat, String reason) {
    return Arguments.of(dataset + " " + outcome + " " + what,
        stat.apply(paired(dataset, outcome)), reason);
  }

  private static Arguments position(String dataset, String outcome, String what,
      Function<PositionResult, Stat> stat, String reason) {
    PositionResult r = ANALYSIS.byPosition(ReferenceSurveys.survey("", dataset)).stream()
        .filter(p -> p.outcome().equals(outcome)).findFirst().orElseThrow();
    return Arguments.of(dataset + " " + outcome + " " + what, stat.apply(r), reason);
  }

  private static Arguments age(String dataset, String outcome, String what,
      Function<MattressAgeResult, Stat> stat, String reason) {
    MattressAgeResult r = ANALYSIS.mattressAge(ReferenceSurveys.survey("", dataset)).stream()
        .filter(p -> p.outcome().equals(outcome)).findFirst().orElseThrow();
    return Arguments.of(dataset + " " + outcome + " " + what, stat.apply(r), reason);
  }
}
