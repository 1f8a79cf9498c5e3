package org.sleepstat.report.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepstat.report.Report;
import org.sleepstat.report.Reports;
import org.sleepstat.report.Soffice;
import org.sleepstat.report.charts.ReportCharts;

/**
 * The document opens in LibreOffice Writer: {@code soffice --headless --convert-to pdf} loads it
 * and writes a PDF with a page per part (a file Writer would have to repair fails to load
 * headless). .ci/run installs LibreOffice with Writer, so CI always runs this; on a machine
 * without soffice it is skipped.
 */
class DocumentLibreOfficeTest {
  @TempDir Path dir;

  @Test
  void libreOfficeConvertsTheDocumentToPdf() throws Exception {
    Report report = Reports.sample();
    Path docx = dir.resolve(ManuscriptDocument.fileName(report.options()));
    try (OutputStream out = Files.newOutputStream(docx)) {
      ManuscriptDocument.write(report, ReportCharts.of(report), out);
    }

    // text, tables and figures: the 13 charts alone take 7 pages
    assertThat(Soffice.pdfPages(docx, dir)).isGreaterThanOrEqualTo(8);
  }
}
