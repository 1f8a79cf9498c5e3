package org.sleepstat.report.slides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sleepstat.analysis.AgeBandResult;
import org.sleepstat.report.Methods;
import org.sleepstat.report.Report;
import org.sleepstat.report.Reports;

/**
 * The error bars of the position and mattress-age charts are R's t intervals of each group's
 * mean (slide-intervals-expected.tsv, from slide-intervals.R beside it).
 */
class SlideDeckIntervalsTest {
  private static final Report SAMPLE = Reports.sample();
  private static final List<Finding> FINDINGS = Findings.of(SAMPLE);

  record Expected(String key, double value, String rCall) {
    @Override
    public String toString() {
      return key + " = " + value + " (R: " + rCall + ")";
    }
  }

  static Stream<Expected> reference() throws IOException {
    List<Expected> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        SlideDeckIntervalsTest.class.getResourceAsStream("slide-intervals-expected.tsv"),
        StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.startsWith("#") && !line.startsWith("key\t")) {
          String[] f = line.split("\t");
          rows.add(new Expected(f[0], Double.parseDouble(f[1]), f[2]));
        }
      }
    }
    return rows.stream();
  }

  @ParameterizedTest
  @MethodSource("reference")
  void theErrorBarIsRsTInterval(Expected r) {
    String[] k = r.key().split("/");
    BarChart.Bar bar = k[0].equals("position") ? position(k[1], k[2]) : band(k[1], k[2]);
    double drawn = (k[3].equals("ci_low") ? bar.low() : bar.high()).getAsDouble();
    assertThat(drawn).as(r.toString()).isCloseTo(r.value(), within(1e-9));
  }

  private static BarChart.Bar position(String outcome, String level) {
    List<Finding> byPosition = charts(Methods.WELCH_ANOVA);
    for (int j = 0; j < byPosition.size(); j++) {
      var result = SAMPLE.analysis().byPosition().get(j);
      if (result.outcome().equals(outcome)) {
        for (int i = 0; i < result.groups().size(); i++) {
          if (result.groups().get(i).position().equals(level)) {
            return byPosition.get(j).chart().orElseThrow().bars().get(i);
          }
        }
      }
    }
    throw new AssertionError("no bar for " + outcome + " " + level);
  }

  private static BarChart.Bar band(String outcome, String band) {
    List<Finding> byAge = charts(Methods.AGE_BANDS);
    for (int j = 0; j < byAge.size(); j++) {
      if (SAMPLE.analysis().mattressAge().get(j).outcome().equals(outcome)) {
        AgeBandResult bands = SAMPLE.analysis().ageBands().stream()
            .filter(b -> b.outcome().equals(outcome)).findFirst().orElseThrow();
        for (int i = 0; i < bands.bands().size(); i++) {
          if (bands.bands().get(i).band().equals(band)) {
            return byAge.get(j).chart().orElseThrow().bars().get(i);
          }
        }
      }
    }
    throw new AssertionError("no bar for " + outcome + " " + band);
  }

  private static List<Finding> charts(Methods.Method method) {
    return FINDINGS.stream().filter(f -> f.methods().contains(method)).toList();
  }
}
