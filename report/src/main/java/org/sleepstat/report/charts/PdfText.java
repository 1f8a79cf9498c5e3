package org.sleepstat.report.charts;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Shape;
import java.io.File;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * PDF graphics that write a chart's text as text ({@link TextCapture}, as {@link VectorText} does
 * for SVG), in DejaVu Sans embedded as a subset: the charts' font on the Linux machines sleepstat
 * runs on, with the minus sign, the en dash and the Greek letters the labels use. Where the font
 * files are not installed, the text stays drawn as outlines, as XChart draws it.
 */
final class PdfText extends PdfBoxGraphics2D {
  /** Where Debian's fonts-dejavu-core puts the fonts (CI installs it). */
  private static final File FONTS = new File("/usr/share/fonts/truetype/dejavu");

  PdfText(PDDocument document, int width, int height) throws IOException {
    super(document, width, height);
    setFontTextDrawer(new Dejavu());
  }

  @Override
  public void fill(Shape s) {
    if (!TextCapture.drawAsText(this, s)) {
      super.fill(s);
    }
  }

  /** Maps the charts' fonts to DejaVu Sans (plain or bold), loaded once per document. */
  private static final class Dejavu extends PdfBoxGraphics2DFontTextDrawer {
    private final Map<String, PDFont> loaded = new HashMap<>();

    @Override
    protected PDFont mapFont(Font font, IFontTextDrawerEnv env)
        throws IOException, FontFormatException {
      File file = new File(FONTS, font.isBold() ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf");
      if (!file.isFile()) {
        return null; // drawn as outlines
      }
      PDFont pdf = loaded.get(file.getName());
      if (pdf == null) {
        pdf = PDType0Font.load(env.getDocument(), file);
        loaded.put(file.getName(), pdf);
      }
      return pdf;
    }
  }
}
