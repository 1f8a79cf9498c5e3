package org.sleepstat.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.stats.ContingencyTable;
import org.sleepstat.stats.Reference;

/**
 * Chi-square and Fisher's exact tests compared with R: every row of
 * models/categorical-expected.tsv, written by {@code Rscript categorical.R} (R 4.2.2). R calls:
 * chisq.test(tab) and fisher.test(tab) on the survey tables of every data set and on the count
 * tables of models/tables.tsv; each row names its own.
 */
class CategoricalReferenceTest {
  private static final Set<String> COUNTS_AND_FLAGS =
      Set.of("chisq_corrected", "chisq_warning", "chisq_cells_below_5");

  static Stream<Arguments> rows() {
    return Reference.arguments("models", "categorical-expected.tsv", "categorical.R");
  }

  /** The count tables of categorical.R by name. */
  static Map<String, int[][]> tables() {
    Map<String, int[][]> out = new LinkedHashMap<>();
    for (String line : Reference.resource("/reference/models/tables.tsv").split("\n")) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t");
      String[] rows = f[1].split(";");
      int[][] counts = new int[rows.length][];
      for (int i = 0; i < rows.length; i++) {
        counts[i] = Stream.of(rows[i].split(",")).mapToInt(Integer::parseInt).toArray();
      }
      out.put(f[0], counts);
    }
    return out;
  }

  private static final Map<String, CategoricalResult> RESULTS = new ConcurrentHashMap<>();

  private static CategoricalResult result(Reference.Row row) {
    return RESULTS.computeIfAbsent(row.dataset() + "/" + row.outcome(), k -> compute(row));
  }

  private static CategoricalResult compute(Reference.Row row) {
    if (row.dataset().equals("tables")) {
      return Categorical.test(ContingencyTable.of(tables().get(row.outcome())));
    }
    Survey s = ReferenceSurveys.survey("models", row.dataset());
    var result = switch (row.outcome()) {
      case "position_x_morning_pain" -> Categorical.positionByMorningPain(s);
      case "changed_x_responder" -> Categorical.changedByResponder(s);
      default -> throw new IllegalArgumentException("unknown table " + row.outcome());
    };
    return result.orElseThrow(() -> new AssertionError(row + ": no result; " + row.reproduce()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void testsEqualR(Reference.Row row) {
    CategoricalResult r = result(row);
    if (row.isNa() && COUNTS_AND_FLAGS.contains(row.key())) {
      // R stopped: the whole chi-square test is undefined
      Reference.assertMatchesR(row, r.chiSquare().statistic());
      return;
    }
    Reference.assertMatchesR(row, switch (row.key()) {
      case "n" -> r.n();
      case "rows" -> r.table().rows();
      case "columns" -> r.table().columns();
      case "chisq_statistic" -> r.chiSquare().statistic();
      case "chisq_df" -> r.chiSquare().df();
      case "p_chisq" -> r.chiSquare().p();
      case "chisq_corrected" -> r.chiSquare().yatesCorrected();
      case "chisq_warning" -> r.chiSquare().warning().isPresent();
      case "chisq_min_expected" -> r.chiSquare().minExpected();
      case "chisq_cells_below_5" -> r.chiSquare().cellsBelowFive();
      case "p_fisher" -> r.fisher().p();
      case "odds_ratio" -> r.fisher().oddsRatio();
      case "or_ci_low" -> r.fisher().oddsRatioCiLow();
      case "or_ci_high" -> r.fisher().oddsRatioCiHigh();
      default -> throw new IllegalArgumentException("unknown key " + row.key());
    });
  }
}
