package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.stats.Reference;

/**
 * The change against the weeks since the change, against R statistic by statistic: every row of
 * time-since-change/time-since-change-expected.tsv, written by {@code Rscript
 * time-since-change.R} (R 4.2.2). R calls: lm(change ~ weeks) with summary and confint,
 * cor.test(weeks, change, method = "spearman", exact = FALSE), t.test(change[band == b]),
 * oneway.test(change ~ band, var.equal = TRUE), oneway.test(change ~ band) and
 * kruskal.test(change ~ band); each row names its own.
 */
class TimeSinceChangeReferenceTest {
  private static final String FOLDER = "time-since-change";
  private static final String TABLE = "time-since-change-expected.tsv";
  private static final String SCRIPT = "time-since-change.R";

  static Stream<Arguments> rows() {
    return Reference.arguments(FOLDER, TABLE, SCRIPT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void equalsR(Reference.Row row) {
    TimeSinceChangeResult.Outcome result = analyze(row.dataset()).outcomes().stream()
        .filter(r -> r.outcome().equals(row.outcome())).findFirst()
        .orElseThrow(() -> new AssertionError("no result for " + row));
    Reference.assertMatchesR(row, value(result, row.group(), row.key()));
  }

  @Test
  void bandsAreThePlansWithAnEmptyOneKept() {
    TimeSinceChangeResult r = analyze("weeks_sparse");
    assertThat(r.weeks()).contains(StudyDesign.WEEKS_SINCE_CHANGE);
    assertThat(r.outcomes().get(0).bands()).extracting(TimeSinceChangeResult.Band::band)
        .containsExactly("[0,4)", "[4,12)", "[12,Inf)");
    assertThat(r.outcomes().get(0).anova().p().reason())
        .contains("fewer than two bands of weeks with at least 2 respondents (1)");
    assertThat(r.outcomes().get(2).bands().get(1).ciLow().reason()).contains("zero variance");
  }

  private static TimeSinceChangeResult analyze(String dataset) {
    Survey survey = ReferenceSurveys.survey(FOLDER, dataset);
    return TimeSinceChange.analyze(survey, StudyDesign.of(survey.codebook()));
  }

  private static Object value(TimeSinceChangeResult.Outcome r, String group, String key) {
    if (!group.isEmpty()) {
      TimeSinceChangeResult.Band b = r.bands().stream().filter(x -> x.band().equals(group))
          .findFirst().orElseThrow(() -> new AssertionError("no band " + group));
      return switch (key) {
        case "n" -> b.n();
        case "mean" -> b.mean();
        case "sd" -> b.sd();
        case "ci_low" -> b.ciLow();
        case "ci_high" -> b.ciHigh();
        default -> throw new IllegalArgumentException("unknown key " + key);
      };
    }
    TimeSinceChangeResult.Slope s = r.slope();
    return switch (key) {
      case "n" -> r.n();
      case "intercept" -> s.intercept();
      case "slope" -> s.slope().value();
      case "slope_se" -> s.se();
      case "slope_t" -> s.t();
      case "p_slope" -> s.p();
      case "slope_df" -> s.df();
      case "slope_ci_low" -> s.slope().ciLow();
      case "slope_ci_high" -> s.slope().ciHigh();
      case "spearman_rho" -> r.spearman().rho();
      case "p_spearman" -> r.spearman().p();
      case "bands_tested" -> r.bandsTested();
      case "anova_f" -> r.anova().f();
      case "anova_df1" -> r.anova().df1();
      case "anova_df2" -> r.anova().df2();
      case "p_anova" -> r.anova().p();
      case "welch_f" -> r.welch().f();
      case "welch_df1" -> r.welch().df1();
      case "welch_df2" -> r.welch().df2();
      case "p_welch" -> r.welch().p();
      case "kruskal_h" -> r.kruskalWallis().h();
      case "kruskal_df" -> r.kruskalWallis().df();
      case "p_kruskal" -> r.kruskalWallis().p();
      default -> throw new IllegalArgumentException("unknown key " + key);
    };
  }

  /** Without the weeks column there is nothing to analyse, and a note says so. */
  @Test
  void surveyWithoutWeeksColumnGetsANote() {
    Survey survey = ReferenceSurveys.survey("arms", "arms_small");
    TimeSinceChangeResult r = TimeSinceChange.analyze(survey, StudyDesign.of(survey.codebook()));
    assertThat(r.outcomes()).isEmpty();
    assertThat(r.notes()).containsExactly("the survey has no weeks_since_change column: the"
        + " change is not analysed against the time since it");
  }

  /** The datasets cover what the reference must: a band of one and an empty band. */
  @Test
  void referenceDataHoldABandOfOneAndAnEmptyBand() {
    List<TimeSinceChangeResult.Band> bands = analyze("weeks_sparse").outcomes().get(0).bands();
    assertThat(bands).extracting(TimeSinceChangeResult.Band::n).containsExactly(1, 5, 0);
  }
}
