package org.sleepstat.report.slides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepstat.report.Headlines;
import org.sleepstat.report.Report;
import org.sleepstat.report.Reports;

/**
 * The deck opens in LibreOffice Impress: {@code soffice --headless --convert-to pdf} loads it
 * and writes one PDF page per slide. .ci/run installs LibreOffice with Impress, so CI always runs
 * this; on a machine without soffice it is skipped.
 */
class SlideDeckLibreOfficeTest {
  @TempDir Path dir;

  @Test
  void libreOfficeConvertsEverySlideOfTheDeckToPdf() throws Exception {
    String soffice = findSoffice();
    assumeTrue(soffice != null, "LibreOffice (soffice) is not installed; .ci/run installs it");
    Report report = Reports.sample();
    Path deck = dir.resolve("sample-survey-slides.pptx");
    Files.write(deck, SlideDeckTest.write(report));

    Path pdfDir = Files.createDirectories(dir.resolve("pdf"));
    Process p = new ProcessBuilder(soffice, "--headless", "--norestore",
        "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
        "--convert-to", "pdf", "--outdir", pdfDir.toString(), deck.toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("soffice.log").toFile())
        .start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
    String log = Files.readString(dir.resolve("soffice.log"), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(log).isZero();
    assertThat(log).doesNotContainIgnoringCase("error");
    Path pdf = pdfDir.resolve("sample-survey-slides.pdf");
    assertThat(pdf).as(log).exists();
    String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    Matcher pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(text);
    int count = 0;
    while (pages.find()) {
      count++;
    }
    assertThat(count).as("PDF pages").isEqualTo(Headlines.of(report).size() + 2);
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
