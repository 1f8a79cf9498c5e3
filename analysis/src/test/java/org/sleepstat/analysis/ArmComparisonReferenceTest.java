package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sleepstat.stats.Reference;

/**
 * Changed against not changed against R, statistic by statistic: every row of
 * arms/arms-expected.tsv, written by {@code Rscript arms.R} (R 4.2.2). R calls: lm(post ~ pre +
 * changed) with summary and confint for the ANCOVA, t.test(change[changed == "yes"],
 * change[changed == "no"]) for Welch; each row names its own.
 */
class ArmComparisonReferenceTest {
  private static final String TABLE = "arms-expected.tsv";
  private static final String SCRIPT = "arms.R";

  static Stream<Arguments> rows() {
    return Reference.arguments("arms", TABLE, SCRIPT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void equalsR(Reference.Row row) {
    ArmComparisonResult result = compare(row.dataset()).stream()
        .filter(r -> r.outcome().equals(row.outcome())).findFirst()
        .orElseThrow(() -> new AssertionError("no arm comparison for " + row));
    Reference.assertMatchesR(row, value(result, row.group(), row.key()));
  }

  /** Java compares exactly the outcomes R compared, per data set with changed_mattress. */
  @Test
  void comparesTheSameOutcomesAsR() {
    Map<String, TreeSet<String>> expected = new TreeMap<>();
    for (Reference.Row row : Reference.rows("arms", TABLE, SCRIPT)) {
      expected.computeIfAbsent(row.dataset(), k -> new TreeSet<>()).add(row.outcome());
    }
    assertThat(expected).hasSizeGreaterThanOrEqualTo(10).doesNotContainKey("no_change_column");
    expected.forEach((dataset, outcomes) -> assertThat(compare(dataset))
        .extracting(ArmComparisonResult::outcome).as("outcomes of %s", dataset)
        .containsExactlyInAnyOrderElementsOf(outcomes));
  }

  @Test
  void surveyWithoutChangedMattressHasNothingToCompare() {
    assertThat(compare("no_change_column")).isEmpty();
  }

  private static List<ArmComparisonResult> compare(String dataset) {
    return ArmComparison.compare(ReferenceSurveys.survey("arms", dataset));
  }

  static Object value(ArmComparisonResult r, String group, String key) {
    if (!group.isEmpty()) {
      ArmComparisonResult.Arm arm = switch (group) {
        case "yes" -> r.changed();
        case "no" -> r.unchanged();
        default -> throw new IllegalArgumentException("unknown arm " + group);
      };
      return switch (key) {
        case "n" -> arm.n();
        case "mean_pre" -> arm.meanPre();
        case "mean_post" -> arm.meanPost();
        case "mean_change" -> arm.meanChange();
        default -> throw new IllegalArgumentException("unknown key " + key);
      };
    }
    return switch (key) {
      case "ancova_difference" -> r.ancova().difference().value();
      case "ancova_se" -> r.ancova().se();
      case "ancova_t" -> r.ancova().t();
      case "ancova_df" -> r.ancova().df();
      case "p_ancova" -> r.ancova().p();
      case "ancova_ci_low" -> r.ancova().difference().ciLow();
      case "ancova_ci_high" -> r.ancova().difference().ciHigh();
      case "ancova_r_squared" -> r.ancova().rSquared();
      case "welch_difference" -> r.welch().difference().value();
      case "welch_t" -> r.welch().t();
      case "welch_df" -> r.welch().df();
      case "p_welch" -> r.welch().p();
      case "welch_ci_low" -> r.welch().difference().ciLow();
      case "welch_ci_high" -> r.welch().difference().ciHigh();
      default -> throw new IllegalArgumentException("unknown key " + key);
    };
  }
}
