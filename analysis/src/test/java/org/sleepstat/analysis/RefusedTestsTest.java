package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * When a test is refused, the statistics that rest on it are refused with the same reason, and
 * the reason is the true one: "essentially constant" is not "all equal", and a baseline that
 * varies too little against its size is not a constant one.
 */
class RefusedTestsTest {

  /**
   * Changes −2 and −1.9999999999999996 (3.0000000000000004 − 5): not all equal, but their
   * standard error is below 10 ε |mean|, so R's t.test stops with "data are essentially
   * constant"; dz = mean / sd would be −7.7e15.
   */
  private static final String ESSENTIALLY_CONSTANT = """
      respondent_id,sleep_position,changed_mattress,pain_morning_pre,pain_morning_post
      E1,side,yes,5,3
      E2,side,yes,5,3.0000000000000004
      E3,back,yes,5,3
      E4,back,yes,5,3.0000000000000004
      E5,side,no,5,4
      E6,side,no,5,4.0000000000000009
      E7,back,no,5,4
      E8,back,no,5,4.0000000000000009
      """;

  @Test
  void dzAndItsIntervalAreRefusedWithTheTTestWhenTheChangesAreEssentiallyConstant() {
    PairedResult r = SurveyAnalysis.withDefaults().paired(Surveys.of(ESSENTIALLY_CONSTANT))
        .get(0);
    assertThat(r.n()).isEqualTo(4);
    assertThat(r.tTest().t().isDefined()).isFalse();
    assertThat(r.tTest().t().reason()).contains("essentially constant")
        .doesNotContain("all changes");
    assertThat(r.dz().value()).isEqualTo(r.tTest().t());
    assertThat(r.dz().ciLow()).isEqualTo(r.tTest().t());
    assertThat(r.dz().ciHigh()).isEqualTo(r.tTest().t());
    assertThat(r.tTest().meanChange().ciLow()).isEqualTo(r.tTest().t());
  }

  @Test
  void welchOfTheArmsSaysEssentiallyConstantWhenTheChangesAreNotAllEqual() {
    ArmComparisonResult r = ArmComparison.compare(Surveys.of(ESSENTIALLY_CONSTANT)).get(0);
    assertThat(r.welch().t().isDefined()).isFalse();
    assertThat(r.welch().t().reason()).contains("essentially constant")
        .doesNotContain("zero variance");
  }

  /** Baselines 9 + k·1e-9: they vary, by 2e-10 of their size, below lm's tolerance 1e-7. */
  private static final String NEARLY_CONSTANT_PRE = """
      respondent_id,sleep_position,changed_mattress,pain_morning_pre,pain_morning_post
      P1,side,yes,9,3
      P2,side,yes,9.000000001,4
      P3,back,yes,9.000000002,5
      P4,back,yes,9,3
      P5,side,no,9.000000001,2
      P6,side,no,9.000000002,6
      P7,back,no,9.000000001,4
      P8,back,no,9,3
      """;

  @Test
  void ancovaOfABaselineThatVariesTooLittleSaysSoAndNotThatItIsConstant() {
    // R: lm(post ~ pre + changed) drops pre (coefficient NA, qr tolerance 1e-7) and so does not
    // adjust for the baseline at all; sleepstat refuses the ANCOVA and says why
    ArmComparisonResult r = ArmComparison.compare(Surveys.of(NEARLY_CONSTANT_PRE)).get(0);
    assertThat(r.ancova().difference().value().isDefined()).isFalse();
    assertThat(r.ancova().difference().value().reason())
        .doesNotContain("is constant")
        .contains("pre varies too little against its size")
        .contains("from 9 to 9.000000002")
        .contains("1e-7");
    assertThat(r.ancova().method()).contains("pre varies too little");
  }

  @Test
  void ancovaOfAConstantBaselineSaysItIsConstant() {
    ArmComparisonResult r = ArmComparison.compare(Surveys.of(
        NEARLY_CONSTANT_PRE.replaceAll("9\\.00000000[12]", "9"))).get(0);
    assertThat(r.ancova().t().reason()).isEqualTo("singular design: pre is constant (9)");
  }
}
