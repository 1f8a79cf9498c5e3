package org.sleepstat.cli.report.charts;

import java.util.Objects;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * One chart of a report.
 *
 * @param name the file name without extension, e.g. "before-after-pain_morning"
 * @param chart the XChart model, which the files and the workbook's Charts sheet render
 */
public record ReportChart(String name, Chart<?, ?> chart) {
  /** Checks the fields. */
  public ReportChart {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(chart, "chart");
  }

  /** The chart's title, which says what it shows and the n. */
  public String title() {
    return chart.getTitle();
  }
}
