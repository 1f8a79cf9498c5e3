package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sleepstat.stats.Stat;

/**
 * The paired statistics added for issue 3 on small hand-made surveys: the 30% responder rule at
 * a baseline of 0, percent change without a baseline, the exact Hodges–Lehmann method, and the
 * reasons of undefined values. The values against R on the reference data sets are in {@link
 * PairedExtraReferenceTest}.
 */
class PairedEffectsTest {

  /** Pain: baselines of 0 staying at 0 and getting worse, exactly 30% better, just under 30%. */
  private static final String PAIN_AT_ZERO = """
      respondent_id,sleep_position,changed_mattress,pain_morning_pre,pain_morning_post
      Z1,side,yes,0,0
      Z2,side,yes,0,1
      Z3,back,yes,10,7
      Z4,back,yes,10,7.1
      """;

  /** Sleep quality: a baseline of 0 staying and rising, exactly 30% better, under 30%. */
  private static final String QUALITY_AT_ZERO = """
      respondent_id,sleep_position,changed_mattress,sleep_quality_pre,sleep_quality_post
      Q1,side,yes,0,0
      Q2,side,yes,0,0.5
      Q3,back,yes,5,6.5
      Q4,back,yes,6,7.7
      """;

  @Test
  void painBaselineOfZeroIsNeverARelativeResponderButCounts() {
    PairedResult r = paired(PAIN_AT_ZERO);
    assertThat(r.relative().rule()).isEqualTo("change <= -0.3 * pre and change < 0");
    // R: sum(d <= -0.3 * y + 1e-9 & d < 0) with y = c(0, 0, 10, 10), d = c(0, 1, -3, -2.9)
    assertThat(r.relative().count()).isEqualTo(1);
    assertThat(r.zeroBaselines()).isEqualTo(2);
    assertThat(r.relative().rate().value()).isEqualTo(Stat.of(0.25));
  }

  @Test
  void sleepQualityBaselineOfZeroRespondsOnlyWhenItRises() {
    PairedResult r = paired(QUALITY_AT_ZERO);
    assertThat(r.relative().rule()).isEqualTo("change >= 0.3 * pre and change > 0");
    // R: sum(d >= 0.3 * y - 1e-9 & d > 0) with y = c(0, 0, 5, 6), d = c(0, 0.5, 1.5, 1.7)
    assertThat(r.relative().count()).isEqualTo(2);
    assertThat(r.zeroBaselines()).isEqualTo(2);
  }

  @Test
  void percentChangeNeedsANonZeroMeanBaseline() {
    PairedResult r = paired("""
        respondent_id,sleep_position,changed_mattress,pain_morning_pre,pain_morning_post
        B1,side,yes,0,1
        B2,side,yes,0,2
        """);
    assertThat(r.means().percentChange().isDefined()).isFalse();
    assertThat(r.means().percentChange().reason()).contains("mean_pre is 0");
    // R: 100 * mean(c(0, 1, 7, 7.1) - c(0, 0, 10, 10)) / mean(c(0, 0, 10, 10)) = -24.5
    assertThat(paired(PAIN_AT_ZERO).means().percentChange().getAsDouble())
        .isCloseTo(-24.5, within(1e-12));
  }

  @Test
  void exactHodgesLehmannIsTheMedianOfTheWalshAverages() {
    // changes -3, -1, +2: Walsh averages -3, -2, -1, -0.5, 0.5, 2
    PairedResult r = paired("""
        respondent_id,sleep_position,changed_mattress,pain_morning_pre,pain_morning_post
        W1,side,yes,8,5
        W2,side,yes,6,5
        W3,back,yes,2,4
        """);
    // R: wilcox.test(c(5, 5, 4), c(8, 6, 2), paired = TRUE, conf.int = TRUE): estimate -0.75,
    // conf.int -3 2 at conf.level 0.75 (n = 3 cannot reach 95%)
    assertThat(r.signedRank().exact()).isTrue();
    assertThat(r.hodgesLehmann().estimate().value()).isEqualTo(Stat.of(-0.75));
    assertThat(r.hodgesLehmann().estimate().ciLow()).isEqualTo(Stat.of(-3));
    assertThat(r.hodgesLehmann().estimate().ciHigh()).isEqualTo(Stat.of(2));
    assertThat(r.hodgesLehmann().confidence()).isEqualTo(Stat.of(0.75));
  }

