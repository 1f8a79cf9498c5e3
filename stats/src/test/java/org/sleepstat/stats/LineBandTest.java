package org.sleepstat.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LineBandTest {
  /** Rows of reference/lineband/lineband-expected.tsv, written by lineband.R. */
  static Stream<Arguments> references() throws IOException {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        LineBandTest.class.getResourceAsStream("/reference/lineband/lineband-expected.tsv"),
        StandardCharsets.UTF_8))) {
      return in.lines().filter(l -> !l.startsWith("#") && !l.startsWith("set\t"))
          .map(l -> l.split("\t"))
          .map(f -> Arguments.of(f[0], numbers(f[1]), numbers(f[2]),
              Double.parseDouble(f[3]), new double[] {Double.parseDouble(f[4]),
                  Double.parseDouble(f[5]), Double.parseDouble(f[6])}))
          .toList().stream();
    }
  }

  private static double[] numbers(String field) {
    return Arrays.stream(field.split(" ")).mapToDouble(Double::parseDouble).toArray();
  }

  @ParameterizedTest(name = "{0} at {3}")
  @MethodSource("references")
  void bandIsRsConfidenceInterval(String set, double[] x, double[] y, double at,
      double[] expected) {
    // R: predict(lm(y ~ x), data.frame(x = at), interval = "confidence")
    LineBand band = LineBand.fit(x, y);
    assertThat(band.defined()).isTrue();
    assertThat(band.fit(at)).as("fit").isCloseTo(expected[0], within(1e-12));
    assertThat(band.low(at)).as("lwr").isCloseTo(expected[1], within(1e-9));
    assertThat(band.high(at)).as("upr").isCloseTo(expected[2], within(1e-9));
  }

  @Test
  void noBandWithoutResidualDegreesOfFreedom() {
    LineBand two = LineBand.fit(new double[] {1, 2}, new double[] {3, 5});
    assertThat(two.line().slope().isDefined()).isTrue();
    assertThat(two.defined()).isFalse();
    assertThat(two.reason()).contains("3 points");
    assertThat(LineBand.fit(new double[] {4, 4, 4}, new double[] {1, 2, 3}).defined()).isFalse();
  }
}
