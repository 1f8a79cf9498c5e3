package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.sleepstat.core.io.ByteSource;
import org.sleepstat.core.io.ImportResult;
import org.sleepstat.core.io.SurveyFileException;
import org.sleepstat.core.io.SurveyImporter;
import org.sleepstat.core.survey.Survey;

/**
 * The reference values of src/test/resources/reference/arms, written by the R scripts there (run
 * from that folder): the tables, one row per statistic, and the data sets, found in arms/data or
 * else in the shared reference/data. Same format and tolerances as {@link Reference}: 1e-9
 * relative (plus 1e-15 absolute) for statistics, 1e-10 absolute for p-values (keys starting
 * with "p_"), exact for counts.
 */
final class ArmReference {
  private static final String DIR = "/reference/arms/";
  private static final Map<String, Survey> SURVEYS = new ConcurrentHashMap<>();

  private ArmReference() {}

  /** One expected statistic; {@code script} is the R script that wrote it, e.g. "arms.R". */
  record Row(String script, String dataset, String outcome, String group, String key,
      String expected, String rCall) {

    boolean isNa() {
      return "NA".equals(expected);
    }

    double value() {
      return Double.parseDouble(expected);
    }

    /** How to reproduce the expected value in R, for failure messages. */
    String reproduce() {
      return String.format(Locale.ROOT,
          "data set %s, %s%s; R: %s  (rerun: cd analysis/src/test/resources/reference/arms && "
              + "Rscript %s)",
          dataPath(dataset), outcome, group.isEmpty() ? "" : " [" + group + "]", rCall, script);
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

  /** The data set, from arms/data or else the shared reference/data; every row accepted. */
  static Survey survey(String dataset) {
    if (!isArmDataset(dataset)) {
      return Reference.survey(dataset);
    }
    return SURVEYS.computeIfAbsent(dataset, ArmReference::importSurvey);
  }

  private static boolean isArmDataset(String dataset) {
    return ArmReference.class.getResource(DIR + "data/" + dataset + ".csv") != null;
  }

  private static String dataPath(String dataset) {
    return isArmDataset(dataset) ? "arms/data/" + dataset + ".csv"
        : "data/" + dataset + ".csv";
  }

  private static Survey importSurvey(String dataset) {
    String name = DIR + "data/" + dataset + ".csv";
    byte[] bytes = resource(name).getBytes(StandardCharsets.UTF_8);
    try {
      ImportResult r = SurveyImporter.withDefaults().read(ByteSource.ofBytes(name, bytes));
      assertThat(r.rejected()).as("rejected rows of %s: %s", name, r.problems()).isZero();
      return r.survey();
    } catch (SurveyFileException e) {
      throw new IllegalStateException(name + " cannot be imported: " + e.getMessage(), e);
    }
  }

  private static String resource(String name) {
    return RValues.resource(name);
  }

  /** Compares with the contract's tolerances (see the class comment). */
  static void assertMatchesR(Row row, Object actual) {
    assertMatchesR(row, actual, RValues.toleranceFor(row.key()));
  }

  /**
   * Compares a {@link Stat}, an {@code int} count or a {@code double} with the R value of the
   * row; NA must be an undefined Stat with a reason.
   *
   * @param absolute an absolute tolerance, or a negative number for the relative one
   */
  static void assertMatchesR(Row row, Object actual, double absolute) {
    RValues.assertMatches(row + ": " + row.reproduce(), row.expected(), actual, absolute);
  }
}
