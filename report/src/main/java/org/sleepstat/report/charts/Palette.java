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

  /**
   * The treated group (changed_mattress = yes; every respondent of a single-arm study): its
   * means, intervals, pairs and responder rates, in every chart, PNG and native.
   */
  public static final Color TREATED = BLUE;
  /** The untreated group (changed_mattress = no), beside the treated in every chart. */
  public static final Color UNTREATED = ORANGE;
  /** The treated group before the change: the group's colour, lighter; after: the colour. */
  public static final Color BEFORE = before(TREATED);
  /** The treated group after the change. */
  public static final Color AFTER = TREATED;
  /** Baseline outcomes (box plots by sleep position and their native chart). */
  public static final Color BASELINE = SKY_BLUE;
  /** Means drawn over the data (box plots): a marker in this colour. */
  public static final Color MEAN = BLACK;
  /** Responders, and the responder rates. */
  public static final Color RESPONDERS = BLUISH_GREEN;
  /** Thresholds and fitted lines drawn over the data. */
  public static final Color MARK = VERMILLION;

  /** Categories in order (sleep positions): the palette without black and yellow. */
  public static final Color[] CATEGORIES = {BLUE, ORANGE, BLUISH_GREEN, REDDISH_PURPLE,
      SKY_BLUE, VERMILLION};

  private Palette() {}

  /**
   * A group's colour for the values before the change: halfway to white, so that before and
   * after of one group read as one family and the groups stay apart.
   */
  public static Color before(Color group) {
    return new Color((group.getRed() + 255) / 2, (group.getGreen() + 255) / 2,
        (group.getBlue() + 255) / 2);
  }

  /** {@code color} with the given opacity (0–255), for overlapping points. */
  static Color translucent(Color color, int alpha) {
    return new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha);
  }
}
