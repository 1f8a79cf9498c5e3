package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook opens in LibreOffice: {@code soffice --headless --convert-to pdf} loads it and
 * writes a PDF (a file LibreOffice would have to repair fails to load headless). .ci/run
 * installs LibreOffice, so CI always runs this; on a machine without soffice it is skipped.
 */
class LibreOfficeCompatibilityTest {
  @TempDir Path dir;

  @Test
  void libreOfficeConvertsTheReportWorkbookToPdf() throws Exception {
    String soffice = findSoffice();
    assumeTrue(soffice != null, "LibreOffice (soffice) is not installed; .ci/run installs it");
    CliRunner.Run run = CliRunner.run("report", "--quiet", "--out", dir.toString());
    assertThat(run.exitCode()).isZero();
    Path workbook = dir.resolve("sample-survey-report.xlsx");
    assertThat(workbook).exists();

    Path pdfDir = Files.createDirectories(dir.resolve("pdf"));
    Process p = new ProcessBuilder(soffice, "--headless", "--norestore",
        "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
        "--convert-to", "pdf", "--outdir", pdfDir.toString(), workbook.toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("soffice.log").toFile())
        .start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
    String log = Files.readString(dir.resolve("soffice.log"), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(log).isZero();
    assertThat(log).doesNotContainIgnoringCase("error");
    Path pdf = pdfDir.resolve("sample-survey-report.pdf");
    assertThat(pdf).as(log).exists();
    assertThat(Files.size(pdf)).isGreaterThan(10_000);
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
