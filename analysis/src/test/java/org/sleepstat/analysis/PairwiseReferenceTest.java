package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sleepstat.core.io.ByteSource;
import org.sleepstat.core.io.ImportResult;
import org.sleepstat.core.io.SurveyFileException;
import org.sleepstat.core.io.SurveyImporter;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.stats.Reference;
import org.sleepstat.stats.Stat;

/**
 * Quartiles, epsilon squared and the pairwise comparisons between positions against R: every row
 * of reference/pairwise/pairwise-expected.tsv, written by {@code Rscript pairwise.R} (R 4.2.2).
 * R calls: quantile(y, c(.25, .75), type = 7) and IQR(y) per position; kruskal.test(y ~
 * g)$statistic / ((N^2 - 1)/(N + 1)); Games–Howell with ptukey/qtukey and Dunn with p.adjust(p,
 * "holm"), written in plain R as rstatix and FSA compute them (each row names its expression).
 * Data: the shared surveys in reference/data, reference/pairwise/data/pairwise_edge.csv, and two
 * published worked examples (reference/pairwise/worked-examples.csv).
 */
class PairwiseReferenceTest {
  private static final String DIR = "/reference/pairwise/";
  private static final Map<String, List<PositionResult>> RESULTS = new ConcurrentHashMap<>();

  /** One expected value; {@code group} is a position, "group1|group2", or empty. */
  record Row(String dataset, String outcome, String group, String key, String expected,
      String rCall) {

    boolean isNa() {
      return "NA".equals(expected);
    }

    boolean isWorkedExample() {
      return dataset.equals("toothgrowth") || dataset.equals("likert");
    }

    String reproduce() {
      String data = isWorkedExample()
          ? "worked-examples.csv, example " + dataset
          : (dataset.equals("pairwise_edge") ? "data/" : "../data/") + dataset + ".csv, outcome "
              + outcome;
      return String.format(Locale.ROOT, "%s%s; R: %s  (rerun: cd analysis/src/test/resources/"
          + "reference/pairwise && Rscript pairwise.R)", data,
          group.isEmpty() ? "" : ", " + group, rCall);
    }

    @Override
    public String toString() {
      return dataset + " " + outcome + (group.isEmpty() ? "" : " " + group) + " " + key;
    }
  }

