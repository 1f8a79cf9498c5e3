package org.sleepstat.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The studentized range distribution against R 4.2's ptukey and qtukey (nranges = 1): every row
 * of reference/tukey/tukey-expected.tsv, written by {@code Rscript tukey.R} on a grid of q, k =
 * 2..6 and df = 2..1e6 and Inf that reaches every branch of R's algorithm.
 */
class StudentizedRangeTest {
  /**
   * ptukey to 1e-14 absolute, far inside the 1e-10 of the p-value contract (the largest difference
   * on the grid is 4.4e-16).
   */
  private static final double PROBABILITY_ABSOLUTE = 1e-14;
  /**
   * qtukey is R's secant iterate, not the exact root: the same iterate to 1e-12 relative, inside
   * the 1e-9 of the statistic contract (the largest difference on the grid is 4.3e-14).
   */
  private static final double QUANTILE_RELATIVE = 1e-12;

  /** One row of tukey-expected.tsv. */
  record Row(String fun, double x, int k, double df, String expected) {
    boolean isNa() {
      return "NA".equals(expected);
    }

    String rCall() {
      String df = Double.isInfinite(this.df) ? "Inf" : Double.toString(this.df);
      return switch (fun) {
        case "ptukey" -> String.format(Locale.ROOT, "ptukey(%s, %d, %s)", x, k, df);
        case "ptukey_upper" ->
            String.format(Locale.ROOT, "ptukey(%s, %d, %s, lower.tail = FALSE)", x, k, df);
        case "qtukey" -> String.format(Locale.ROOT, "qtukey(%s, %d, %s)", x, k, df);
        case "welch_check" -> String.format(Locale.ROOT, "2 * pt(-%s, %s)", x, df);
        case "lgamma" -> String.format(Locale.ROOT, "lgamma(%s)", x);
        case "pnorm" -> String.format(Locale.ROOT, "pnorm(%s)", x);
        default -> throw new IllegalArgumentException(fun);
      };
    }

    String reproduce() {
      return "R: " + rCall() + "  (rerun: cd stats/src/test/resources/reference/tukey && "
          + "Rscript tukey.R)";
    }

    @Override
    public String toString() {
      return rCall();
    }
  }

  static Stream<Row> rows(String fun) {
    return all().stream().filter(r -> r.fun().equals(fun));
  }

  static Stream<Row> probabilities() {
    return Stream.concat(rows("ptukey"), rows("ptukey_upper"));
  }

  static Stream<Row> quantiles() {
    return rows("qtukey");
  }

  static Stream<Row> welchChecks() {
    return rows("welch_check");
  }

  static Stream<Row> logGammas() {
    return rows("lgamma");
  }