  @Test
  void dzIntervalSurroundsDz() {
    PairedResult r = SurveyAnalysis.withDefaults().paired(
        ReferenceSurveys.survey("", "exact_small"))
        .get(0);
    assertThat(r.dz().ciLow().getAsDouble()).isLessThan(r.dz().value().getAsDouble());
    assertThat(r.dz().ciHigh().getAsDouble()).isGreaterThan(r.dz().value().getAsDouble());
  }

  static Stream<Arguments> undefined() {
    return Stream.of(
        paired("degenerate_paired", "pain_morning", "dz interval (n = 1)",
            r -> r.dz().ciLow(), "n = 1"),
        paired("degenerate_paired", "pain_night", "HL estimate (all zero)",
            r -> r.hodgesLehmann().estimate().value(), "all 4 changes are zero"),
        paired("degenerate_paired", "pain_night", "HL interval (all zero)",
            r -> r.hodgesLehmann().estimate().ciHigh(), "all 4 changes are zero"),
        paired("degenerate_paired", "sleep_quality", "HL interval (all +3)",
            r -> r.hodgesLehmann().estimate().ciLow(), "all non-zero changes are equal"),
        paired("degenerate_paired", "sleep_quality", "HL level (all +3)",
            r -> r.hodgesLehmann().confidence(), "all non-zero changes are equal"),
        paired("degenerate_paired", "sleep_quality", "dz interval (all +3)",
            r -> r.dz().ciHigh(), "sd of the changes is zero"),
        paired("degenerate_groups", "pain_morning", "HL (no changers)",
            r -> r.hodgesLehmann().estimate().value(), "no pairs"),
        paired("degenerate_groups", "pain_morning", "percent change (no changers)",
            r -> r.means().percentChange(), "no pairs"),
        paired("degenerate_groups", "pain_morning", "30% rate (no changers)",
            r -> r.relative().rate().value(), "no pairs"),
        paired("thirty_percent", "pain_night", "percent change (baselines all 0)",
            r -> r.means().percentChange(), "mean_pre is 0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("undefined")
  void undefinedWithReason(String name, Stat stat, String reason) {
    assertThat(stat.isDefined()).as("%s is %s", name, stat).isFalse();
    assertThat(stat.reason()).as(name).contains(reason);
  }

  @Test
  void allEqualChangesKeepRsMidrangeEstimate() {
    // R: wilcox.test(x, y, paired = TRUE, conf.int = TRUE)$estimate is the midrange, 3
    PairedResult r = SurveyAnalysis.withDefaults().paired(ReferenceSurveys.survey("arms",
        "degenerate_paired")).get(2);
    assertThat(r.outcome()).isEqualTo("sleep_quality");
    assertThat(r.hodgesLehmann().estimate().value()).isEqualTo(Stat.of(3));
  }

  private static PairedResult paired(String csv) {
    return SurveyAnalysis.withDefaults().paired(Surveys.of(csv)).get(0);
  }

  private static Arguments paired(String dataset, String outcome, String what,
      Function<PairedResult, Stat> stat, String reason) {
    PairedResult r = SurveyAnalysis.withDefaults().paired(
        ReferenceSurveys.survey("arms", dataset)).stream()
        .filter(p -> p.outcome().equals(outcome)).findFirst().orElseThrow();
    return Arguments.of(dataset + " " + outcome + " " + what, stat.apply(r), reason);
  }
}
