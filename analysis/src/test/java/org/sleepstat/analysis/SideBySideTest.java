package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sleepstat.core.survey.Survey;

/**
 * The analyses run side by side give the result of running them one after the other, to the
 * bit, whatever the number of threads; a failure in one part reaches the caller as it was thrown.
 */
class SideBySideTest {

  @Test
  void resultDoesNotDependOnTheThreads() {
    Survey survey = Surveys.generated(606, 3_000);
    SurveyAnalysis analysis = SurveyAnalysis.withDefaults();
    AnalysisResult one = analysis.analyze(survey, 1);
    assertThat(analysis.analyze(survey, 2)).isEqualTo(one);
    assertThat(analysis.analyze(survey, 4)).isEqualTo(one);
    assertThat(analysis.analyze(survey)).isEqualTo(one);
    assertThat(one.regression()).isEqualTo(BaselineRegression.analyze(survey));
    assertThat(one.paired()).isEqualTo(analysis.paired(survey));
  }

  @Test
  void failureOfAPartIsRethrown() {
    try (SideBySide parts = new SideBySide(2)) {
      SideBySide.Part<Integer> fine = parts.submit(() -> 1);
      SideBySide.Part<Integer> failing = parts.submit(() -> {
        throw new IllegalStateException("broken part");
      });
      assertThat(fine.get()).isEqualTo(1);
      assertThatThrownBy(failing::get).isInstanceOf(IllegalStateException.class)
          .hasMessage("broken part");
    }
  }
}
