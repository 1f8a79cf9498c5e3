package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sleepstat.analysis.BaselineTable.Characteristic;
import org.sleepstat.analysis.SampleDescription.LevelSummary;
import org.sleepstat.core.io.ByteSource;
import org.sleepstat.core.io.ImportResult;
import org.sleepstat.core.io.RejectedRow;
import org.sleepstat.core.io.SurveyImporter;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.plan.Table1Summary;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.stats.Reference;

/**
 * Table 1's p-values and standardised mean differences on the bundled sample against R
 * (reference/baseline/baseline.R): {@code t.test(x ~ g)} for mean (SD) rows, {@code
 * wilcox.test(x ~ g)} for median rows, {@code chisq.test(table(g, x))} for counts, or {@code
 * fisher.test(table(g, x))} when an expected count is below 5.
 */
class BaselineTableReferenceTest {
  private static Survey survey;
  private static BaselineTable table;

  @BeforeAll
  static void describeTheBundledSample() throws Exception {
    ImportResult r = SurveyImporter.withDefaults().read(ByteSource.ofResource(
        "sample-survey.csv", BaselineTableReferenceTest.class,
        "/org/sleepstat/data/sample-survey.csv"));
    // the rows baseline.R drops, as sleepstat rejects them
    assertThat(r.rejectedRows()).extracting(RejectedRow::line)
        .containsExactly(19L, 56L, 101L, 151L, 204L);
    survey = r.survey();
    StudyDesign design = StudyDesign.of(survey.codebook());
    table = BaselineTable.of(survey, design, SampleDescription.describe(survey, design));
  }

  static Stream<Arguments> rows() {
    return Reference.arguments("baseline", "baseline-expected.tsv", "baseline.R");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void equalsR(Reference.Row row) {
    Object actual = switch (row.key()) {
      case "n_yes" -> table.arms().get(1).n();
      case "n_others" -> table.arms().get(2).n();
      case "test" -> characteristic(row.outcome()).comparison().orElseThrow().test().ordinal() + 1;
      case "p_value" -> characteristic(row.outcome()).comparison().orElseThrow().p();
      case "smd" -> smd(characteristic(row.outcome()), row.group());
      default -> throw new IllegalArgumentException(row.key());
    };
    Reference.assertMatchesR(row, actual);
  }

  private static Object smd(Characteristic c, String level) {
    if (level.isEmpty()) {
      return c.smd().get(0);
    }
    LevelSummary s = (LevelSummary) c.cells().get(0);
    for (int l = 0; l < s.levels().size(); l++) {
      if (s.levels().get(l).level().equals(level)) {
        return c.smd().get(l);
      }
    }
    throw new AssertionError("no level " + level);
  }

  private static Characteristic characteristic(String name) {
    return table.rows().stream().filter(c -> c.variable().name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no row of " + name));
  }

  @Test
  void theTestsAreNamedByTheirRCalls() {
    assertThat(List.of(BaselineMethod.values())).extracting(BaselineMethod::rCall).containsExactly(
        "t.test(x ~ g)", "wilcox.test(x ~ g)", "chisq.test(table(g, x))",
        "fisher.test(table(g, x))");
    // wilcox.test's own choice on 170-odd values per group with ties: the normal approximation
    assertThat(characteristic("pain_duration_weeks").comparison().orElseThrow().detail())
        .isEqualTo("normal approximation with continuity correction");
  }

  @Test
  void onlyBaselineCharacteristicsInTheirOrder() {
    assertThat(table.rows()).extracting(c -> c.variable().name()).containsExactly("age_years",
        "sex", "bmi", "sleep_position", "mattress_age_years", "mattress_firmness",
        "mattress_type", "pillow_between_knees", "pillow_under_knees", "lumbar_roll",
        "pillow_under_hips", "exercise_days_week", "pain_duration_weeks", "pain_morning_pre",
        "pain_night_pre", "sleep_quality_pre");
    assertThat(characteristic("pain_duration_weeks").summary()).isEqualTo(Table1Summary.MEDIAN);
    assertThat(characteristic("bmi").summary()).isEqualTo(Table1Summary.MEAN);
    assertThat(characteristic("sex").summary()).isEqualTo(Table1Summary.COUNTS);
    assertThat(table.arms()).extracting(BaselineTable.Arm::n).containsExactly(395, 172, 210);
    assertThat(table.groupMissing()).isEqualTo(13);
  }

  @Test
  void aSingleArmStudyHasTheOverallColumnAloneAndNothingCompared() throws Exception {
    StudyDesign builtIn = StudyDesign.of(survey.codebook());
    StudyDesign single = new StudyDesign("x", builtIn.id(), Optional.empty(), true,
        builtIn.outcomes(), builtIn.primaryOutcome(), Optional.empty(), Optional.empty(),
        builtIn.redFlags(), builtIn.models(), Map.of());
    BaselineTable t = BaselineTable.of(survey, single, SampleDescription.describe(survey,
        single));
    assertThat(t.compared()).isFalse();
    assertThat(t.arms()).singleElement().extracting(BaselineTable.Arm::n).isEqualTo(395);
    assertThat(t.rows()).allSatisfy(c -> {
      assertThat(c.cells()).hasSize(1);
      assertThat(c.comparison()).isEmpty();
      assertThat(c.smd()).isEmpty();
    });
    // without a group, changed_mattress is an ordinary respondent variable; red flags not listed
    assertThat(t.rows()).extracting(c -> c.variable().name()).contains("changed_mattress")
        .doesNotContain("rf_worsening", "weeks_since_change", "pain_morning_post");
  }
}
