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
 * The reference values R produced (src/test/resources/reference): the data sets, imported once
 * each, and the expected-value tables, one row per statistic. Comparison tolerances follow the
 * contract: 1e-9 relative for statistics (plus 1e-15 absolute, so that a value that is 0 in exact
 * arithmetic may come out as a rounding residue), 1e-10 absolute for p-values, exact for counts.
 */
final class Reference {
  static final double STATISTIC_RELATIVE = 1e-9;
  static final double STATISTIC_ABSOLUTE_FLOOR = 1e-15;
  static final double P_VALUE_ABSOLUTE = 1e-10;

  private static final String DIR = "/reference/";
  private static final Map<String, Survey> SURVEYS = new ConcurrentHashMap<>();

  private Reference() {}

  /**
   * One expected statistic.
   *
   * @param script the R script that wrote it, e.g. "paired.R"
   * @param rCall the R expression that gives it
   */
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
          "data set data/%s.csv, outcome %s%s; R: %s  (rerun: cd analysis/src/test/resources/"
              + "reference && Rscript %s)",
          dataset, outcome, group.isEmpty() ? "" : ", position " + group, rCall, script);
    }

    @Override
    public String toString() {
      return dataset + " " + outcome + (group.isEmpty() ? "" : " " + group) + " " + key;
    }
  }

  /** The rows of an expected-value table, e.g. "paired-expected.tsv" written by "paired.R". */
  static List<Row> rows(String table, String script) {
    return RValues.rows(DIR + table, table).stream()
        .map(f -> new Row(script, f[0], f[1], f[2], f[3], f[4], f[5])).toList();
  }

  static Stream<Arguments> arguments(String table, String script) {
    return rows(table, script).stream().map(Arguments::of);
  }

  /** The data set as imported by the default importer; every row must be accepted. */
  static Survey survey(String dataset) {
    return SURVEYS.computeIfAbsent(dataset, Reference::importSurvey);
  }

  private static Survey importSurvey(String dataset) {
    String name = "data/" + dataset + ".csv";
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
    return RValues.resource(DIR + name);
  }

  /**
   * Compares a Java value (a {@link Stat}, or an {@code int} count) with the R value of the row.
   * NA in R must be an undefined Stat with a reason.
   */
  static void assertMatchesR(Row row, Object actual) {
    RValues.assertMatches(row + ": " + row.reproduce(), row.expected(), actual,
        RValues.toleranceFor(row.key()));
  }
}
