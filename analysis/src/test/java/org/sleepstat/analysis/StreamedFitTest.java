package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.stats.Stat;
import org.sleepstat.stats.model.DesignRows;
import org.sleepstat.stats.model.LinearModel;
import org.sleepstat.stats.model.RegressionFit;
import org.sleepstat.stats.model.StreamedQr;

/**
 * A design decomposed block by block ({@link StreamedQr}, used above {@link
 * LinearModel#MAX_HELD} values) gives the fit of the design held and decomposed whole (the
 * Householder QR that equals R's lm), to 1e-10 relative: the limit is forced to 0 here so that
 * designs of a few thousand rows, over several blocks, take the streamed way.
 */
class StreamedFitTest {
  private static final double RELATIVE = 1e-10;

  /** A design's columns and y, read as rows by {@link DesignRows#of}. */
  private record Design(double[][] x, double[] y) {
    DesignRows rows() {
      return DesignRows.of(x, y);
    }
  }

  /**
   * Intercept, scores on a grid of 0.1, 0/1 indicators and a one-hot factor of 4 levels without
   * its first (as lm's treatment contrasts), y linear in them plus noise.
   */
  private static Design design(long seed, int n, boolean intercept, boolean aliased) {
    SplittableRandom random = new SplittableRandom(seed);
    int p = 7 + (aliased ? 1 : 0);
    double[][] x = new double[p][n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[0][i] = intercept ? 1 : Math.rint(random.nextDouble(0, 50)) / 10;
      x[1][i] = Math.rint(random.nextDouble(0, 400)) / 10; // mattress age
      x[2][i] = random.nextInt(2);
      int level = random.nextInt(4);
      for (int l = 1; l < 4; l++) {
        x[2 + l][i] = level == l ? 1 : 0;
      }
      x[6][i] = 16 + random.nextInt(80); // age
      if (aliased) {
        x[7][i] = 2 * x[1][i] - x[2][i]; // a combination of the columns before it
      }
      y[i] = Math.rint(10 * (0.5 + 0.05 * x[1][i] + 0.8 * x[2][i] - 0.3 * x[4][i]
          + 0.01 * x[6][i] + random.nextGaussian())) / 10;
    }
    return new Design(x, y);
  }

