package org.sleepstat.report.slides;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.TextShape;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.sleepstat.report.OutcomeText;

/**
 * Text on the slides: a shape's text replaced by paragraphs of one size, weight and colour. Sizes
 * are chosen so that the longest sentences fit their boxes in a wide font (DejaVu Sans, what
 * LibreOffice falls back to), and so in the narrower Calibri of PowerPoint too.
 */
final class SlideText {
  static final Color TEXT = new Color(0x222222);
  static final Color QUIET = new Color(0x555555);

  private SlideText() {}

  /**
   * The label of a level: the plan's, else the level with a capital first letter ("Side", as
   * the labels of the codebook read), never a changed meaning.
   */
  static String level(OutcomeText text, String variable, String level) {
    String label = text.level(variable, level);
    return label.equals(level) && !level.isEmpty()
        ? level.substring(0, 1).toUpperCase(Locale.ROOT) + level.substring(1) : label;
  }

  /** A new text box at {@code where} holding {@code text}, one paragraph per line. */
  static XSLFTextBox box(XSLFSlide slide, Rectangle2D where, String text, double size,
      boolean bold, Color color) {
    XSLFTextBox box = slide.createTextBox();
    box.setAnchor(where);
    set(box, text, size, bold, color);
    return box;
  }

  /** Replaces the text of {@code shape}, one paragraph per line, top-aligned and wrapped. */
  static void set(XSLFTextShape shape, String text, double size, boolean bold, Color color) {
    shape.clearText();
    shape.setWordWrap(true);
    shape.setVerticalAlignment(VerticalAlignment.TOP);
    shape.setTextAutofit(TextShape.TextAutofit.NONE);
    shape.setInsets(new org.apache.poi.sl.usermodel.Insets2D(4, 6, 4, 6));
    for (String line : text.split("\n", -1)) {
      XSLFTextParagraph p = shape.addNewTextParagraph();
      p.setTextAlign(TextParagraph.TextAlign.LEFT);
      p.setSpaceAfter(30.0);
      XSLFTextRun run = p.addNewTextRun();
      run.setText(line);
      run.setFontSize(size);
      run.setBold(bold);
      run.setFontColor(color);
    }
  }
}
