package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sleepstat.stats.Reference;
import org.sleepstat.stats.Stat;

/**
 * Baseline outcomes by sleep position against R: every row of groups-expected.tsv, written by
 * {@code Rscript groups.R} (R 4.2.2). R calls: oneway.test(y ~ g, var.equal = TRUE),
 * oneway.test(y ~ g), kruskal.test(y ~ g) over the positions with n >= 2; mean, sd, median per
 * position; each row names its own.
 */
class PositionReferenceTest {
  private static final String TABLE = "groups-expected.tsv";
  private static final String SCRIPT = "groups.R";

  static Stream<Arguments> rows() {
    return Reference.arguments("", TABLE, SCRIPT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void equalsR(Reference.Row row) {
    PositionResult result = find(row.dataset(), row.outcome());
    if (row.group().isEmpty()) {
      Reference.assertMatchesR(row, value(result, row.key()));
      return;
    }
    PositionGroup group = result.groups().stream()
        .filter(g -> g.position().equals(row.group())).findFirst()
        .orElseThrow(() -> new AssertionError(row + ": no group " + row.group() + "; "
            + row.reproduce()));
    Reference.assertMatchesR(row, switch (row.key()) {
      case "n" -> group.n();
      case "mean" -> Stat.of(group.mean());
      case "sd" -> group.sd();
      case "median" -> Stat.of(group.median());
      default -> throw new IllegalArgumentException("unknown key " + row.key());
    });
  }

  /** Java lists exactly the positions R found with at least one value, in level order. */
  @Test
  void listsTheSamePositionsAsR() {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    for (Reference.Row row : Reference.rows("", TABLE, SCRIPT)) {
      List<String> groups = expected.computeIfAbsent(row.dataset() + "/" + row.outcome(),
          k -> new ArrayList<>());
      if (!row.group().isEmpty() && row.key().equals("n")) {
        groups.add(row.group());
      }
    }
    assertThat(expected).hasSizeGreaterThanOrEqualTo(20);
    expected.forEach((key, groups) -> {
      String[] parts = key.split("/");
      assertThat(find(parts[0], parts[1]).groups().stream().map(PositionGroup::position))
          .as("positions of %s", key).containsExactlyElementsOf(groups);
    });
  }

  private static PositionResult find(String dataset, String outcome) {
    return SurveyAnalysis.withDefaults().byPosition(ReferenceSurveys.survey("", dataset)).stream()
        .filter(r -> r.outcome().equals(outcome)).findFirst()
        .orElseThrow(() -> new AssertionError("no by-position result for " + outcome + " in "
            + dataset));
  }

  static Object value(PositionResult r, String key) {
    return switch (key) {
      case "n" -> r.n();
      case "groups_tested" -> r.groupsTested();
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
      case "eta_squared" -> r.effectSizes().etaSquared();
      default -> throw new IllegalArgumentException("unknown key " + key);
    };
  }
}
