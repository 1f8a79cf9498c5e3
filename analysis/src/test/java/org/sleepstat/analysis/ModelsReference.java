package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.sleepstat.core.survey.Survey;

/**
 * The reference values of src/test/resources/reference/models: tables written by agebands.R,
 * regression.R and categorical.R (R 4.2.2) from models/data/*.csv (data sets named models_*) and
 * the shared data/*.csv. Same table layout and tolerances as {@link Reference} (1e-9 relative for
 * statistics, 1e-10 absolute for keys starting with "p_", exact for counts); the reproduce hint
 * points at the models folder.
 */
final class ModelsReference {
  private static final String DIR = "/reference/models/";
  private static final Map<String, Survey> SURVEYS = new ConcurrentHashMap<>();

  private ModelsReference() {}

  /**
   * One expected statistic; {@code outcome} names an outcome or a table, {@code group} a band or
   * a term.
   */
  record Row(String script, String dataset, String outcome, String group, String key,
      String expected, String rCall) {

    boolean isNa() {
      return "NA".equals(expected);
    }

    double value() {
      return Double.parseDouble(expected);
    }

    String reproduce() {
      String data = dataset.startsWith("models_") ? "data/" + dataset + ".csv"
          : dataset.equals("tables") ? "the matrix TABLES$" + outcome + " of categorical.R"
          : "../data/" + dataset + ".csv";
      return String.format(Locale.ROOT,
          "%s, %s%s; R: %s  (rerun: cd analysis/src/test/resources/reference/models && Rscript %s)",
          data, outcome, group.isEmpty() ? "" : ", " + group, rCall, script);
    }

    @Override
    public String toString() {
      return dataset + " " + outcome + (group.isEmpty() ? "" : " " + group) + " " + key;
    }
  }

  static List<Row> rows(String table, String script) {
    List<Row> rows = new ArrayList<>();
    boolean header = true;
    for (String line : resource(table).split("\n")) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 6) {
        throw new IllegalStateException(table + ": expected 6 fields: " + line);
      }
      rows.add(new Row(script, f[0], f[1], f[2], f[3], f[4], f[5]));
    }
    if (rows.isEmpty()) {
      throw new IllegalStateException(table + " has no rows");
    }
    return rows;
  }

  static Stream<Arguments> arguments(String table, String script) {
    return rows(table, script).stream().map(Arguments::of);
  }

  /** A models_* data set from models/data, any other from the shared data folder. */
  static Survey survey(String dataset) {
    if (!dataset.startsWith("models_")) {
      return Reference.survey(dataset);
    }
    return SURVEYS.computeIfAbsent(dataset,
        d -> Surveys.of(resource("data/" + d + ".csv")));
  }

  static String resource(String name) {
    try (InputStream in = ModelsReference.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + DIR + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compares a Java value (a {@link Stat}, an {@code int} count or a {@code boolean}, which R
   * writes as 0 or 1) with the R value of the row; NA must be an undefined Stat with a reason.
   */
  static void assertMatchesR(Row row, Object actual) {
    String context = row + ": " + row.reproduce();
    if (actual instanceof Boolean flag) {
      actual = flag ? 1 : 0;
    }
    if (actual instanceof Integer count) {
      if (row.isNa()) {
        fail("%s%nexpected NA but the count is %d", context, count);
      }
      assertThat((double) count).as("%s%ncount", context).isEqualTo(row.value());
      return;
    }
    if (!(actual instanceof Stat stat)) {
      throw new IllegalArgumentException("not a Stat, count or flag: " + actual);
    }
    if (row.isNa()) {
      assertThat(stat.isDefined())
          .as("%s%nR gives NA (undefined) but Java gives %s", context, stat).isFalse();
      assertThat(stat.reason()).as("%s%nreason of the undefined value", context).isNotBlank();
      return;
    }
    if (!stat.isDefined()) {
      fail("%s%nexpected %s but Java says undefined: %s", context, row.expected(), stat.reason());
    }
    double expected = row.value();
    double got = stat.getAsDouble();
    double tolerance = row.key().startsWith("p_")
        ? Reference.P_VALUE_ABSOLUTE
        : Reference.STATISTIC_RELATIVE * Math.abs(expected) + Reference.STATISTIC_ABSOLUTE_FLOOR;
    if (!(Math.abs(got - expected) <= tolerance)) {
      fail("%s%nexpected %s, got %s (difference %.3g > tolerance %.3g)", context, row.expected(),
          Double.toString(got), Math.abs(got - expected), tolerance);
    }
  }
}
