package org.sleepstat.report.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepstat.report.Report;
import org.sleepstat.report.Reports;
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
    String soffice = findSoffice();
    assumeTrue(soffice != null, "LibreOffice (soffice) is not installed; .ci/run installs it");
    Report report = Reports.sample();
    Path docx = dir.resolve(ManuscriptDocument.fileName(report.options()));
    try (OutputStream out = Files.newOutputStream(docx)) {
      ManuscriptDocument.write(report, ReportCharts.of(report), out);
    }

    Path pdfDir = Files.createDirectories(dir.resolve("pdf"));
    Process p = new ProcessBuilder(soffice, "--headless", "--norestore",
        "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
        "--convert-to", "pdf", "--outdir", pdfDir.toString(), docx.toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("soffice.log").toFile())
        .start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
    String log = Files.readString(dir.resolve("soffice.log"), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(log).isZero();
    assertThat(log).doesNotContainIgnoringCase("error");
    Path pdf = pdfDir.resolve("test-report.pdf");
    assertThat(pdf).as(log).exists();
    String pdfText = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    // text, tables and figures: the 13 charts alone take 7 pages
    assertThat(pdfText.split("/Type\\s*/Page[^s]", -1).length - 1).isGreaterThanOrEqualTo(8);
  }

  private static String findSoffice() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      File f = new File(dir, "soffice");
      if (f.canExecute()) {
        return f.getPath();
      }
    }
    return null;
  }
}