  static Stream<Row> rows() {
    return rowList().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void equalsR(Row row) {
    PositionResult result = find(row.dataset(), row.outcome());
    Object actual;
    if (row.group().isEmpty()) {
      actual = switch (row.key()) {
        case "epsilon_squared" -> result.effectSizes().epsilonSquared();
        case "pairs" -> result.pairwise().size();
        default -> throw new IllegalArgumentException("unknown key " + row.key());
      };
    } else if (row.group().contains("|")) {
      actual = pairValue(pair(result, row), row.key());
    } else {
      PositionGroup g = result.groups().stream()
          .filter(p -> p.position().equals(row.group())).findFirst()
          .orElseThrow(() -> new AssertionError(row + ": no position " + row.group() + "; "
              + row.reproduce()));
      actual = Stat.of(switch (row.key()) {
        case "q1" -> g.q1();
        case "q3" -> g.q3();
        case "iqr" -> g.iqr().getAsDouble();
        default -> throw new IllegalArgumentException("unknown key " + row.key());
      });
    }
    assertMatchesR(row, actual);
  }

  /** Java compares exactly the pairs R compares, in the same order. */
  @Test
  void comparesTheSamePairsAsRInLevelOrder() {
    Map<String, List<String>> expected = new LinkedHashMap<>();
    for (Row row : rowList()) {
      List<String> pairs = expected.computeIfAbsent(row.dataset() + "/" + row.outcome(),
          k -> new ArrayList<>());
      if (row.group().contains("|") && row.key().equals("n1")) {
        pairs.add(row.group());
      }
    }
    assertThat(expected).hasSizeGreaterThanOrEqualTo(25);
    assertThat(expected.values().stream().mapToInt(List::size).sum()).isGreaterThan(60);
    expected.forEach((key, pairs) -> {
      String[] parts = key.split("/");
      assertThat(find(parts[0], parts[1]).pairwise().stream()
          .map(p -> p.group1() + "|" + p.group2()))
          .as("pairs of %s", key).containsExactlyElementsOf(pairs);
    });
  }

  private static PairwiseComparison pair(PositionResult result, Row row) {
    String[] names = row.group().split("\\|");
    return result.pairwise().stream()
        .filter(p -> p.group1().equals(names[0]) && p.group2().equals(names[1])).findFirst()
        .orElseThrow(() -> new AssertionError(row + ": no pair " + row.group() + " in "
            + result.pairwise() + "; " + row.reproduce()));
  }

  static Object pairValue(PairwiseComparison p, String key) {
    return switch (key) {
      case "n1" -> p.n1();
      case "n2" -> p.n2();
      case "mean_diff" -> p.gamesHowell().difference().value();
      case "gh_se" -> p.gamesHowell().se();
      case "gh_t" -> p.gamesHowell().t();
      case "gh_df" -> p.gamesHowell().df();
      case "p_games_howell" -> p.gamesHowell().p();
      case "gh_ci_low" -> p.gamesHowell().difference().ciLow();
      case "gh_ci_high" -> p.gamesHowell().difference().ciHigh();
      case "mean_rank_diff" -> Stat.of(p.dunn().meanRankDifference());
      case "dunn_se" -> p.dunn().se();
      case "dunn_z" -> p.dunn().z();
      case "p_dunn" -> p.dunn().p();
      case "p_dunn_holm" -> p.dunn().pHolm();
      default -> throw new IllegalArgumentException("unknown key " + key);
    };
  }

  /** The tolerances of {@link Reference}: 1e-9 relative, 1e-10 absolute for p-values. */
  private static void assertMatchesR(Row row, Object actual) {
    String context = row + ": " + row.reproduce();
    if (actual instanceof Integer count) {
      assertThat(row.isNa()).as("%s%nR gives NA for a count", context).isFalse();
      assertThat((double) count).as("%s%ncount", context)
          .isEqualTo(Double.parseDouble(row.expected()));
      return;
    }
    Stat stat = (Stat) actual;
    if (row.isNa()) {
      assertThat(stat.isDefined())
          .as("%s%nR gives NA (undefined) but Java gives %s", context, stat).isFalse();
      assertThat(stat.reason()).as("%s%nreason of the undefined value", context).isNotBlank();
      return;
    }
    if (!stat.isDefined()) {
      fail("%s%nexpected %s but Java says undefined: %s", context, row.expected(), stat.reason());
    }
    double expected = Double.parseDouble(row.expected());
    double got = stat.getAsDouble();
    double tolerance = row.key().startsWith("p_")
        ? Reference.P_VALUE_ABSOLUTE
        : Reference.STATISTIC_RELATIVE * Math.abs(expected) + Reference.STATISTIC_ABSOLUTE_FLOOR;
    if (!(Math.abs(got - expected) <= tolerance)) {
      fail("%s%nexpected %s, got %s (difference %.3g > tolerance %.3g)", context, row.expected(),
          Double.toString(got), Math.abs(got - expected), tolerance);
    }
  }

  /** The by-position result of an outcome: from a survey, or from a worked example. */
  static PositionResult find(String dataset, String outcome) {
    List<PositionResult> results = RESULTS.computeIfAbsent(dataset, PairwiseReferenceTest::analyse);
    return results.stream().filter(r -> r.outcome().equals(outcome)).findFirst()
        .orElseThrow(() -> new AssertionError("no by-position result for " + outcome + " in "
            + dataset));
  }

  private static List<PositionResult> analyse(String dataset) {
    if (dataset.equals("toothgrowth") || dataset.equals("likert")) {
      return List.of(workedExample(dataset));
    }
    Survey survey = dataset.equals("pairwise_edge") ? importSurvey("data/pairwise_edge.csv")
        : ReferenceSurveys.survey("", dataset);
    return SurveyAnalysis.withDefaults().byPosition(survey);
  }

  /** A worked example as outcome "value" over its groups, in order of first appearance. */
  static PositionResult workedExample(String example) {
    List<String> levels = new ArrayList<>();
    List<Integer> codes = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    String[] lines = resource("worked-examples.csv").split("\n");
    for (int i = 1; i < lines.length; i++) {
      String[] f = lines[i].trim().split(",");
      if (!f[0].equals(example)) {
        continue;
      }
      if (!levels.contains(f[1])) {
        levels.add(f[1]);
      }
      codes.add(levels.indexOf(f[1]));
      values.add(Double.parseDouble(f[2]));
    }
    assertThat(values).as("values of worked example %s", example).isNotEmpty();
    return PositionAnalysis.compute("value", levels,
        codes.stream().mapToInt(Integer::intValue).toArray(),
        values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static Survey importSurvey(String name) {
    byte[] bytes = resource(name).getBytes(StandardCharsets.UTF_8);
    try {
      ImportResult r = SurveyImporter.withDefaults().read(ByteSource.ofBytes(name, bytes));
      assertThat(r.counts().rejected()).as("rejected rows of %s: %s", name, r.problems()).isZero();
      return r.survey();
    } catch (SurveyFileException e) {
      throw new IllegalStateException(name + " cannot be imported: " + e.getMessage(), e);
    }
  }

  private static List<Row> rowList() {
    List<Row> rows = new ArrayList<>();
    boolean header = true;
    for (String line : resource("pairwise-expected.tsv").split("\n")) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 6) {
        throw new IllegalStateException("pairwise-expected.tsv: expected 6 fields: " + line);
      }
      rows.add(new Row(f[0], f[1], f[2], f[3], f[4], f[5]));
    }
    return rows;
  }

  private static String resource(String name) {
    try (InputStream in = PairwiseReferenceTest.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + DIR + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
