package org.sleepstat.report.charts;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.GraphicsUtils;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Font;
import java.awt.Shape;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Vector graphics that write a chart's text as text: a filled shape that is the outline of the
 * text laid out just before ({@link TextCapture}) becomes that string in its font at the same
 * place, so that an SVG holds {@code <text>} elements a person can edit.
 */
final class VectorText extends VectorGraphics2D {
  /**
   * Each font as the physical font the SVG names. The SVG writer looks up the physical font of a
   * logical one (SansSerif) for every text by laying a sample out in every font of the system,
   * about a tenth of a second each time; looked up once per font here, the writer finds a
   * physical font and names it at once, the same name.
   */
  private static final Map<Font, Font> PHYSICAL = new ConcurrentHashMap<>();
  /**
   * The chart as an SVG document with its text as text. (XChart's internal {@code Chart} is the
   * only type that its charts share and that paints; see {@link ReportChart}.)
   */
  static void svg(Chart<?, ?> chart, OutputStream out) throws IOException {
    VectorText g = new VectorText();
    TextCapture.during(() -> chart.paint(g, chart.getWidth(), chart.getHeight()));
    new SVGProcessor().getDocument(g.getCommands(),
        new PageSize(0, 0, chart.getWidth(), chart.getHeight())).writeTo(out);
  }

  @Override
  public void setFont(Font font) {
    super.setFont(font == null ? null : PHYSICAL.computeIfAbsent(font,
        GraphicsUtils::getPhysicalFont));
  }

  @Override
  public void fill(Shape s) {
    if (!TextCapture.drawAsText(this, s)) {
      super.fill(s);
    }
  }
}
