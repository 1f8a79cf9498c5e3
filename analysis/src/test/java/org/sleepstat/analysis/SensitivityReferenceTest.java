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
 * The sensitivity analyses against R statistic by statistic: every row of
 * sensitivity/sensitivity-expected.tsv, written by {@code Rscript sensitivity.R} (R 4.2.2).
 * R calls: t.test(x, y, paired = TRUE) and wilcox.test(x, y, paired = TRUE) for the paired
 * analysis, lm(post ~ pre + changed_mattress + covariates) with summary and confint for the
 * adjusted difference, over every respondent, without red flags and for persistent pain only;
 * each row names its own.
 */
class SensitivityReferenceTest {
  private static final String FOLDER = "sensitivity";
  private static final String TABLE = "sensitivity-expected.tsv";
  private static final String SCRIPT = "sensitivity.R";

  static Stream<Arguments> rows() {
    return Reference.arguments(FOLDER, TABLE, SCRIPT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void equalsR(Reference.Row row) {
    SensitivityResult result = analyze(row.dataset());
    SensitivityResult.Kind kind = kind(row.group());
    if (row.outcome().equals("subset")) {
      SensitivityResult.Subset s = result.subsets().stream().filter(x -> x.kind() == kind)
          .findFirst().orElseThrow();
      Reference.assertMatchesR(row, switch (row.key()) {
        case "respondents" -> s.respondents();
        case "left_out" -> s.leftOut();
        case "left_out_missing" -> s.leftOutMissing();
        case "kept_with_missing" -> s.keptWithMissing();
        default -> throw new IllegalArgumentException("unknown key " + row.key());
      });
      return;
    }
    SensitivityResult.Repeat r = result.outcomes().stream()
        .filter(o -> o.outcome().equals(row.outcome())).findFirst().orElseThrow()
        .of(kind).orElseThrow(() -> new AssertionError("no " + kind + " for " + row));
    Reference.assertMatchesR(row, value(r, row.key()));
  }

  private static SensitivityResult.Kind kind(String group) {
    for (SensitivityResult.Kind k : SensitivityResult.Kind.values()) {
      if (k.key().equals(group)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown subset " + group);
  }

  private static Object value(SensitivityResult.Repeat r, String key) {
    PairedResult p = r.paired();
    if (key.startsWith("adjusted") || key.equals("p_adjusted")) {
      AdjustedDifference a = r.adjusted().orElseThrow();
      return switch (key) {
        case "adjusted_n" -> a.n();
        case "adjusted_estimate" -> a.difference().value();
        case "adjusted_se" -> a.se();
        case "adjusted_t" -> a.t();
        case "p_adjusted" -> a.p();
        case "adjusted_df" -> a.df();
        case "adjusted_ci_low" -> a.difference().ciLow();
        case "adjusted_ci_high" -> a.difference().ciHigh();
        default -> throw new IllegalArgumentException("unknown key " + key);
      };
    }
    return switch (key) {
      case "n" -> p.n();
      case "mean_change" -> p.tTest().meanChange().value();
      case "ci_low" -> p.tTest().meanChange().ciLow();
      case "ci_high" -> p.tTest().meanChange().ciHigh();
      case "t" -> p.tTest().t();
      case "df" -> p.tTest().df();
      case "p_t" -> p.tTest().p();
      case "p_wilcoxon" -> p.signedRank().p();
      case "responders" -> p.absolute().count();
      default -> throw new IllegalArgumentException("unknown key " + key);
    };
  }

  private static SensitivityResult analyze(String dataset) {
    Survey survey = ReferenceSurveys.survey(FOLDER, dataset);
    return Sensitivity.analyze(survey, StudyDesign.of(survey.codebook()));
  }

  /** The survey's analysis joins its own main results with the subsets: the same numbers. */
  @Test
  void surveyAnalysisPutsTheMainResultBesideTheSubsets() {
    Survey survey = ReferenceSurveys.survey(FOLDER, "sensitivity_main");
    AnalysisResult all = SurveyAnalysis.withDefaults().analyze(survey);
    SensitivityResult alone = analyze("sensitivity_main");
    assertThat(all.sensitivity()).isEqualTo(alone);
    assertThat(all.sensitivity().outcomes().get(0).of(SensitivityResult.Kind.MAIN)
        .orElseThrow().paired()).isEqualTo(all.paired().get(0));
  }

  @Test
  void unansweredRedFlagsStayInAndAreSaid() {
    SensitivityResult.Subset s = analyze("sensitivity_main").subsets().get(1);
    assertThat(s.kind()).isEqualTo(SensitivityResult.Kind.WITHOUT_RED_FLAGS);
    assertThat(s.notes()).contains("4 respondents with a red flag unanswered but none answered"
        + " yes stay in");
    SensitivityResult.Subset fewer = analyze("sensitivity_no_exercise").subsets().get(1);
    assertThat(fewer.notes()).contains("rf_weight_loss_fever, rf_bladder_bowel, rf_worsening:"
        + " no column, not checked");
  }

  @Test
  void missingDurationsAreLeftOutAndCounted() {
    SensitivityResult.Subset s = analyze("sensitivity_main").subsets().get(2);
    assertThat(s.rule()).isEqualTo("pain_duration_weeks > 6");
    assertThat(s.notes()).containsExactly("4 respondents without pain_duration_weeks left out");
  }

  @Test
  void absentCovariateIsNotedInTheAdjustedDifference() {
    AdjustedDifference a = analyze("sensitivity_no_exercise").outcomes().get(0)
        .of(SensitivityResult.Kind.PERSISTENT_ONLY).orElseThrow().adjusted().orElseThrow();
    assertThat(a.notes()).contains("exercise_days_week left out: the file has no column");
  }

  @Test
  void withoutRedFlagColumnsTheSubsetIsUnavailable() {
    Survey survey = ReferenceSurveys.survey("time-since-change", "weeks_main");
    SensitivityResult r = Sensitivity.analyze(survey, StudyDesign.of(survey.codebook()));
    assertThat(r.subsets().get(1).unavailable()).hasValueSatisfying(
        why -> assertThat(why).startsWith("the survey has none of the red-flag columns"));
    assertThat(r.subsets().get(2).unavailable())
        .contains("the survey has no pain_duration_weeks column");
    assertThat(r.outcomes().get(0).repeats()).extracting(SensitivityResult.Repeat::kind)
        .containsExactly(SensitivityResult.Kind.MAIN);
  }
}
