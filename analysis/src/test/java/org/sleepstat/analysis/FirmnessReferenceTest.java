package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.stats.Reference;

/**
 * Firmness along the advice against R, statistic by statistic: every row of
 * firmness/firmness-expected.tsv, written by {@code Rscript firmness.R} (R 4.2.2) on props/data
 * (an empty firmness level, a level of one, missing values, a file without
 * new_mattress_firmness). R calls: oneway.test and kruskal.test by level, lm(y ~ score) for the
 * trend, t.test(y[advised], y[rest]), lm(post ~ pre + g) with anova(lm(post ~ pre), ·) and
 * lm(post ~ pre + adv) for the change; each row names its own.
 */
class FirmnessReferenceTest {
  private static final String TABLE = "firmness-expected.tsv";
  private static final String SCRIPT = "firmness.R";

  static Stream<Arguments> rows() {
    return Reference.arguments("firmness", TABLE, SCRIPT);
  }

  static FirmnessResult firmness(String dataset) {
    Survey survey = ReferenceSurveys.survey("props", dataset);
    return FirmnessAnalysis.analyze(survey, StudyDesign.of(survey.codebook()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void equalsR(Reference.Row row) {
    FirmnessResult r = firmness(row.dataset());
    Object actual = row.outcome().endsWith("_pre")
        ? baseline(r.baseline().stream().filter(b -> b.outcome().equals(row.outcome()))
            .findFirst().orElseThrow(), row.group(), row.key())
        : change(r.change().stream().filter(c -> c.outcome().equals(row.outcome()))
            .findFirst().orElseThrow(), row.group(), row.key());
    Reference.assertMatchesR(row, actual);
  }

  private static Object baseline(FirmnessBaseline b, String group, String key) {
    PositionResult g = b.byLevel();
    return switch (group) {
      case "" -> switch (key) {
        case "anova_f" -> g.anova().f();
        case "p_anova" -> g.anova().p();
        case "welch_f" -> g.welch().f();
        case "welch_df2" -> g.welch().df2();
        case "p_welch" -> g.welch().p();
        case "kruskal_h" -> g.kruskalWallis().h();
        case "p_kruskal" -> g.kruskalWallis().p();
        default -> throw new IllegalArgumentException(key);
      };
      case "trend" -> switch (key) {
        case "n" -> b.trendN();
        case "df" -> b.trendDf();
        default -> coefficient(b.trend(), key);
      };
      case "advised" -> switch (key) {
        case "n_advised" -> b.advised().nAdvised();
        case "n_rest" -> b.advised().nRest();
        case "difference" -> b.advised().difference().difference();
        case "ci_low" -> b.advised().difference().ciLow();
        case "ci_high" -> b.advised().difference().ciHigh();
        case "t" -> b.advised().difference().test().t();
        case "df" -> b.advised().difference().test().df();
        case "p_t" -> b.advised().difference().test().p();
        default -> throw new IllegalArgumentException(key);
      };
      default -> level(g, group, key);
    };
  }

  private static Object level(PositionResult g, String group, String key) {
    PositionGroup level = g.groups().stream().filter(x -> x.position().equals(group))
        .findFirst().orElseThrow(() -> new AssertionError("no level " + group));
    return switch (key) {
      case "n" -> level.n();
      case "mean" -> level.mean();
      case "sd" -> level.sd();
      case "median" -> level.median();
      default -> throw new IllegalArgumentException(key);
    };
  }

  private static Object change(FirmnessChange c, String group, String key) {
    return switch (group) {
      case "change" -> switch (key) {
        case "n" -> c.n();
        case "df" -> c.df();
        case "f" -> c.f().f();
        case "df1" -> c.f().df1();
        case "df2" -> c.f().df2();
        case "p_f" -> c.f().p();
        default -> throw new IllegalArgumentException(key);
      };
      case "advised" -> switch (key) {
        case "n_advised" -> c.advisedN();
        case "df" -> c.advisedDf();
        default -> coefficient(c.advised(), key);
      };
      default -> key.equals("n")
          ? c.levels().stream().filter(l -> l.level().equals(group)).findFirst().orElseThrow().n()
          : coefficient(c.coefficients().stream()
              .filter(x -> x.term().equals(StudyDesign.NEW_MATTRESS_FIRMNESS + group))
              .findFirst().orElseThrow(() -> new AssertionError("no term for " + group)), key);
    };
  }

  private static Object coefficient(RegressionCoefficient c, String key) {
    return switch (key) {
      case "estimate" -> c.estimate();
      case "se" -> c.standardError();
      case "t" -> c.t();
      case "p_trend", "p_coef" -> c.p();
      case "ci_low" -> c.ciLow();
      case "ci_high" -> c.ciHigh();
      default -> throw new IllegalArgumentException(key);
    };
  }

  @Test
  void theEmptyLevelIsLeftOutAndTheLevelOfOneIsDescribedButNotTested() {
    FirmnessBaseline b = firmness("advice_full").baseline().get(0);
    assertThat(b.levels()).containsExactly("medium", "medium_firm", "firm");
    assertThat(b.byLevel().groupsTested()).isEqualTo(2);
    assertThat(firmness("advice_full").change().get(0).reference()).isEqualTo("soft");
  }

  @Test
  void aFileWithoutTheNewFirmnessHasBaselineResultsAndANote() {
    FirmnessResult r = firmness("advice_lacking");
    assertThat(r.baseline()).isNotEmpty();
    assertThat(r.change()).isEmpty();
    assertThat(r.notes()).contains("the file has no new_mattress_firmness column");
  }
}