  static Stream<Row> normalProbabilities() {
    return rows("pnorm");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("probabilities")
  void cdfEqualsRsPtukey(Row row) {
    double got = row.fun().equals("ptukey")
        ? StudentizedRange.cdf(row.x(), row.k(), row.df())
        : StudentizedRange.survival(row.x(), row.k(), row.df());
    if (row.isNa()) {
      assertThat(got).as("%s gives NaN in R; %s", row, row.reproduce()).isNaN();
      return;
    }
    assertThat(got).as(row.reproduce())
        .isCloseTo(Double.parseDouble(row.expected()), within(PROBABILITY_ABSOLUTE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("quantiles")
  void quantileEqualsRsQtukey(Row row) {
    double got = StudentizedRange.quantile(row.x(), row.k(), row.df());
    if (row.isNa()) {
      assertThat(got).as("%s gives NaN in R; %s", row, row.reproduce()).isNaN();
      return;
    }
    double expected = Double.parseDouble(row.expected());
    assertThat(got).as(row.reproduce())
        .isCloseTo(expected, within(QUANTILE_RELATIVE * Math.abs(expected)));
  }

  /** k = 2: the studentized range of two means is √2·|t|, so Games–Howell reduces to Welch. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("welchChecks")
  void twoMeansReduceToTheTDistribution(Row row) {
    double got = StudentizedRange.survival(row.x() * Math.sqrt(2), 2, row.df());
    assertThat(got).as(row.reproduce())
        .isCloseTo(Double.parseDouble(row.expected()), within(1e-9));
    assertThat(got).isCloseTo(Distributions.tTwoSided(row.x(), row.df()), within(1e-9));
  }

  /** At large df the density constant is a difference of terms near 1e4: log Γ must be R's. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("logGammas")
  void logGammaEqualsRsLgamma(Row row) {
    double expected = Double.parseDouble(row.expected());
    assertThat(StudentizedRange.logGamma(row.x())).as(row.reproduce())
        .isCloseTo(expected, within(2 * Math.ulp(expected)));
  }

  /**
   * The quadrature's Φ is R's pnorm to an ulp or two of the larger tail, in every range of
   * Cody's algorithm and at its cut-offs (0 below −37.5193, 1 from 8.2924).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("normalProbabilities")
  void normalCdfEqualsRsPnorm(Row row) {
    double expected = Double.parseDouble(row.expected());
    double tolerance = 2 * Math.ulp(Math.min(expected, 1 - expected));
    assertThat(NormalCdf.lower(row.x())).as(row.reproduce())
        .isCloseTo(expected, within(tolerance));
  }

  /** The tabulated Gauss–Legendre nodes and weights equal an independent computation. */
  @Test
  void quadratureRulesAreGaussLegendre() {
    GaussIntegratorFactory factory = new GaussIntegratorFactory();
    check(factory.legendreHighPrecision(12), StudentizedRange.NODES_12,
        StudentizedRange.WEIGHTS_12);
    check(factory.legendreHighPrecision(16), StudentizedRange.NODES_16,
        StudentizedRange.WEIGHTS_16);
  }

  private static void check(GaussIntegrator rule, double[] nodes, double[] weights) {
    int n = rule.getNumberOfPoints();
    assertThat(nodes).hasSize(n / 2);
    for (int j = 0; j < n / 2; j++) {
      // the factory lists nodes ascending: the largest positive node is the last
      assertThat(nodes[j]).as("node %d", j).isCloseTo(rule.getPoint(n - 1 - j), within(1e-15));
      assertThat(weights[j]).as("weight %d", j)
          .isCloseTo(rule.getWeight(n - 1 - j), within(1e-15));
    }
  }

  @Test
  void edgesAreRsEdges() {
    // R: ptukey(0, 3, 10) = 0; ptukey(Inf, 3, 10) = 1; qtukey(0, 3, 10) = 0; qtukey(1, 3, 10) = NaN
    assertThat(StudentizedRange.cdf(0, 3, 10)).isZero();
    assertThat(StudentizedRange.cdf(-1, 3, 10)).isZero();
    assertThat(StudentizedRange.survival(-1, 3, 10)).isEqualTo(1);
    assertThat(StudentizedRange.cdf(Double.POSITIVE_INFINITY, 3, 10)).isEqualTo(1);
    assertThat(StudentizedRange.quantile(0, 3, 10)).isZero();
    assertThat(StudentizedRange.quantile(1, 3, 10)).isNaN();
    assertThat(StudentizedRange.cdf(3, 1, 10)).isNaN();
    assertThat(StudentizedRange.cdf(Double.NaN, 3, 10)).isNaN();
  }

  private static List<Row> all() {
    String text;
    try (InputStream in = StudentizedRangeTest.class
        .getResourceAsStream("/reference/tukey/tukey-expected.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing reference/tukey/tukey-expected.tsv");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Row> rows = new ArrayList<>();
    boolean header = true;
    for (String line : text.split("\n")) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] f = line.split("\t", -1);
      rows.add(new Row(f[0], Double.parseDouble(f[1]), Integer.parseInt(f[2]),
          f[3].equals("Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(f[3]), f[4]));
    }
    return rows;
  }
}
