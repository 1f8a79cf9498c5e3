package org.sleepstat.report.charts;

import java.awt.Color;

/**
 * The Okabe–Ito colours (Okabe and Ito 2008), distinguishable with every common form of colour
 * blindness; every chart of a report uses them with the same meaning.
 */
public final class Palette {
  public static final Color BLACK = new Color(0x000000);
  public static final Color ORANGE = new Color(0xE69F00);
  public static final Color SKY_BLUE = new Color(0x56B4E9);
  public static final Color BLUISH_GREEN = new Color(0x009E73);
  public static final Color YELLOW = new Color(0xF0E442);
  public static final Color BLUE = new Color(0x0072B2);
  public static final Color VERMILLION = new Color(0xD55E00);
  public static final Color REDDISH_PURPLE = new Color(0xCC79A7);
  /** Neutral grey for "the rest" (non-responders), not a category of its own. */
  public static final Color GREY = new Color(0x999999);

  /** Before the mattress change. */
  public static final Color BEFORE = ORANGE;
  /** After the mattress change. */
  public static final Color AFTER = BLUE;
  /** Responders, and the responder rates. */
  public static final Color RESPONDERS = BLUISH_GREEN;
  /** Thresholds and fitted lines drawn over the data. */
  public static final Color MARK = VERMILLION;

  /** Categories in order (sleep positions): the palette without black and yellow. */
  public static final Color[] CATEGORIES = {BLUE, ORANGE, BLUISH_GREEN, REDDISH_PURPLE,
      SKY_BLUE, VERMILLION};

  private Palette() {}

  /** {@code color} with the given opacity (0–255), for overlapping points. */
  static Color translucent(Color color, int alpha) {
    return new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha);
  }
}
