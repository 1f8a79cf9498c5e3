package org.sleepstat.report.charts;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;

/**
 * A chart font that tells {@link TextCapture} which text is being laid out. XChart draws every
 * title, label and legend entry as the outline of a {@code TextLayout} filled as a shape, so a
 * vector file would hold no text; the layout asks its font for the text's line metrics first,
 * which is where this font notes the text, so that {@link VectorText} can write the outline it
 * fills next as text. Otherwise it is the font it was made from: bitmaps come out the same.
 */
final class TextFont extends Font {
  private static final long serialVersionUID = 1L;

  TextFont(Font font) {
    super(font);
  }

  @Override
  public LineMetrics getLineMetrics(char[] chars, int begin, int limit,
      FontRenderContext frc) {
    TextCapture.laidOut(new String(chars, begin, limit - begin), this, frc);
    return super.getLineMetrics(chars, begin, limit, frc);
  }

  @Override
  public boolean equals(Object o) {
    return super.equals(o);
  }

  @Override
  public int hashCode() {
    return super.hashCode();
  }
}
