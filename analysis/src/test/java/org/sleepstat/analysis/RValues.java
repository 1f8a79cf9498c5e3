package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@link Reference}, {@link ArmReference} and {@link ModelsReference} share: reading a
 * test resource, the rows of an expected-value table (comment lines, a header, then six
 * tab-separated fields a row), and comparing a Java value with R's under the contract's
 * tolerances (1e-9 relative plus 1e-15 absolute for statistics, an absolute tolerance for
 * p-values, exact for counts; NA must be an undefined Stat with a reason).
 */
final class RValues {
  private RValues() {}

  /** A class-path resource as UTF-8 text. */
  static String resource(String path) {
    try (InputStream in = RValues.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The six fields of every data row of the table at {@code path}. */
  static List<String[]> rows(String path, String table) {
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
  static double toleranceFor(String key) {
    return key.startsWith("p_") ? Reference.P_VALUE_ABSOLUTE : -1;
  }

  /**
   * Compares a {@link Stat}, an {@code int} count, a {@code boolean} (R writes 0 or 1) or a
   * {@code double} with R's value {@code expected} ("NA" or a number).
   *
   * @param context names the value and how to reproduce it, for the failure message
   * @param absolute an absolute tolerance, or a negative number for the relative one
   */
  static void assertMatches(String context, String expected, Object actual, double absolute) {
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
        : Reference.STATISTIC_RELATIVE * Math.abs(want) + Reference.STATISTIC_ABSOLUTE_FLOOR;
    if (!(Math.abs(got - want) <= tolerance)) {
      fail("%s%nexpected %s, got %s (difference %.3g > tolerance %.3g)", context, expected,
          Double.toString(got), Math.abs(got - want), tolerance);
    }
  }
}
