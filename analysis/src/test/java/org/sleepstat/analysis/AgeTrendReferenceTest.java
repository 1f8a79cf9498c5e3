package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.stats.Reference;

/**
 * The trend tests across mattress age bands compared with R: every row of
 * agetrend/agetrend-expected.tsv, written by {@code Rscript agetrend.R} (R 4.2.2) from data sets
 * with an empty band, a band of one respondent, missing ages and outcomes, one band only, a
 * constant outcome and no residual df. R: score = as.integer(cut(age, c(0, 6, 8, 10, Inf), right
 * = FALSE)); lm(y ~ score); per band prop.test(x, n, correct = FALSE) of y >= 4; prop.trend.test(x,
 * n).
 */
class AgeTrendReferenceTest {
  static Stream<Arguments> rows() {
    return Reference.arguments("agetrend", "agetrend-expected.tsv", "agetrend.R");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void trendsAndSharesEqualR(Reference.Row row) {
    AgeBandResult r = AgeBands.analyze(ReferenceSurveys.survey("agetrend", row.dataset()))
        .stream().filter(b -> b.outcome().equals(row.outcome())).findFirst()
        .orElseThrow(() -> new AssertionError(row + ": no result; " + row.reproduce()));
    AgeBandTrend t = r.trend();
    if (row.key().startsWith("share") || row.key().equals("p_share")) {
      AgeBandShares s = r.highShare()
          .orElseThrow(() -> new AssertionError(row + ": no shares; " + row.reproduce()));
      if (row.group().isEmpty()) {
        Reference.assertMatchesR(row, switch (row.key()) {
          case "share_chi_squared" -> s.chiSquared();
          case "share_df" -> s.df();
          case "p_share" -> s.p();
          default -> throw new IllegalArgumentException("unknown key " + row.key());
        });
        return;
      }
      AgeBandShares.Band band = s.bands().stream().filter(b -> b.band().equals(row.group()))
          .findFirst().orElseThrow(() -> new AssertionError(row + ": no band"));
      Reference.assertMatchesR(row, switch (row.key()) {
        case "share_x" -> band.x();
        case "share_n" -> band.n();
        case "share" -> band.share();
        case "share_ci_low" -> band.ciLow();
        case "share_ci_high" -> band.ciHigh();
        default -> throw new IllegalArgumentException("unknown key " + row.key());
      });
      return;
    }
    Reference.assertMatchesR(row, switch (row.key()) {
      case "trend_n" -> t.n();
      case "trend_bands" -> t.bandsPresent();
      case "trend_slope" -> t.slope();
      case "trend_se" -> t.se();
      case "trend_t" -> t.t();
      case "trend_df" -> t.df();
      case "p_trend" -> t.p();
      case "trend_ci_low" -> t.ciLow();
      case "trend_ci_high" -> t.ciHigh();
      default -> throw new IllegalArgumentException("unknown key " + row.key());
    });
  }

  @Test
  void onlyThePrimaryOutcomeHasShares() {
    List<AgeBandResult> r = AgeBands.analyze(ReferenceSurveys.survey("agetrend",
        "agetrend_main"));
    assertThat(r).extracting(AgeBandResult::outcome)
        .containsExactly("pain_morning_pre", "pain_night_pre", "sleep_quality_pre");
    assertThat(r.get(0).highShare()).hasValueSatisfying(s -> {
      assertThat(s.threshold()).isEqualTo(4);
      assertThat(s.bands()).extracting(AgeBandShares.Band::band)
          .containsExactly("[0,6)", "[6,8)", "[8,10)", "[10,Inf)");
    });
    assertThat(r.get(1).highShare()).isEmpty();
    assertThat(r.get(2).highShare()).isEmpty();
  }

  @Test
  void undefinedTrendsSayWhy() {
    List<AgeBandResult> sparse = AgeBands.analyze(ReferenceSurveys.survey("agetrend",
        "agetrend_sparse"));
    assertThat(sparse.get(1).trend().slope().reason()).contains("1 band");
    assertThat(sparse.get(2).trend().se().reason()).contains("zero variance");
    AgeBandResult edge = AgeBands.analyze(ReferenceSurveys.survey("agetrend", "agetrend_edge"))
        .get(0);
    assertThat(edge.highShare().orElseThrow().p().reason()).contains("none of the 2");
  }

  @Test
  void aPlanWithoutAThresholdHasNoShares() {
    // the same survey under a design whose primary outcome has no high_at
    Survey survey = ReferenceSurveys.survey("agetrend", "agetrend_main");
    StudyDesign builtIn = StudyDesign.of(survey.codebook());
    List<StudyDesign.Outcome> outcomes = builtIn.outcomes().stream()
        .map(o -> new StudyDesign.Outcome(o.name(), o.pre(), o.post(), o.direction(), o.label(),
            o.responder(), OptionalDouble.empty()))
        .toList();
    StudyDesign noThreshold = new StudyDesign(builtIn.title(), builtIn.id(), builtIn.group(),
        builtIn.singleArm(), outcomes, builtIn.primaryOutcome(), builtIn.position(),
        builtIn.mattressAge(), builtIn.redFlags(), builtIn.models(), builtIn.levelLabels());
    assertThat(AgeBands.analyze(survey, noThreshold)).allSatisfy(r -> {
      assertThat(r.highShare()).isEmpty();
      assertThat(r.trend().slope().isDefined()).isTrue();
    });
  }

  @Test
  void theFallbackBandsAreTheBuiltInPlans() {
    StudyDesign builtIn = StudyDesign.of(ReferenceSurveys.survey("agetrend", "agetrend_main")
        .codebook());
    assertThat(builtIn.models().bands(StudyDesign.MATTRESS_AGE)).contains(AgeBands.BUILT_IN);
  }
}
