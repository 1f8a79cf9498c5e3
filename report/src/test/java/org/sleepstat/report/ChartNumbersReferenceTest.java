package org.sleepstat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sleepstat.report.charts.GroupMeans;
import org.sleepstat.stats.BoxSummary;
import org.sleepstat.stats.MeanInterval;

/**
 * The numbers the charts draw for the bundled sample (both groups' means and t intervals, the
 * boxes, the line and its confidence band) equal R's: report-charts-expected.tsv, from
 * report-charts.R, which reads the raw CSV with R's own validation.
 */
class ChartNumbersReferenceTest {
  static Stream<Arguments> rReference() {
    return Reports.rReference().entrySet().stream().map(e -> Arguments.of(e.getKey(),
        e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rReference")
  void chartNumberEqualsR(String key, double expected) {
    String[] k = key.split("/");
    double actual = switch (k[0]) {
      case "before_after" -> beforeAfter(k[1], k[2], k[3]);
      case "before_after_no" -> untreated(k[1], k[2], k[3]);
      case "band" -> band(k[1], Double.parseDouble(k[2]), k[3]);
      case "box" -> box(k[1], k[2], k[3]);
      case "line" -> line(k[1], k[2]);
      default -> throw new IllegalArgumentException(key);
    };
    assertThat(actual).as(key + " (rerun: Rscript"
        + " report/src/test/resources/org/sleepstat/report/report-charts.R)")
        .isCloseTo(expected, within(Math.max(1e-9 * Math.abs(expected), 1e-12)));
  }

  private static double beforeAfter(String outcome, String wave, String what) {
    PairedSample s = Reports.sample().paired().stream()
        .filter(p -> p.outcome().equals(outcome)).findFirst().orElseThrow();
    return interval(wave.equals("before") ? s.before() : s.after(), what);
  }

  private static double interval(MeanInterval m, String what) {
    return switch (what) {
      case "n" -> m.n();
      case "mean" -> m.mean().getAsDouble();
      case "sd" -> m.sd().getAsDouble();
      case "ci_low" -> m.ciLow().getAsDouble();
      case "ci_high" -> m.ciHigh().getAsDouble();
      default -> throw new IllegalArgumentException(what);
    };
  }

  /** The untreated group's means as the before-and-after chart and native chart show them. */
  private static double untreated(String outcome, String wave, String what) {
    Report report = Reports.sample();
    int k = report.paired().stream().map(PairedSample::outcome).toList().indexOf(outcome);
    GroupMeans.Means no = GroupMeans.of(report, k).get(1);
    assertThat(no.group()).isEqualTo("No");
    return interval(wave.equals("before") ? no.before() : no.after(), what);
  }

  /** The confidence band of the scatter's line at {@code age}. */
  private static double band(String outcome, double age, String what) {
    AgeSample s = Reports.sample().mattressAge().stream()
        .filter(a -> a.result().outcome().equals(outcome)).findFirst().orElseThrow();
    return what.equals("lwr") ? s.band().low(age) : s.band().high(age);
  }

  private static double box(String outcome, String position, String what) {
    PositionSample s = Reports.sample().byPosition().stream()
        .filter(p -> p.outcome().equals(outcome)).findFirst().orElseThrow();
    BoxSummary b = s.groups().stream().filter(g -> g.position().equals(position)).findFirst()
        .orElseThrow().box();
    return switch (what) {
      case "n" -> b.n();
      case "q1" -> b.q1();
      case "median" -> b.median();
      case "q3" -> b.q3();
      case "lower_whisker" -> b.lowerWhisker();
      case "upper_whisker" -> b.upperWhisker();
      case "beyond" -> b.outliers();
      default -> throw new IllegalArgumentException(what);
    };
  }

  private static double line(String outcome, String what) {
    AgeSample s = Reports.sample().mattressAge().stream()
        .filter(a -> a.result().outcome().equals(outcome)).findFirst().orElseThrow();
    return switch (what) {
      case "n" -> s.result().n();
      case "intercept" -> s.line().intercept().getAsDouble();
      case "slope" -> s.line().slope().getAsDouble();
      default -> throw new IllegalArgumentException(what);
    };
  }

  @Test
  void everyChartNumberHasAReference() {
    Map<String, Double> r = Reports.rReference();
    // 3 outcomes x (2 groups x 2 waves x 5 + 4 positions x 7 + 3 + 3 ages x 2 band ends)
    assertThat(r).hasSize(3 * (2 * 2 * 5 + 4 * 7 + 3 + 3 * 2));
  }
}
