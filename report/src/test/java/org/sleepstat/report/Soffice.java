package org.sleepstat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LibreOffice in tests: converts a written file to PDF as a person opening it would see it, and
 * counts its pages. Skips the test (an assumption) where soffice is missing; {@code .ci/run}
 * installs it, so CI always converts.
 */
public final class Soffice {
  private Soffice() {}

  /**
   * Converts {@code file} to PDF in {@code work} and returns the PDF's page count; asserts that
   * LibreOffice finished without an error.
   */
  public static int pdfPages(Path file, Path work) throws IOException, InterruptedException {
    String soffice = find();
    assumeTrue(soffice != null, "LibreOffice (soffice) is not installed; .ci/run installs it");
    Path pdfDir = Files.createDirectories(work.resolve("pdf"));
    Path log = work.resolve("soffice.log");
    Process p = new ProcessBuilder(soffice, "--headless", "--norestore",
        "-env:UserInstallation=" + work.resolve("lo-profile").toUri(),
        "--convert-to", "pdf", "--outdir", pdfDir.toString(), file.toString())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
    String text = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(text).isZero();
    assertThat(text).doesNotContainIgnoringCase("error");
    String name = file.getFileName().toString();
    Path pdf = pdfDir.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
    assertThat(pdf).as(text).exists();
    Matcher pages = Pattern.compile("/Type\\s*/Page[^s]")
        .matcher(new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1));
    int count = 0;
    while (pages.find()) {
      count++;
    }
    return count;
  }

  private static String find() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      File f = new File(dir, "soffice");
      if (f.canExecute()) {
        return f.getPath();
      }
    }
    return null;
  }
}
