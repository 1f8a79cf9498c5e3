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
import org.sleepstat.stats.Stat;

/**
 * The paired analysis against R, statistic by statistic: every row of paired-expected.tsv, written
 * by {@code Rscript paired.R} (R 4.2.2) with x = post, y = pre of the paired respondents.
 * R calls: t.test(x, y, paired = TRUE), wilcox.test(x, y, paired = TRUE), prop.test(responders,
 * n, correct = FALSE), mean, sd; each row names its own.
 */
class PairedReferenceTest {
  private static final String TABLE = "paired-expected.tsv";
  private static final String SCRIPT = "paired.R";

  static Stream<Arguments> rows() {
    return Reference.arguments("", TABLE, SCRIPT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void equalsR(Reference.Row row) {
    PairedResult result = find(row.dataset(), row.outcome());
    Reference.assertMatchesR(row, value(result, row.key()));
  }

  /** Java analyses exactly the outcomes R found with both columns, per data set. */
  @Test
  void analysesTheSameOutcomesAsR() {
    Map<String, TreeSet<String>> expected = new TreeMap<>();
    for (Reference.Row row : Reference.rows("", TABLE, SCRIPT)) {
      expected.computeIfAbsent(row.dataset(), k -> new TreeSet<>()).add(row.outcome());
    }
    assertThat(expected).hasSizeGreaterThanOrEqualTo(8);
    expected.forEach((dataset, outcomes) -> {
      List<String> actual = paired(dataset).stream().map(PairedResult::outcome).toList();
      assertThat(actual).as("outcomes of %s", dataset).containsExactlyInAnyOrderElementsOf(
          outcomes);
    });
  }

  static List<PairedResult> paired(String dataset) {
    return SurveyAnalysis.withDefaults().paired(ReferenceSurveys.survey("", dataset));
  }

  private static PairedResult find(String dataset, String outcome) {
    return paired(dataset).stream().filter(r -> r.outcome().equals(outcome)).findFirst()
        .orElseThrow(() -> new AssertionError("no paired result for " + outcome + " in "
            + dataset));
  }

  static Object value(PairedResult r, String key) {
    return switch (key) {
      case "n" -> r.n();
      case "mean_pre" -> r.means().pre();
      case "mean_post" -> r.means().post();
      case "mean_change" -> r.tTest().meanChange().value();
      case "ci_low" -> r.tTest().meanChange().ciLow();
      case "ci_high" -> r.tTest().meanChange().ciHigh();
      case "t" -> r.tTest().t();
      case "df" -> r.tTest().df();
      case "p_t" -> r.tTest().p();
      case "wilcoxon_v" -> r.signedRank().v();
      case "p_wilcoxon" -> r.signedRank().p();
      // R's method string says "exact" or not; undefined together with the test itself
      case "wilcoxon_exact" -> r.signedRank().v().isDefined()
          ? Stat.of(r.signedRank().exact() ? 1 : 0) : r.signedRank().v();
      case "zero_differences" -> r.signedRank().zeroDifferences();
      case "dz" -> r.dz().value();
      case "responders" -> r.absolute().count();
      case "responder_rate" -> r.absolute().rate().value();
      case "responder_ci_low" -> r.absolute().rate().ciLow();
      case "responder_ci_high" -> r.absolute().rate().ciHigh();
      default -> throw new IllegalArgumentException("unknown key " + key);
    };
  }
}
