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
 * Props by position against R, statistic by statistic: every row of props/props-expected.tsv,
 * written by {@code Rscript props.R} (R 4.2.2) on props/data (an empty comparison where no back
 * sleeper uses a lumbar roll, groups of one, ties, missing values, a file without
 * pillow_under_hips). R calls: t.test(y, n) for the difference's interval and Welch's test,
 * wilcox.test(y, n) for W and p, wilcox.test(y, n, conf.int = TRUE) for the Hodges–Lehmann shift;
 * each row names its own.
 */
class PropsReferenceTest {
  private static final String FOLDER = "props";
  private static final String TABLE = "props-expected.tsv";
  private static final String SCRIPT = "props.R";

  static Stream<Arguments> rows() {
    return Reference.arguments(FOLDER, TABLE, SCRIPT);
  }

  static List<PropsResult> props(String dataset) {
    Survey survey = ReferenceSurveys.survey(FOLDER, dataset);
    return PropsByPosition.compare(survey, StudyDesign.of(survey.codebook()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void equalsR(Reference.Row row) {
    String[] group = row.group().split("/");
    PropsResult entry = props(row.dataset()).stream()
        .filter(r -> r.position().equals(group[0]) && r.prop().equals(group[1])).findFirst()
        .orElseThrow(() -> new AssertionError("no props entry for " + row));
    List<PropComparison> list = group[2].equals("baseline") ? entry.baseline() : entry.change();
    PropComparison c = list.stream().filter(x -> x.outcome().equals(row.outcome())).findFirst()
        .orElseThrow(() -> new AssertionError("no comparison for " + row));
    Reference.assertMatchesR(row, value(c, row.key()));
  }

  static Object value(PropComparison c, String key) {
    return switch (key) {
      case "n_with" -> c.nWith();
      case "n_without" -> c.nWithout();
      case "mean_with" -> c.with().mean();
      case "mean_without" -> c.without().mean();
      case "difference" -> c.welch().difference();
      case "ci_low" -> c.welch().ciLow();
      case "ci_high" -> c.welch().ciHigh();
      case "t" -> c.welch().test().t();
      case "df" -> c.welch().test().df();
      case "p_t" -> c.welch().test().p();
      case "w" -> c.rankSum().w();
      case "p_w" -> c.rankSum().p();
      case "exact" -> c.rankSum().exact();
      case "hl_estimate" -> c.shift().value();
      case "hl_ci_low" -> c.shift().ciLow();
      case "hl_ci_high" -> c.shift().ciHigh();
      case "hl_level" -> c.shiftLevel();
      default -> throw new IllegalArgumentException("unknown key " + key);
    };
  }

  @Test
  void comparesExactlyWhatRCompared() {
    long expected = Reference.rows(FOLDER, TABLE, SCRIPT).stream()
        .filter(r -> r.key().equals("n_with")).count();
    long actual = Stream.of("advice_full", "advice_lacking").flatMap(d -> props(d).stream())
        .mapToLong(r -> r.baseline().size() + r.change().size()).sum();
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void aPropTheFileLacksIsANoteNotAnError() {
    PropsResult hips = props("advice_lacking").stream()
        .filter(r -> r.prop().equals("pillow_under_hips")).findFirst().orElseThrow();
    assertThat(hips.baseline()).isEmpty();
    assertThat(hips.change()).isEmpty();
    assertThat(hips.notes()).containsExactly("the file has no pillow_under_hips column");
  }

  @Test
  void withoutAGroupColumnTheChangeCoversEveryoneAndSaysSo() {
    PropsResult side = props("advice_lacking").get(0);
    assertThat(side.change()).isNotEmpty();
    assertThat(side.notes()).anyMatch(n -> n.contains("no changed_mattress column"));
  }

  @Test
  void aPositionWhereNobodyHasThePropHasNoComparisonAndSaysWhy() {
    PropsResult lumbar = props("advice_full").stream()
        .filter(r -> r.prop().equals("lumbar_roll")).findFirst().orElseThrow();
    PropComparison c = lumbar.baseline().get(0);
    assertThat(c.nWith()).isZero();
    assertThat(c.nWithout()).isPositive();
    assertThat(c.welch().test().p().reason()).contains("at least 2 values per group");
    assertThat(c.shift().value().reason()).contains("with and without the prop");
  }
}
