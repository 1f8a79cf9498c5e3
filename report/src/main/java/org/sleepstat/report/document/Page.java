package org.sleepstat.report.document;

/**
 * The page of the document: A4 portrait with 2.5 cm margins, in twentieths of a point (twips), the
 * unit of Word's page and table widths. Tables are laid out to {@link #TEXT_WIDTH}.
 */
final class Page {
  /** A4 width, 210 mm. */
  static final int WIDTH = 11_906;
  /** A4 height, 297 mm. */
  static final int HEIGHT = 16_838;
  /** 2.5 cm. */
  static final int MARGIN = 1_417;
  /** The width between the margins, 16 cm. */
  static final int TEXT_WIDTH = WIDTH - 2 * MARGIN;

  private Page() {}
}
