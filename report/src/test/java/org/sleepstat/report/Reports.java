package org.sleepstat.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sleepstat.analysis.SurveyAnalysis;
import org.sleepstat.core.io.ByteSource;
import org.sleepstat.core.io.ImportResult;
import org.sleepstat.core.io.SurveyFileException;
import org.sleepstat.core.io.SurveyImporter;

/** Reports for tests: the bundled sample survey, or a survey given as CSV text. */
public final class Reports {
  /** The document date of test reports. */
  public static final Instant DATE = Instant.parse("2024-05-01T12:00:00Z");

  private static Report sample;

  private Reports() {}

  /** The report of the bundled sample survey (built once). */
  public static synchronized Report sample() {
    if (sample == null) {
      sample = of(ByteSource.ofResource("sample-survey.csv", Reports.class,
          "/org/sleepstat/data/sample-survey.csv"));
    }
    return sample;
  }

  /** The report of a survey given as CSV text. */
  public static Report ofCsv(String name, String csv) {
    return of(ByteSource.ofBytes(name, csv.getBytes(StandardCharsets.UTF_8)));
  }

  private static Report of(ByteSource source) {
    try {
      ImportResult imported = SurveyImporter.withDefaults().read(source);
      SurveyAnalysis settings = SurveyAnalysis.withDefaults();
      return new Report(imported, settings.analyze(imported.survey()), settings,
          new ReportOptions("test", EnumSet.of(ChartFormat.PNG), ReportOptions.DEFAULT_DPI,
              DATE, "test-version", List.of("--lenient: no")));
    } catch (SurveyFileException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The values R computes for the charts of the bundled sample (report-charts-expected.tsv, from
   * report-charts.R beside it), by key.
   */
  public static Map<String, Double> rReference() {
    Map<String, Double> values = new LinkedHashMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        Reports.class.getResourceAsStream("report-charts-expected.tsv"),
        StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("#") || line.startsWith("key\t")) {
          continue;
        }
        String[] f = line.split("\t");
        values.put(f[0], Double.parseDouble(f[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return values;
  }
}
