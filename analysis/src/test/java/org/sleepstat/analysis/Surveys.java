package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.sleepstat.core.generate.SurveyGenerator;
import org.sleepstat.core.io.ByteSource;
import org.sleepstat.core.io.ImportResult;
import org.sleepstat.core.io.SurveyFileException;
import org.sleepstat.core.io.SurveyImporter;
import org.sleepstat.core.survey.Survey;

/** Small surveys for tests: from CSV text, or generated. */
final class Surveys {
  private Surveys() {}

  /** Imports CSV text (sleep-back-pain schema); every row must be accepted. */
  static Survey of(String csv) {
    try {
      ImportResult r = SurveyImporter.withDefaults()
          .read(ByteSource.ofBytes("test.csv", csv.getBytes(StandardCharsets.UTF_8)));
      assertThat(r.counts().rejected()).as("rejected rows: %s", r.problems()).isZero();
      return r.survey();
    } catch (SurveyFileException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** A generated survey of {@code rows} respondents. */
  static Survey generated(long seed, long rows) {
    StringWriter out = new StringWriter();
    try {
      SurveyGenerator.withSeed(seed).write(rows, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return of(out.toString());
  }
}
