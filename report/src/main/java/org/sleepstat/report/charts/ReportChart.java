package org.sleepstat.report.charts;

import java.awt.image.BufferedImage;
import java.util.Objects;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * One chart of a report: its file name, the XChart model that the files and the workbook render,
 * and the picture the workbook shows, made once.
 */
public final class ReportChart {
  private final String name;
  // XChart 3.8.8 has no public supertype of its charts: XYChart, CategoryChart and BoxChart extend
  // internal.chartpart.Chart, which XChart's own public encoders take too. This class, the PNG
  // and the PDF writers hold charts by that type and call only its size, title and paint().
  private final Chart<?, ?> chart;
  /** The workbook's PNG, once made; guarded by this. */
  private byte[] picture;

  /**
   * @param name the file name without extension, e.g. "before-after-pain_morning"
   * @param chart the XChart model
   */
  public ReportChart(String name, Chart<?, ?> chart) {
    this.name = Objects.requireNonNull(name, "name");
    this.chart = Objects.requireNonNull(chart, "chart");
  }

  /** The file name without extension, e.g. "before-after-pain_morning". */
  public String name() {
    return name;
  }

  /** The XChart model. */
  public Chart<?, ?> chart() {
    return chart;
  }

  /** The chart's title, which says what it shows and the n. */
  public String title() {
    return chart.getTitle();
  }

  /**
   * The chart as the workbook shows it: a PNG at XChart's own size (1600 × 900), drawn at twice
   * that size and halved, like the PNG file at the default 144 dpi, whose drawing it shares when
   * that file was written first.
   */
  public synchronized byte[] picture() {
    if (picture == null) {
      picture = ChartImages.picture(ChartImages.draw(chart, 2));
    }
    return picture.clone();
  }

  /** Keeps the picture made from {@code twice}, the chart drawn at twice its size. */
  synchronized void keepPicture(BufferedImage twice) {
    if (picture == null) {
      picture = ChartImages.picture(twice);
    }
  }
}
