package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sleepstat.stats.Reference;

/**
 * The paired statistics added for issue 3 against R, statistic by statistic: every row of
 * arms/paired-extra-expected.tsv, written by {@code Rscript paired-extra.R} (R 4.2.2) with x =
 * post, y = pre of the paired respondents, on the shared and the arms data sets. R calls:
 * wilcox.test(x, y, paired = TRUE, conf.int = TRUE) for the Hodges–Lehmann estimate and
 * interval, uniroot over pt(t, n - 1, ncp) for the dz interval, prop.test(k, n, correct = FALSE)
 * for the 30% responders; each row names its own.
 */
class PairedExtraReferenceTest {
  private static final String TABLE = "paired-extra-expected.tsv";
  private static final String SCRIPT = "paired-extra.R";

  static Stream<Arguments> rows() {
    return Reference.arguments("arms", TABLE, SCRIPT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void equalsR(Reference.Row row) {
    PairedResult result = paired(row.dataset()).stream()
        .filter(r -> r.outcome().equals(row.outcome())).findFirst()
        .orElseThrow(() -> new AssertionError("no paired result for " + row));
    Reference.assertMatchesR(row, value(result, row.key()));
  }

  /** The table covers every data set, both Hodges–Lehmann methods and R's lowered levels. */
  @Test
  void tableCoversTheEdgeCases() {
    List<Reference.Row> rows = Reference.rows("arms", TABLE, SCRIPT);
    assertThat(rows.stream().map(Reference.Row::dataset).distinct())
        .contains("arms_small", "thirty_percent", "arms_degenerate", "medium", "exact_small",
            "ties_zeros", "large_no_ties", "degenerate_paired");
    assertThat(rows).filteredOn(r -> r.key().equals("hl_conf_level") && !r.isNa())
        .extracting(Reference.Row::value)
        .contains(0.0, 0.5, 0.75, 0.88, 0.95);
    assertThat(rows).filteredOn(r -> r.key().equals("zero_baselines") && !r.isNa())
        .extracting(Reference.Row::value).contains(3.0);
  }

  private static List<PairedResult> paired(String dataset) {
    return SurveyAnalysis.withDefaults().paired(ReferenceSurveys.survey("arms", dataset));
  }

  static Object value(PairedResult r, String key) {
    return switch (key) {
      case "n" -> r.n();
      case "hl_estimate" -> r.hodgesLehmann().estimate().value();
      case "hl_ci_low" -> r.hodgesLehmann().estimate().ciLow();
      case "hl_ci_high" -> r.hodgesLehmann().estimate().ciHigh();
      case "hl_conf_level" -> r.hodgesLehmann().confidence();
      case "dz_ci_low" -> r.dz().ciLow();
      case "dz_ci_high" -> r.dz().ciHigh();
      case "percent_change" -> r.means().percentChange();
      case "relative_responders" -> r.relative().count();
      case "zero_baselines" -> r.zeroBaselines();
      case "relative_responder_rate" -> r.relative().rate().value();
      case "relative_responder_ci_low" -> r.relative().rate().ciLow();
      case "relative_responder_ci_high" -> r.relative().rate().ciHigh();
      default -> throw new IllegalArgumentException("unknown key " + key);
    };
  }
}
