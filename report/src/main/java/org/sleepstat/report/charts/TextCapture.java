package org.sleepstat.report.charts;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * The texts a chart laid out recently on this thread ({@link TextFont}), while a vector file is
 * being drawn ({@link #during}); {@link #take} gives the one whose outline a filled shape is.
 * XChart lays out some texts (the tick labels) to measure them before it draws them, so more than
 * the last is kept.
 */
final class TextCapture {
  /** Texts kept: far more than a chart's ticks and labels laid out between two draws. */
  private static final int KEPT = 256;
  /** Outline bounds that match to within this, in points (the same layout gives the same). */
  private static final double SLACK = 1e-3;
  /** The recent texts, newest first, on the thread drawing a vector file; else null. */
  private static final ThreadLocal<Deque<Laid>> RECENT = new ThreadLocal<>();

  /**
   * A text, its font and its outline's bounds when laid out at the origin.
   */
  record Laid(String text, Font font, Rectangle2D bounds) {}

  /**
   * A filled shape that is a text's outline.
   *
   * @param upright false for an outline turned a quarter counterclockwise (XChart's y axis
   *     title: {@code getOutline(AffineTransform.getRotateInstance(-PI / 2))})
   */
  record Found(Laid laid, boolean upright) {}

  private TextCapture() {}

  /** Runs {@code draw} with capture on for this thread. */
  static void during(Runnable draw) {
    RECENT.set(new ArrayDeque<>());
    try {
      draw.run();
    } finally {
      RECENT.remove();
    }
  }

  /** Notes that {@code text} is being laid out in {@code font}, when capture is on. */
  static void laidOut(String text, Font font, FontRenderContext frc) {
    Deque<Laid> recent = RECENT.get();
    if (recent == null) {
      return;
    }
    RECENT.remove(); // laying the text out again to measure it is no capture
    try {
      Rectangle2D bounds = text.isEmpty() ? new Rectangle2D.Double()
          : new TextLayout(text, font, frc).getOutline(null).getBounds2D();
      recent.addFirst(new Laid(text, font, bounds));
      if (recent.size() > KEPT) {
        recent.removeLast();
      }
    } finally {
      RECENT.set(recent);
    }
  }

  /**
   * The text whose outline {@code shape} is (laid out at the origin, as XChart fills it under a
   * translated transform), taken from the recent texts; null when it is none of them.
   */
  static Found take(Shape shape) {
    Deque<Laid> recent = RECENT.get();
    if (recent == null || recent.isEmpty()) {
      return null;
    }
    Rectangle2D b = shape.getBounds2D();
    for (Iterator<Laid> it = recent.iterator(); it.hasNext();) {
      Laid laid = it.next();
      Rectangle2D o = laid.bounds();
      if (o.getWidth() <= 0) {
        continue;
      }
      if (same(b, o.getX(), o.getY(), o.getWidth(), o.getHeight())) {
        it.remove();
        return new Found(laid, true);
      }
      // turned a quarter counterclockwise: (x, y) becomes (y, -x)
      if (same(b, o.getY(), -o.getMaxX(), o.getHeight(), o.getWidth())) {
        it.remove();
        return new Found(laid, false);
      }
    }
    return null;
  }

  /**
   * Draws {@code shape} on {@code g} as the text whose outline it is, in its font, turned as the
   * outline was; false (nothing drawn) when it is no text's outline.
   */
  static boolean drawAsText(Graphics2D g, Shape shape) {
    Found found = take(shape);
    if (found == null) {
      return false;
    }
    Font old = g.getFont();
    AffineTransform placed = g.getTransform();
    if (!found.upright()) {
      g.rotate(-Math.PI / 2);
    }
    g.setFont(found.laid().font());
    g.drawString(found.laid().text(), 0f, 0f);
    g.setFont(old);
    g.setTransform(placed);
    return true;
  }

  private static boolean same(Rectangle2D b, double x, double y, double w, double h) {
    return Math.abs(b.getX() - x) < SLACK && Math.abs(b.getY() - y) < SLACK
        && Math.abs(b.getWidth() - w) < SLACK && Math.abs(b.getHeight() - h) < SLACK;
  }
}
