package org.sleepstat.report.charts;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import org.knowm.xchart.style.markers.Marker;

/**
 * A hollow circle: XChart 3.8 has filled markers only, and an observed mean drawn beside the
 * model's filled one must read as a different kind of number in the same colour.
 */
final class Ring extends Marker {
  private static final float LINE = 3f;

  @Override
  public void paint(Graphics2D g, double x, double y, int size) {
    Stroke before = g.getStroke();
    g.setStroke(new BasicStroke(LINE));
    double d = size - LINE;
    g.draw(new Ellipse2D.Double(x - d / 2, y - d / 2, d, d));
    g.setStroke(before);
  }
}
