package org.sleepstat.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PAdjustTest {
  /** Rows of reference/padjust/padjust-expected.tsv, written by padjust.R. */
  static Stream<Arguments> references() throws IOException {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        PAdjustTest.class.getResourceAsStream("/reference/padjust/padjust-expected.tsv"),
        StandardCharsets.UTF_8))) {
      return in.lines().filter(l -> !l.startsWith("#") && !l.startsWith("family\t"))
          .map(l -> l.split("\t"))
          .map(f -> Arguments.of(f[0], f[1], numbers(f[2]), numbers(f[3])))
          .toList().stream();
    }
  }

  private static double[] numbers(String field) {
    return Arrays.stream(field.split(" "))
        .mapToDouble(s -> s.equals("NA") ? Double.NaN : Double.parseDouble(s)).toArray();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("references")
  void adjustsAsRsPAdjust(String family, String method, double[] p, double[] expected) {
    // R: p.adjust(p, method = method)
    PAdjust adjust = method.equals("holm") ? PAdjust.HOLM : PAdjust.BH;
    assertThat(adjust.rName()).isEqualTo(method);
    double[] actual = adjust.adjust(p);
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < p.length; i++) {
      if (Double.isNaN(expected[i])) {
        assertThat(actual[i]).as("%s %s [%d]", family, method, i).isNaN();
      } else {
        assertThat(actual[i]).as("%s %s [%d]: R p.adjust(c(%s), \"%s\")", family, method, i,
            Arrays.toString(p), method).isCloseTo(expected[i], within(1e-15));
      }
    }
  }
}
