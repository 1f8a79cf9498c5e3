package org.sleepstat.analysis;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sleepstat.stats.Reference;

/**
 * Mattress age against baseline outcomes, compared with R: every row of correlation-expected.tsv,
 * written by {@code Rscript correlation.R} (R 4.2.2). R calls: cor.test(age, y) and
 * cor.test(age, y, method = "spearman", exact = FALSE); each row names its own.
 */
class MattressAgeReferenceTest {
  static Stream<Arguments> rows() {
    return Reference.arguments("", "correlation-expected.tsv", "correlation.R");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void equalsR(Reference.Row row) {
    MattressAgeResult r = SurveyAnalysis.withDefaults().mattressAge(
        ReferenceSurveys.survey("", row.dataset()))
        .stream().filter(m -> m.outcome().equals(row.outcome())).findFirst()
        .orElseThrow(() -> new AssertionError(row + ": no result; " + row.reproduce()));
    Reference.assertMatchesR(row, switch (row.key()) {
      case "n" -> r.n();
      case "pearson_r" -> r.pearsonR();
      case "p_pearson" -> r.pPearson();
      case "pearson_ci_low" -> r.pearsonCiLow();
      case "pearson_ci_high" -> r.pearsonCiHigh();
      case "spearman_rho" -> r.spearmanRho();
      case "p_spearman" -> r.pSpearman();
      case "spearman_ci_low" -> r.spearmanCiLow();
      case "spearman_ci_high" -> r.spearmanCiHigh();
      default -> throw new IllegalArgumentException("unknown key " + row.key());
    });
  }
}
