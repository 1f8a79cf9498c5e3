package org.sleepstat.report.slides;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepstat.report.Headlines;
import org.sleepstat.report.Report;
import org.sleepstat.report.Reports;
import org.sleepstat.report.Soffice;

/**
 * The deck opens in LibreOffice Impress: {@code soffice --headless --convert-to pdf} loads it
 * and writes one PDF page per slide. .ci/run installs LibreOffice with Impress, so CI always runs
 * this; on a machine without soffice it is skipped.
 */
class SlideDeckLibreOfficeTest {
  @TempDir Path dir;

  @Test
  void libreOfficeConvertsEverySlideOfTheDeckToPdf() throws Exception {
    Report report = Reports.sample();
    Path deck = dir.resolve("sample-survey-slides.pptx");
    Files.write(deck, SlideDeckTest.write(report));

    assertThat(Soffice.pdfPages(deck, dir)).as("PDF pages")
        .isEqualTo(Headlines.of(report).size() + 2);
  }
}
