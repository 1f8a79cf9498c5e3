package org.sleepstat.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The report of a generated long file with four waves (over-time/waves.csv), built once. */
public final class OverTimeReports {
  private static Report waves;

  private OverTimeReports() {}

  /** 150 respondents at baseline, week 2, week 4 and week 12, with dropout. */
  public static synchronized Report waves() {
    if (waves == null) {
      try (InputStream in = OverTimeReports.class.getResourceAsStream("/over-time/waves.csv")) {
        waves = Reports.ofCsv("waves.csv", new String(in.readAllBytes(),
            StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return waves;
  }
}
