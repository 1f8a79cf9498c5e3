package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sleepstat.core.io.ByteSource;
import org.sleepstat.core.io.ImportResult;
import org.sleepstat.core.io.SurveyFileException;
import org.sleepstat.core.io.SurveyImporter;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.stats.Reference;

/**
 * The data sets of the R reference tables ({@link Reference}, src/test/resources/reference),
 * imported once each by the default importer; every row must be accepted.
 */
final class ReferenceSurveys {
  private static final Map<String, Survey> SURVEYS = new ConcurrentHashMap<>();

  private ReferenceSurveys() {}

  /**
   * The data set {@code dataset} of the tables of {@code folder} ("" for reference/ itself,
   * "arms", "models"): from that folder's data/, else from the shared reference/data/.
   */
  static Survey survey(String folder, String dataset) {
    return SURVEYS.computeIfAbsent(Reference.dataResource(folder, dataset),
        ReferenceSurveys::importSurvey);
  }

  private static Survey importSurvey(String path) {
    String name = path.substring(path.indexOf("data/"));
    byte[] bytes = Reference.resource(path).getBytes(StandardCharsets.UTF_8);
    try {
      ImportResult r = SurveyImporter.withDefaults().read(ByteSource.ofBytes(name, bytes));
      assertThat(r.counts().rejected()).as("rejected rows of %s: %s", name, r.problems()).isZero();
      return r.survey();
    } catch (SurveyFileException e) {
      throw new IllegalStateException(name + " cannot be imported: " + e.getMessage(), e);
    }
  }
}
