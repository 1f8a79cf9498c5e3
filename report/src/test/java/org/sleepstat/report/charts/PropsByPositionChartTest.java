package org.sleepstat.report.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.sleepstat.analysis.PropComparison;
import org.sleepstat.core.generate.SurveyGenerator;
import org.sleepstat.report.Report;
import org.sleepstat.report.Reports;

/**
 * The props-by-position chart: per position and prop, the primary outcome's mean before with and
 * without the prop, the analysis' numbers, n under each.
 */
class PropsByPositionChartTest {

  static Report generated() throws IOException {
    StringWriter csv = new StringWriter();
    SurveyGenerator.withSeed(14).write(300, csv);
    return Reports.ofCsv("generated.csv", csv.toString());
  }

  private static XYChart chart(Report r) {
    return (XYChart) ReportCharts.of(r).stream()
        .filter(c -> c.name().equals("props-by-position")).findFirst().orElseThrow().chart();
  }

  @Test
  void everyPropOfThePlanIsDrawnWithTheAnalysisMeansAndIntervals() throws IOException {
    Report r = generated();
    XYChart c = chart(r);
    long n = r.analysis().props().stream().mapToLong(p -> p.baseline().get(0).nWith()
        + p.baseline().get(0).nWithout()).sum();
    assertThat(c.getTitle()).isEqualTo(
        "Back pain on waking before, with and without the prop (n = " + n + ")");
    PropComparison side = r.analysis().props().get(0).baseline().get(0);
    assertThat(c.getSeriesMap().get("Mean: With: side/pillow_between_knees").getYData()[0])
        .isEqualTo(side.with().mean().getAsDouble());
    assertThat(c.getSeriesMap().get("95% CI: Without: side/pillow_between_knees").getYData())
        .containsExactly(side.without().ciLow().getAsDouble(),
            side.without().ciHigh().getAsDouble());
    assertThat(c.getSeriesMap().keySet()).contains("Mean: With: stomach/pillow_under_hips");
    assertThat(CategoryAxis.label(List.of("no, n " + side.nWithout()), 1))
        .isEqualTo(c.getStyler().getxAxisTickLabelsFormattingFunction().apply(1.0));
  }

  @Test
  void thePropTheSampleLacksIsLeftOutOfTheChart() {
    XYChart c = chart(Reports.sample());
    assertThat(c.getSeriesMap().keySet()).anyMatch(k -> k.contains("side/pillow_between_knees"))
        .noneMatch(k -> k.contains("pillow_under_hips"));
  }
}
