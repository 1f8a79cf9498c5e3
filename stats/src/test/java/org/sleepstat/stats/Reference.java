package org.sleepstat.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The one harness of the R reference tables (src/test/resources/reference of each module; other
 * modules use it through this module's test jar): reading a test resource, the rows of an
 * expected-value table (comment lines, a header, then six tab-separated fields a row: dataset,
 * outcome, group, key, expected, r_call), and comparing a Java value with R's under the
 * contract's tolerances: 1e-9 relative for statistics (plus 1e-15 absolute, so that a value that
 * is 0 in exact arithmetic may come out as a rounding residue), 1e-10 absolute for p-values (keys
 * starting with "p_"), exact for counts. NA in R must be an undefined {@link Stat} with a reason.
 *
 * <p>A table lives in a folder under reference/ ("" for reference/ itself, e.g. "arms",
 * "models"), beside the R script that wrote it (run from that folder); its data sets are in that
 * folder's data/ or else in the shared reference/data/.
 */
public final class Reference {
  public static final double STATISTIC_RELATIVE = 1e-9;
  public static final double STATISTIC_ABSOLUTE_FLOOR = 1e-15;
  public static final double P_VALUE_ABSOLUTE = 1e-10;

  private static final String ROOT = "/reference/";

  private Reference() {}

  /**
   * One expected statistic.
   *
   * @param folder the folder of the table under reference/, "" for reference/ itself
   * @param script the R script that wrote it, e.g. "paired.R"
   * @param outcome an outcome, or another name of what is computed (a table, a grid point)
   * @param group a position, band, term or arm, or ""
   * @param rCall the R expression that gives it
   */
  public record Row(String folder, String script, String dataset, String outcome, String group,
      String key, String expected, String rCall) {

    public boolean isNa() {
      return "NA".equals(expected);
    }

    public double value() {
      return Double.parseDouble(expected);
    }

    /** How to reproduce the expected value in R, for failure messages. */
    public String reproduce() {
      return String.format(Locale.ROOT,
          "data set %s, %s%s; R: %s  (rerun: cd %ssrc/test/resources%s && Rscript %s)",
          dataPath(folder, dataset), outcome, group.isEmpty() ? "" : " [" + group + "]", rCall,
          module(directory(folder) + script), directory(folder), script);
    }

    @Override
    public String toString() {
      return dataset + " " + outcome + (group.isEmpty() ? "" : " " + group) + " " + key;
    }
  }

  /** The rows of the table {@code table} of {@code folder}, written by {@code script}. */
  public static List<Row> rows(String folder, String table, String script) {
    return fields(directory(folder) + table, table).stream()
        .map(f -> new Row(folder, script, f[0], f[1], f[2], f[3], f[4], f[5])).toList();
  }

  /** {@link #rows} as arguments of a parameterized test. */
  public static Stream<Arguments> arguments(String folder, String table, String script) {
    return rows(folder, table, script).stream().map(Arguments::of);
  }

  /** The class-path folder of {@code folder}, e.g. "/reference/arms/". */
  public static String directory(String folder) {
    return folder.isEmpty() ? ROOT : ROOT + folder + "/";
  }

  /**
   * The class-path path of a data set of the tables of {@code folder}: in its data/ when it is
   * there, else in the shared reference/data/.
   */
  public static String dataResource(String folder, String dataset) {
    String own = directory(folder) + "data/" + dataset + ".csv";
    return Reference.class.getResource(own) != null ? own : ROOT + "data/" + dataset + ".csv";
  }

  /** The data set's file as seen from the folder of its table, for failure messages. */
  private static String dataPath(String folder, String dataset) {
    String path = dataResource(folder, dataset);
    if (Reference.class.getResource(path) == null) {
      return dataset; // not a file, e.g. a matrix of the script
    }
    return path.startsWith(directory(folder)) ? path.substring(directory(folder).length())
        : "../data/" + dataset + ".csv";
  }

  /** "analysis/" when the resource was found in analysis's build folder, else "". */
  private static String module(String path) {
    URL url = Reference.class.getResource(path);
    String s = url == null ? "" : url.toString();
    int target = s.indexOf("/target/test-classes/");
    if (target < 0) {
      return "";
    }
    String before = s.substring(0, target);
    return before.substring(before.lastIndexOf('/') + 1) + "/";
  }

  /** A class-path resource as UTF-8 text. */
  public static String resource(String path) {
    try (InputStream in = Reference.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The six fields of every data row of the table at class-path {@code path}. */
  public static List<String[]> fields(String path, String table) {
    List<String[]> rows = new ArrayList<>();
    boolean header = true;
    for (String line : resource(path).split("\n")) {
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
      rows.add(f);
    }
    if (rows.isEmpty()) {
      throw new IllegalStateException(table + " has no rows");
    }
    return rows;
  }

  /** The tolerance of a key: absolute for p-values ("p_…"), else relative (-1). */
  public static double toleranceFor(String key) {
    return key.startsWith("p_") ? P_VALUE_ABSOLUTE : -1;
  }

  /** Compares with the contract's tolerances (see the class comment). */
  public static void assertMatchesR(Row row, Object actual) {
    assertMatchesR(row, actual, toleranceFor(row.key()));
  }

  /**
   * Compares a {@link Stat}, an {@code int} count, a {@code boolean} or a {@code double} with the
   * R value of the row; NA must be an undefined Stat with a reason.
   *
   * @param absolute an absolute tolerance, or a negative number for the relative one
   */
  public static void assertMatchesR(Row row, Object actual, double absolute) {
    assertMatches(row + ": " + row.reproduce(), row.expected(), actual, absolute);
  }

  /**
   * Compares a {@link Stat}, an {@code int} count, a {@code boolean} (R writes 0 or 1) or a
   * {@code double} with R's value {@code expected} ("NA" or a number).
   *
   * @param context names the value and how to reproduce it, for the failure message
   * @param absolute an absolute tolerance, or a negative number for the relative one
   */
  public static void assertMatches(String context, String expected, Object actual,
      double absolute) {
    boolean na = "NA".equals(expected);
    if (actual instanceof Boolean flag) {
      actual = flag ? 1 : 0;
    }
    if (actual instanceof Integer count) {
      if (na) {
        fail("%s%nexpected NA but the count is %d", context, count);
      }
      assertThat((double) count).as("%s%ncount", context).isEqualTo(Double.parseDouble(expected));
      return;
    }
    double got;
    if (actual instanceof Double d) {
      got = d;
    } else if (actual instanceof Stat stat) {
      if (na) {
        assertThat(stat.isDefined())
            .as("%s%nR gives NA (undefined) but Java gives %s", context, stat).isFalse();
        assertThat(stat.reason()).as("%s%nreason of the undefined value", context).isNotBlank();
        return;
      }
      if (!stat.isDefined()) {
        fail("%s%nexpected %s but Java says undefined: %s", context, expected, stat.reason());
      }
      got = stat.getAsDouble();
    } else {
      throw new IllegalArgumentException("not a Stat, count, flag or double: " + actual);
    }
    double want = Double.parseDouble(expected);
    double tolerance = absolute >= 0 ? absolute
        : STATISTIC_RELATIVE * Math.abs(want) + STATISTIC_ABSOLUTE_FLOOR;
    if (!(Math.abs(got - want) <= tolerance)) {
      fail("%s%nexpected %s, got %s (difference %.3g > tolerance %.3g)", context, expected,
          Double.toString(got), Math.abs(got - want), tolerance);
    }
  }
}
