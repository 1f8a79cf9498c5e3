package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
        new RedFlags.Flag("rf_leg_numbness", 2, 2, List.of("D", "B")),
        new RedFlags.Flag("rf_after_injury", 2, 2, List.of("C", "B")),
        new RedFlags.Flag("rf_worsening", 0, 2, List.of()));
    assertThat(r.flagged()).containsExactly(
        new RedFlags.Flagged("D", 3, List.of("rf_leg_numbness")),
        new RedFlags.Flagged("C", 4, List.of("rf_after_injury")),
        new RedFlags.Flagged("B", 5, List.of("rf_leg_numbness", "rf_after_injury")));
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
