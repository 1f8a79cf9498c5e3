package org.sleepstat.report.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.report.AgeSample;
import org.sleepstat.report.Report;
import org.sleepstat.report.Reports;

/** The scatter against mattress age: jitter, the line within the dense ages, band, advice. */
class MattressAgeChartTest {
  private final Report report = Reports.sample();

  private static XYChart chart(Report r) {
    return (XYChart) ReportCharts.of(r).stream()
        .filter(c -> c.name().equals("mattress-age-pain_morning_pre")).findFirst().orElseThrow()
        .chart();
  }

  private static XYSeries startingWith(XYChart c, String prefix) {
    return c.getSeriesMap().values().stream().filter(s -> s.getName().startsWith(prefix))
        .findFirst().orElseThrow(() -> new AssertionError(prefix + " in "
            + c.getSeriesMap().keySet()));
  }

  @Test
  void theLineStaysWithinTheDenseAgesAndItsBandIsRsConfidenceInterval() {
    XYChart c = chart(report);
    AgeSample sample = report.mattressAge().get(0);
    double[] dense = sample.denseAges();
    XYSeries line = startingWith(c, "Least-squares line");
    assertThat(line.getXData()).containsExactly(dense[0], dense[1]);
    assertThat(dense[0]).isGreaterThan(sample.youngest());
    assertThat(dense[1]).isLessThan(sample.oldest());
    Map<String, Double> r = Reports.rReference();
    assertThat(line.getYData()[0]).isCloseTo(r.get("line/pain_morning_pre/intercept")
        + r.get("line/pain_morning_pre/slope") * dense[0], within(1e-9));
    // R 4.2: predict(lm(y ~ age), data.frame(age = 8), interval = "confidence")
    assertThat(sample.band().low(8)).isCloseTo(r.get("band/pain_morning_pre/8/lwr"),
        within(1e-9));
    assertThat(sample.band().high(15)).isCloseTo(r.get("band/pain_morning_pre/15/upr"),
        within(1e-9));
    XYSeries band = c.getSeriesMap().get(MattressAgeChart.BAND);
    assertThat(Arrays.stream(band.getXData()).min().orElseThrow()).isEqualTo(dense[0]);
    assertThat(Arrays.stream(band.getXData()).max().orElseThrow()).isEqualTo(dense[1]);
    assertThat(band.getYData()[0]).isCloseTo(sample.band().high(dense[0]), within(1e-12));
  }

  @Test
  void wholeScoresAreJitteredTheSameWayEveryTimeAndNeverFarFromTheirValue() {
    XYSeries points = chart(report).getSeriesMap().get(MattressAgeChart.POINTS);
    XYSeries again = chart(report).getSeriesMap().get(MattressAgeChart.POINTS);
    assertThat(points.getYData()).containsExactly(again.getYData());
    double[] y = report.mattressAge().get(0).drawn().outcome();
    double[] drawn = points.getYData();
    assertThat(drawn).isNotEqualTo(y);
    for (int i = 0; i < y.length; i++) {
      assertThat(drawn[i]).isCloseTo(y[i], within(MattressAgeChart.JITTER));
    }
    // the ages are decimals: not moved
    assertThat(points.getXData()).containsExactly(report.mattressAge().get(0).drawn().age());
    assertThat(Jitter.apply(new double[] {5, 5, 5}, 0.25, Jitter.ALONG))
        .doesNotHaveDuplicates();
  }

  @Test
  void theReplacementAdviceIsShadedFromTheDesignsYears() {
    XYChart c = chart(report);
    XYSeries advice = startingWith(c, MattressAgeChart.ADVICE);
    assertThat(advice.getName()).isEqualTo("Replacement advice (7–10 years)");
    assertThat(Arrays.stream(advice.getXData()).min().orElseThrow())
        .isEqualTo(StudyDesign.REPLACE_FROM_YEARS);
    assertThat(Arrays.stream(advice.getXData()).max().orElseThrow())
        .isEqualTo(StudyDesign.REPLACE_BY_YEARS);
    assertThat(c.getStyler().getXAxisMin()).isEqualTo(0.0);
  }

  @Test
  void aLargeScatterDrawsOneRespondentInKButTheLineUsesAll() {
    StringBuilder csv = new StringBuilder("respondent_id,sleep_position,mattress_age_years,"
        + "pain_morning_pre\n");
    for (int i = 0; i < 12_000; i++) {
      csv.append('R').append(i).append(",side,").append(i % 20).append(',').append(i % 11)
          .append('\n');
    }
    Report big = Reports.ofCsv("big.csv", csv.toString());
    XYChart c = chart(big);
    XYSeries points = startingWith(c, "Respondents");
    // at most AgeSample.MAX_POINTS = 2,000: every 6th of 12,000, from the first in file order
    assertThat(points.getName()).isEqualTo("Respondents (1 in 6 of 12,000 drawn)");
    assertThat(points.getXData()).hasSize(2000);
    // whole ages and scores: both jittered, within the jitter of the 2nd point drawn (row 6)
    assertThat(points.getXData()[1]).isCloseTo(6 % 20, within(MattressAgeChart.JITTER));
    assertThat(points.getYData()[1]).isCloseTo(6 % 11, within(MattressAgeChart.JITTER));
    assertThat(c.getTitle()).contains("n = 12,000;");
    XYSeries line = startingWith(c, "Least-squares line");
    assertThat(line.getYData()[0]).isEqualTo(big.mattressAge().get(0).line()
        .at(line.getXData()[0]));
  }
}