  static Stream<Arguments> designs() {
    return Stream.of(
        Arguments.of("3000 rows, intercept", design(1, 3000, true, false).rows(), true),
        Arguments.of("2500 rows, not a multiple of the block",
            design(2, 2500, true, false).rows(), true),
        Arguments.of("5000 rows, no intercept", design(3, 5000, false, false).rows(), false),
        Arguments.of("one block", design(4, 700, true, false).rows(), true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("designs")
  void streamedFitEqualsTheHeldOne(String name, DesignRows rows, boolean intercept) {
    LinearModel.Fitted held = fitted(LinearModel.fit(rows, intercept, Long.MAX_VALUE));
    LinearModel.Fitted streamed = fitted(LinearModel.fit(rows, intercept, 0));
    assertClose(name, held, streamed);
  }

  @Test
  void aliasedColumnIsTheSameOneEitherWay() {
    DesignRows rows = design(5, 3000, true, true).rows();
    LinearModel.Result held = LinearModel.fit(rows, true, Long.MAX_VALUE);
    LinearModel.Result streamed = LinearModel.fit(rows, true, 0);
    assertThat(held).isInstanceOf(LinearModel.Unfitted.class);
    assertThat(streamed).isEqualTo(held);

    // R's handling (RegressionFit): the aliased column gets no coefficient, the others are fitted
    RegressionFit wholeFit = RegressionFit.of(rows, Long.MAX_VALUE);
    RegressionFit blockFit = RegressionFit.of(rows, 0);
    assertThat(blockFit.aliased).containsExactly(wholeFit.aliased);
    assertThat(wholeFit.aliased[7]).isTrue();
    assertThat(blockFit.rank).isEqualTo(wholeFit.rank).isEqualTo(7);
    assertClose("aliased", fitted(wholeFit.result), fitted(blockFit.result));
  }

  @Test
  void badValuesAreRefusedEitherWay() {
    Design bad = design(6, 2000, true, false);
    bad.y()[1500] = Double.NaN;
    DesignRows rows = bad.rows();
    assertThatThrownBy(() -> LinearModel.fit(rows, true, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("y[1500] is NaN");
    assertThatThrownBy(() -> LinearModel.fit(rows, true, Long.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("y[1500] is NaN");
    DesignRows noIntercept = design(7, 2000, false, false).rows();
    assertThatThrownBy(() -> LinearModel.fit(noIntercept, true, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("intercept column");
  }

  @Test
  void surveyRegressionsAndAncovasAgree() {
    Survey survey = Surveys.generated(20261126, 4000);
    List<String> outcomes =
        BaselineRegression.outcomes(survey, StudyDesign.of(survey.codebook()));
    // all outcomes decomposed in one pass, each row into the triangle of the outcomes it has
    List<RegressionResult> together =
        BaselineRegression.fit(survey, outcomes, StudyDesign.BASELINE_COVARIATES, Map.of(), 0);
    assertThat(together).hasSize(3);
    for (int k = 0; k < outcomes.size(); k++) {
      String outcome = outcomes.get(k);
      RegressionResult held = BaselineRegression.fit(survey, outcome,
          StudyDesign.BASELINE_COVARIATES, Long.MAX_VALUE);
      RegressionResult alone =
          BaselineRegression.fit(survey, outcome, StudyDesign.BASELINE_COVARIATES, 0);
      assertClose(held, alone);
      assertClose(held, together.get(k));
    }
    List<ArmComparisonResult> held = ArmComparison.compare(survey,
        StudyDesign.of(survey.codebook()), Long.MAX_VALUE);
    List<ArmComparisonResult> streamed = ArmComparison.compare(survey,
        StudyDesign.of(survey.codebook()), 0);
    assertThat(streamed).hasSameSizeAs(held).isNotEmpty();
    for (int k = 0; k < held.size(); k++) {
      ArmComparisonResult h = held.get(k);
      ArmComparisonResult s = streamed.get(k);
      assertThat(s.ancova().method()).isEqualTo(h.ancova().method());
      assertClose(h.outcome(), h.ancova().difference().value(), s.ancova().difference().value());
      assertClose(h.outcome(), h.ancova().se(), s.ancova().se());
      assertClose(h.outcome(), h.ancova().t(), s.ancova().t());
      assertCloseP(h.outcome(), h.ancova().p(), s.ancova().p());
      assertClose(h.outcome(), h.ancova().difference().ciLow(), s.ancova().difference().ciLow());
      assertClose(h.outcome(), h.ancova().difference().ciHigh(), s.ancova().difference().ciHigh());
      assertClose(h.outcome(), h.ancova().rSquared(), s.ancova().rSquared());
      assertThat(s.welch().p()).isEqualTo(h.welch().p());
    }
  }

  @Test
  void outcomesWithDifferentRowsAndLevelsAgreeTogether() {
    // pain_night_pre is missing where pain_morning_pre is not, and only pain_morning_pre has
    // respondents sleeping on their stomach among its complete rows
    StringBuilder csv = new StringBuilder("respondent_id,sleep_position,mattress_age_years,"
        + "mattress_firmness,age_years,bmi,exercise_days_week,pain_morning_pre,pain_night_pre\n");
    SplittableRandom random = new SplittableRandom(99);
    String[] positions = {"side", "back", "stomach", "combination"};
    String[] firmness = {"soft", "medium", "medium_firm", "firm"};
    for (int i = 0; i < 3000; i++) {
      int position = random.nextInt(4);
      String night = position == 2 || random.nextInt(10) == 0 ? ""
          : Double.toString(Math.rint(random.nextDouble(0, 100)) / 10);
      csv.append(String.format(java.util.Locale.ROOT, "R%d,%s,%.1f,%s,%d,%.1f,%d,%.1f,%s%n", i,
          positions[position], random.nextDouble(0, 20), firmness[random.nextInt(4)],
          20 + random.nextInt(60), random.nextDouble(18, 40), random.nextInt(8),
          Math.rint(random.nextDouble(0, 100)) / 10, night));
    }
    Survey survey = Surveys.of(csv.toString());
    List<String> outcomes = List.of("pain_morning_pre", "pain_night_pre");
    List<RegressionResult> together =
        BaselineRegression.fit(survey, outcomes, StudyDesign.BASELINE_COVARIATES, Map.of(), 0);
    for (int k = 0; k < 2; k++) {
      RegressionResult held = BaselineRegression.fit(survey, outcomes.get(k),
          StudyDesign.BASELINE_COVARIATES, Long.MAX_VALUE);
      assertClose(held, together.get(k));
    }
    assertThat(together.get(1).notes()).anyMatch(note -> note.contains("stomach"));
    assertThat(together.get(0).coefficients()).hasSize(together.get(1).coefficients().size() + 1);
  }

  @Test
  void oneOutcomeOverOverlappingSubsetsFittedTogetherGivesEachSubsetAlone() {
    Survey survey = Surveys.generated(20261207, 9000);
    String outcome = "pain_morning_post";
    List<String> terms = List.of("pain_morning_pre", "changed_mattress", "sex");
    // two overlapping subsets: every third row, and every row from 1000 on
    RowFilter.Builder thirds = new RowFilter.Builder(survey.size());
    RowFilter.Builder later = new RowFilter.Builder(survey.size());
    for (int i = 0; i < survey.size(); i++) {
      if (i % 3 == 0) {
        thirds.keep(i);
      }
      if (i >= 1000) {
        later.keep(i);
      }
    }
    List<RowFilter> subsets = List.of(thirds.build(), later.build(), RowFilter.ALL);
    List<RegressionResult> together = BaselineRegression.fit(survey,
        List.of(outcome, outcome, outcome), terms, Map.of(), 0, subsets);
    assertThat(together).hasSize(3);
    for (int k = 0; k < subsets.size(); k++) {
      RegressionResult held = BaselineRegression.fit(survey, List.of(outcome), terms, Map.of(),
          Long.MAX_VALUE, subsets.get(k)).get(0);
      assertThat(together.get(k).n()).isEqualTo(held.n());
      assertClose(held, together.get(k));
    }
    assertThat(together.get(0).n()).isLessThan(together.get(1).n());
  }

  @Test
  void outcomesOnTheirOwnCovariatesFittedTogetherGiveEachAlone() {
    // each outcome after on its own value before (as the adjusted differences): a row missing
    // one outcome's value before still counts for the others, whose designs lack that column
    Survey survey = Surveys.generated(20261208, 9000);
    List<String> names = List.of("pain_morning", "pain_night", "sleep_quality");
    RowFilter.Builder odd = new RowFilter.Builder(survey.size());
    for (int i = 1; i < survey.size(); i += 2) {
      odd.keep(i);
    }
    List<RowFilter> subsets = List.of(RowFilter.ALL, odd.build());
    List<String> outcomes = new java.util.ArrayList<>();
    List<List<String>> covariates = new java.util.ArrayList<>();
    List<RowFilter> rows = new java.util.ArrayList<>();
    for (String name : names) {
      for (RowFilter subset : subsets) {
        outcomes.add(name + "_post");
        covariates.add(List.of(name + "_pre", "changed_mattress", "sex", "mattress_age_years"));
        rows.add(subset);
      }
    }
    List<RegressionResult> together =
        BaselineRegression.fitEach(survey, outcomes, covariates, Map.of(), 0, rows);
    assertThat(together).hasSize(outcomes.size());
    for (int k = 0; k < outcomes.size(); k++) {
      RegressionResult alone = BaselineRegression.fit(survey, List.of(outcomes.get(k)),
          covariates.get(k), Map.of(), Long.MAX_VALUE, rows.get(k)).get(0);
      assertThat(together.get(k).coefficients().get(1).term())
          .isEqualTo(covariates.get(k).get(0));
      assertClose(alone, together.get(k));
    }
    // the outcomes' complete rows differ, so rows were shared across different designs
    assertThat(together.stream().filter(r -> rows.get(together.indexOf(r)) == RowFilter.ALL)
        .map(RegressionResult::n).distinct()).hasSizeGreaterThan(1);
  }

  private static void assertClose(RegressionResult held, RegressionResult streamed) {
    String outcome = held.outcome();
    assertThat(streamed.n()).isEqualTo(held.n()).isGreaterThan(2000);
    assertThat(streamed.droppedMissing()).isEqualTo(held.droppedMissing());
    assertThat(streamed.formula()).isEqualTo(held.formula());
    assertThat(streamed.notes()).isEqualTo(held.notes());
    assertThat(streamed.coefficients()).hasSameSizeAs(held.coefficients());
    for (int j = 0; j < held.coefficients().size(); j++) {
      RegressionCoefficient h = held.coefficients().get(j);
      RegressionCoefficient s = streamed.coefficients().get(j);
      String at = outcome + " " + h.term();
      assertClose(at + " estimate", h.estimate(), s.estimate());
      assertClose(at + " se", h.standardError(), s.standardError());
      assertClose(at + " t", h.t(), s.t());
      assertCloseP(at + " p", h.p(), s.p());
      assertClose(at + " ci low", h.ciLow(), s.ciLow());
      assertClose(at + " ci high", h.ciHigh(), s.ciHigh());
    }
    for (Stat[] pair : new Stat[][] {{held.fit().rSquared(), streamed.fit().rSquared()},
        {held.fit().adjustedRSquared(), streamed.fit().adjustedRSquared()},
        {held.fit().sigma(), streamed.fit().sigma()}, {held.fit().f(), streamed.fit().f()},
        {held.rank(), streamed.rank()}}) {
      assertClose(outcome, pair[0], pair[1]);
    }
    assertCloseP(outcome + " p of F", held.fit().p(), streamed.fit().p());
  }

  private static LinearModel.Fitted fitted(LinearModel.Result r) {
    assertThat(r).isInstanceOf(LinearModel.Fitted.class);
    return (LinearModel.Fitted) r;
  }

  private static void assertClose(String name, LinearModel.Fitted a, LinearModel.Fitted b) {
    assertThat(b.n()).isEqualTo(a.n());
    assertThat(b.residualDf()).isEqualTo(a.residualDf());
    assertThat(b.inferenceProblem()).isEqualTo(a.inferenceProblem());
    assertThat(b.coefficients()).hasSameSizeAs(a.coefficients());
    for (int j = 0; j < a.coefficients().size(); j++) {
      LinearModel.Coefficient x = a.coefficients().get(j);
      LinearModel.Coefficient y = b.coefficients().get(j);
      String at = name + " coefficient " + j;
      assertClose(at + " estimate", x.estimate(), y.estimate());
      assertClose(at + " se", x.standardError(), y.standardError());
      assertClose(at + " t", x.t(), y.t());
      assertCloseP(at + " p", x.p(), y.p());
      assertClose(at + " ci low", x.ciLow(), y.ciLow());
      assertClose(at + " ci high", x.ciHigh(), y.ciHigh());
    }
    assertClose(name + " sigma", a.sigma(), b.sigma());
    assertClose(name + " R²", a.rSquared(), b.rSquared());
    assertClose(name + " adjusted R²", a.adjustedRSquared(), b.adjustedRSquared());
    assertClose(name + " F", a.f(), b.f());
    assertCloseP(name + " p of F", a.pF(), b.pF());
  }

  private static void assertClose(String name, Stat a, Stat b) {
    assertThat(b.isDefined()).as(name + ": " + a + " vs " + b).isEqualTo(a.isDefined());
    if (a.isDefined()) {
      assertClose(name, a.getAsDouble(), b.getAsDouble());
    } else {
      assertThat(b.reason()).as(name).isEqualTo(a.reason());
    }
  }

  /** p-values: the contract's tolerance for them is absolute; a tiny p moves with t's last bits. */
  private static void assertCloseP(String name, Stat a, Stat b) {
    assertThat(b.isDefined()).as(name).isEqualTo(a.isDefined());
    if (a.isDefined()) {
      assertCloseP(name, a.getAsDouble(), b.getAsDouble());
    }
  }

  private static void assertCloseP(String name, double a, double b) {
    assertThat(Math.abs(a - b)).as("%s: held %s, streamed %s", name, a, b)
        .isLessThanOrEqualTo(Math.max(RELATIVE * a, 1e-15));
  }

  private static void assertClose(String name, double a, double b) {
    assertThat(Math.abs(a - b)).as("%s: held %s, streamed %s", name, a, b)
        .isLessThanOrEqualTo(RELATIVE * Math.abs(a));
  }
}
