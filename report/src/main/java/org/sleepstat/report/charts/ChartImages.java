package org.sleepstat.report.charts;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.knowm.xchart.internal.chartpart.Chart;

/** Charts drawn as bitmaps, as XChart's BitmapEncoder draws them, and the workbook's picture. */
final class ChartImages {
  private ChartImages() {}

  /**
   * The chart drawn at {@code scale} times its size on a white RGB image: XChart's own
   * {@code saveBitmapWithDPI} drawing, with scale = dpi / 72.
   */
  static BufferedImage draw(Chart<?, ?> chart, double scale) {
    int width = chart.getWidth();
    int height = chart.getHeight();
    BufferedImage image = new BufferedImage((int) (width * scale), (int) (height * scale),
        BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.scale(scale, scale);
      chart.paint(g, width, height);
    } finally {
      g.dispose();
    }
    return image;
  }

  /** The workbook's picture of a chart drawn at twice its size: halved, as a PNG. */
  static byte[] picture(BufferedImage twice) {
    return PngEncoder.encode(PngEncoder.half(twice), 0);
  }
}
