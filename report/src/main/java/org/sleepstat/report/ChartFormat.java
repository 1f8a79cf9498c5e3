package org.sleepstat.report;

import java.util.Locale;

/** The file formats a chart can be written in. */
public enum ChartFormat {
  /** Bitmap for slides, at the chosen dpi. */
  PNG,
  /** Vector graphics for the web and for editing. */
  SVG,
  /** Vector graphics for print (byte-stable: a fixed document ID, no date). */
  PDF;

  /** The file extension, e.g. "png". */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The format named {@code text} ("png", "SVG", " pdf ").
   *
   * @throws IllegalArgumentException for any other name
   */
  public static ChartFormat parse(String text) {
    String key = text.strip().toUpperCase(Locale.ROOT);
    for (ChartFormat f : values()) {
      if (f.name().equals(key)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown chart format \"" + text.strip()
        + "\" (png, svg or pdf)");
  }
}
