package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.core.survey.Survey;

/**
 * The analysis hands on the rows of each paired result (changed = yes, both values), of each
 * by-position result (a position and a value) and of each mattress-age result (an age and a
 * value).
 */
class SelectionTest {
  @Test
  void thePairedRowsAreTheChangedRespondentsWithBothValuesInFileOrder() {
    Survey survey = Surveys.generated(7, 300);
    AnalysisResult r = SurveyAnalysis.withDefaults().analyze(survey);
    assertThat(r.rows().paired()).hasSameSizeAs(r.paired());
    LevelColumn changed = survey.levels(StudyDesign.GROUP).orElseThrow();
    int yes = changed.levels().indexOf(StudyDesign.YES);
    for (int k = 0; k < r.paired().size(); k++) {
      PairedResult p = r.paired().get(k);
      Selection rows = r.rows().paired().get(k);
      NumberColumn pre = survey.numbers(p.outcome() + "_pre").orElseThrow();
      NumberColumn post = survey.numbers(p.outcome() + "_post").orElseThrow();
      int expected = 0;
      for (int i = 0; i < survey.size(); i++) {
        if (changed.code(i) == yes && !Double.isNaN(pre.get(i)) && !Double.isNaN(post.get(i))) {
          assertThat(rows.row(expected)).isEqualTo(i);
          expected++;
        }
      }
      assertThat(rows.size()).isEqualTo(expected).isEqualTo(p.n());
    }
  }

  @Test
  void withoutTheGroupColumnEveryRespondentWithBothValuesIsPaired() {
    Survey survey = Surveys.of("respondent_id,sleep_position,pain_morning_pre,pain_morning_post\n"
        + "a,side,5,3\nb,back,,2\nc,side,4,4\n");
    AnalysisResult r = SurveyAnalysis.withDefaults().analyze(survey);
    Selection rows = r.rows().paired().get(0);
    assertThat(rows.size()).isEqualTo(2);
    assertThat(rows.row(0)).isZero();
    assertThat(rows.row(1)).isEqualTo(2);
  }

  @Test
  void thePositionAndAgeRowsAreTheRespondentsWithBothValuesInFileOrder() {
    Survey survey = Surveys.generated(7, 300);
    AnalysisResult r = SurveyAnalysis.withDefaults().analyze(survey);
    LevelColumn position = survey.levels(StudyDesign.POSITION).orElseThrow();
    NumberColumn age = survey.numbers(StudyDesign.MATTRESS_AGE).orElseThrow();
    assertThat(r.rows().byPosition()).hasSameSizeAs(r.byPosition()).hasSize(3);
    assertThat(r.rows().mattressAge()).hasSameSizeAs(r.mattressAge()).hasSize(3);
    for (int k = 0; k < r.byPosition().size(); k++) {
      NumberColumn y = survey.numbers(r.byPosition().get(k).outcome()).orElseThrow();
      Selection rows = r.rows().byPosition().get(k);
      int expected = 0;
      for (int i = 0; i < survey.size(); i++) {
        if (position.code(i) != LevelColumn.MISSING && !Double.isNaN(y.get(i))) {
          assertThat(rows.row(expected++)).isEqualTo(i);
        }
      }
      assertThat(rows.size()).isEqualTo(expected).isLessThan(survey.size());
    }
    for (int k = 0; k < r.mattressAge().size(); k++) {
      MattressAgeResult m = r.mattressAge().get(k);
      NumberColumn y = survey.numbers(m.outcome()).orElseThrow();
      Selection rows = r.rows().mattressAge().get(k);
      int expected = 0;
      for (int i = 0; i < survey.size(); i++) {
        if (!Double.isNaN(age.get(i)) && !Double.isNaN(y.get(i))) {
          assertThat(rows.row(expected++)).isEqualTo(i);
        }
      }
      assertThat(rows.size()).isEqualTo(expected).isEqualTo(m.n());
    }
  }

  @Test
  void withoutTheAgeColumnNoAgeRows() {
    Survey survey = Surveys.of("respondent_id,sleep_position,pain_morning_pre\n"
        + "a,side,5\nb,back,\nc,back,4\n");
    AnalysisResult r = SurveyAnalysis.withDefaults().analyze(survey);
    assertThat(r.rows().mattressAge()).isEmpty();
    Selection rows = r.rows().byPosition().get(0);
    assertThat(rows.size()).isEqualTo(2);
    assertThat(rows.row(0)).isZero();
    assertThat(rows.row(1)).isEqualTo(2);
  }
}
