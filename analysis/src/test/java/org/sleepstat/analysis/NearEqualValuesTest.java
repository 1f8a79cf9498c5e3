package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.stats.Reference;

/**
 * Values that differ by far less than their size (10 − k·1e-8) against R: group means, the
 * one-way F tests, Games–Howell, Welch's t of the arms and the paired t equal the exact values
 * (R on the values shifted by −10, exact in binary; reference/near-equal/near-equal.R) to 1e-12
 * relative, and each group mean equals R's {@code mean} to the last bit. A mean rounded twice
 * (the sum to double, then the quotient) moves these statistics by up to 1e-7 relative.
 */
class NearEqualValuesTest {
  private static final String DIR = "/reference/near-equal/";
  private static final double RELATIVE = 1e-12;
  private static final Survey SURVEY =
      Surveys.of(Reference.resource(DIR + "near_equal.csv"));
  private static final PositionResult POSITIONS =
      SurveyAnalysis.withDefaults().byPosition(SURVEY).get(0);
  private static final ArmComparisonResult ARMS = ArmComparison.compare(SURVEY).get(0);
  private static final PairedResult PAIRED = SurveyAnalysis.withDefaults().paired(SURVEY).get(0);

  static Stream<Arguments> rows() {
    return Reference.fields(DIR + "near-equal-expected.tsv", "near-equal-expected.tsv").stream()
        .map(f -> Arguments.of(f[2].isEmpty() ? f[3] : f[2] + " " + f[3], f));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void equalsTheExactValueFromR(String name, String[] row) {
    String group = row[2];
    String key = row[3];
    String context = name + ": R " + row[5]
        + " (rerun: cd analysis/src/test/resources/reference/near-equal && Rscript near-equal.R)";
    double want = Double.parseDouble(row[4]);
    if (key.equals("mean") || key.equals("mean_pre")) {
      double got = key.equals("mean") ? group(group).mean() : PAIRED.means().pre().getAsDouble();
      assertThat(got).as("%s: R's mean, to the last bit", context).isEqualTo(want);
      return;
    }
    Object actual = actual(group, key);
    double tolerance = key.startsWith("p_") ? Reference.P_VALUE_ABSOLUTE
        : RELATIVE * Math.abs(want);
    Reference.assertMatches(context, row[4], actual, tolerance);
  }

  private static Object actual(String group, String key) {
    if (group.contains("-")) {
      PairwiseComparison c = pair(group);
      return switch (key) {
        case "mean_difference" -> c.gamesHowell().difference().value();
        case "gh_t" -> c.gamesHowell().t();
        case "gh_df" -> c.gamesHowell().df();
        case "p_gh" -> c.gamesHowell().p();
        case "gh_ci_low" -> c.gamesHowell().difference().ciLow();
        case "gh_ci_high" -> c.gamesHowell().difference().ciHigh();
        default -> throw new IllegalArgumentException(key);
      };
    }
    return switch (key) {
      case "sd" -> group(group).sd();
      case "anova_f" -> POSITIONS.anova().f();
      case "p_anova" -> POSITIONS.anova().p();
      case "welch_f" -> POSITIONS.welch().f();
      case "welch_df2" -> POSITIONS.welch().df2();
      case "p_welch" -> POSITIONS.welch().p();
      case "eta_squared" -> POSITIONS.effectSizes().etaSquared();
      case "welch_t" -> ARMS.welch().t();
      case "welch_df" -> ARMS.welch().df();
      case "welch_difference" -> ARMS.welch().difference().value();
      case "paired_t" -> PAIRED.tTest().t();
      default -> throw new IllegalArgumentException(key);
    };
  }

  private static PositionGroup group(String name) {
    return POSITIONS.groups().stream().filter(g -> g.position().equals(name)).findFirst()
        .orElseThrow();
  }

  private static PairwiseComparison pair(String names) {
    List<String> two = List.of(names.split("-"));
    return POSITIONS.pairwise().stream()
        .filter(c -> c.group1().equals(two.get(0)) && c.group2().equals(two.get(1)))
        .findFirst().orElseThrow();
  }
}
