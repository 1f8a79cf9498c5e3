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
import org.sleepstat.core.survey.Survey;
import org.sleepstat.stats.Reference;

/**
 * The untreated arm's pairs against R, statistic by statistic: every row of
 * arms/untreated-expected.tsv, written by {@code Rscript untreated.R} (R 4.2.2) over the
 * respondents with changed_mattress = "no" and both values. R calls: mean(y), mean(x), and
 * prop.test(responders, n, correct = FALSE)$conf.int for the Wilson intervals of both responder
 * rules; each row names its own.
 */
class UntreatedPairsReferenceTest {
  private static final String TABLE = "untreated-expected.tsv";
  private static final String SCRIPT = "untreated.R";

  static Stream<Arguments> rows() {
    return Reference.arguments("arms", TABLE, SCRIPT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void equalsR(Reference.Row row) {
    UntreatedPairs result = untreated(row.dataset()).stream()
        .filter(r -> r.outcome().equals(row.outcome())).findFirst()
        .orElseThrow(() -> new AssertionError("no untreated pairs for " + row));
    Reference.assertMatchesR(row, value(result, row.key()));
  }

  /** Java counts the untreated arm of exactly the outcomes R counted, in every data set. */
  @Test
  void countsTheSameOutcomesAsR() {
    Map<String, TreeSet<String>> expected = new TreeMap<>();
    for (Reference.Row row : Reference.rows("arms", TABLE, SCRIPT)) {
      expected.computeIfAbsent(row.dataset(), k -> new TreeSet<>()).add(row.outcome());
    }
    assertThat(expected).hasSizeGreaterThanOrEqualTo(10).doesNotContainKey("no_change_column");
    expected.forEach((dataset, outcomes) -> assertThat(untreated(dataset))
        .extracting(UntreatedPairs::outcome).as("outcomes of %s", dataset)
        .containsExactlyInAnyOrderElementsOf(outcomes));
  }

  /** Without a group column there is no untreated arm, and no rows for one. */
  @Test
  void surveyWithoutChangedMattressHasNoUntreatedArm() {
    Survey survey = ReferenceSurveys.survey("arms", "no_change_column");
    assertThat(untreated("no_change_column")).isEmpty();
    AnalysisResult all = SurveyAnalysis.withDefaults().analyze(survey);
    assertThat(all.untreated()).isEmpty();
    assertThat(all.rows().untreated()).isEmpty();
    assertThat(all.paired()).isNotEmpty();
  }

  /**
   * The analysis's rows of the untreated arm are the non-changers with both values, disjoint from
   * the treated pairs, and as many as the arm's n.
   */
  @Test
  void untreatedRowsAreTheNonChangersPairs() {
    Survey survey = ReferenceSurveys.survey("arms", "arms_small");
    AnalysisResult all = SurveyAnalysis.withDefaults().analyze(survey);
    assertThat(all.untreated()).hasSameSizeAs(all.paired());
    for (int k = 0; k < all.untreated().size(); k++) {
      Selection rows = all.rows().untreated().get(k);
      assertThat(rows.size()).isEqualTo(all.untreated().get(k).n());
      List<Integer> treated = java.util.Arrays.stream(all.rows().paired().get(k).toArray())
          .boxed().toList();
      for (int row : rows.toArray()) {
        assertThat(treated).doesNotContain(row);
        assertThat(survey.levels("changed_mattress").orElseThrow().text(row)).isEqualTo("no");
      }
    }
    assertThat(all.untreated().get(0).selection())
        .isEqualTo("changed_mattress = no, both values present");
  }

  private static List<UntreatedPairs> untreated(String dataset) {
    return SurveyAnalysis.withDefaults().untreated(ReferenceSurveys.survey("arms", dataset));
  }

  static Object value(UntreatedPairs r, String key) {
    return switch (key) {
      case "n" -> r.n();
      case "mean_pre" -> r.meanPre();
      case "mean_post" -> r.meanPost();
      case "responders" -> r.absolute().count();
      case "responder_rate" -> r.absolute().rate().value();
      case "responder_ci_low" -> r.absolute().rate().ciLow();
      case "responder_ci_high" -> r.absolute().rate().ciHigh();
      case "relative_responders" -> r.relative().count();
      case "relative_responder_rate" -> r.relative().rate().value();
      case "relative_responder_ci_low" -> r.relative().rate().ciLow();
      case "relative_responder_ci_high" -> r.relative().rate().ciHigh();
      default -> throw new IllegalArgumentException("unknown key " + key);
    };
  }
}
