package org.sleepstat.analysis;


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
    return RValues.rows(DIR + table, table).stream()
        .map(f -> new Row(script, f[0], f[1], f[2], f[3], f[4], f[5])).toList();
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
    return RValues.resource(DIR + name);
  }

  /**
   * Compares a Java value (a {@link Stat}, an {@code int} count or a {@code boolean}, which R
   * writes as 0 or 1) with the R value of the row; NA must be an undefined Stat with a reason.
   */
  static void assertMatchesR(Row row, Object actual) {
    RValues.assertMatches(row + ": " + row.reproduce(), row.expected(), actual,
        RValues.toleranceFor(row.key()));
  }
}
