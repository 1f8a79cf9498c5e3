package org.sleepstat.cli.report.charts;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.sleepstat.cli.report.OutputFiles;

/**
 * Writes charts as files: PNG at a chosen dpi (XChart scales by dpi / 72), SVG and PDF through
 * XChart's vector encoder. Each file is written under a temporary name and moved into place, so a
 * failure leaves no half-written chart. Needs {@code java.awt.headless=true} on a server.
 */
public final class ChartFiles {
  private ChartFiles() {}

  /**
   * Writes every chart in every format into {@code dir} as {@code <name>.<extension>}.
   *
   * @return the files written, chart by chart, in the formats' order
   */
  public static List<Path> write(List<ReportChart> charts, Path dir, Set<ChartFormat> formats,
      int dpi) throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    for (ReportChart chart : charts) {
      for (ChartFormat format : formats) {
        Path target = dir.resolve(chart.name() + "." + format.extension());
        OutputFiles.writeAtomically(target, out -> write(chart, format, dpi, out));
        written.add(target);
      }
    }
    return written;
  }

  /** The chart as a PNG at XChart's own size (1600 × 900), for embedding in the workbook. */
  public static byte[] png(ReportChart chart) {
    try {
      return BitmapEncoder.getBitmapBytes(chart.chart(), BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(ReportChart chart, ChartFormat format, int dpi, OutputStream out)
      throws IOException {
    switch (format) {
      case PNG -> out.write(png(chart, dpi));
      case SVG -> VectorGraphicsEncoder.saveVectorGraphic(chart.chart(), out,
          VectorGraphicsFormat.SVG);
      case PDF -> VectorGraphicsEncoder.saveVectorGraphic(chart.chart(), out,
          VectorGraphicsFormat.PDF);
      default -> throw new IllegalArgumentException("format " + format);
    }
  }

  /**
   * The chart as a PNG at {@code dpi}. XChart writes a dpi-scaled PNG only to a named file, so it
   * goes through a temporary file.
   */
  static byte[] png(ReportChart chart, int dpi) throws IOException {
    Path tmp = Files.createTempFile("sleepstat-chart-", ".png");
    try {
      BitmapEncoder.saveBitmapWithDPI(chart.chart(), tmp.toString(),
          BitmapEncoder.BitmapFormat.PNG, dpi);
      return Files.readAllBytes(tmp);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
