package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedFlagsTest {

  @Test
  void listsFlaggedRespondentsInFileOrderAndCountsEachFlag() {
    RedFlags r = SurveyAnalysis.withDefaults().redFlags(Surveys.of("""
        respondent_id,sleep_position,rf_leg_numbness,rf_after_injury,rf_worsening
        A,side,no,no,no
        D,side,yes,,no
        C,back,,yes,no
        B,back,yes,yes,
        E,side,,,
        """));
    assertThat(r.respondents()).isEqualTo(3);
    assertThat(r.ids()).containsExactly("D", "C", "B");
    assertThat(r.flags()).containsExactly(
        new RedFlags.Flag("rf_leg_numbness", 2, 2),
        new RedFlags.Flag("rf_after_injury", 2, 2),
        new RedFlags.Flag("rf_worsening", 0, 2));
  }

  @Test
  void noFlagColumnsNoFlags() {
    RedFlags r = SurveyAnalysis.withDefaults().redFlags(Surveys.of("""
        respondent_id,sleep_position
        A,side
        """));
    assertThat(r.respondents()).isZero();
    assertThat(r.ids()).isEmpty();
    assertThat(r.flags()).isEmpty();
  }
}
