package org.sleepstat.report.charts;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes a chart as a one-page PDF, as XChart's PdfboxGraphicsEncoder does, but with a fixed
 * document ID: PDFBox makes the ID from the clock when it is not given one, so each run wrote
 * different bytes. The ID comes from the chart's file name, so charts differ from each other
 * and each is the same bytes on every run.
 */
final class PdfEncoder {
  private PdfEncoder() {}

  static void write(Chart<?, ?> chart, String name, OutputStream out) throws IOException {
    try (PDDocument document = new PDDocument()) {
      CRC32 id = new CRC32();
      id.update(name.getBytes(StandardCharsets.UTF_8));
      document.setDocumentId(id.getValue());
      PDPage page = new PDPage(new PDRectangle(chart.getWidth(), chart.getHeight()));
      document.addPage(page);
      PdfText graphics = new PdfText(document, chart.getWidth(), chart.getHeight());
      TextCapture.during(() -> chart.paint(graphics, chart.getWidth(), chart.getHeight()));
      graphics.dispose();
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.drawForm(graphics.getXFormObject());
      }
      document.save(out);
    }
  }
}
