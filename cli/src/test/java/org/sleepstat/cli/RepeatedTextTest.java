package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The readable summary's "Over time" section: per outcome the model, its type III F tests, the
 * differences between the groups at each wave (without a group, each wave against the first),
 * and a boundary fit said in a note; none for a file of two waves.
 */
class RepeatedTextTest {
  @TempDir Path dir;

  @Test
  void aFourWaveFileShowsTheFTestsAndTheGroupDifferencePerWave() throws IOException {
    String text = analyze("generated.csv");
    String section = text.substring(text.indexOf("\nOver time ("));
    assertThat(section).contains("pain_morning ~ wave * changed_mattress + (1 | respondent_id):"
        + " 294 respondents, 1009 values over 4 waves (baseline, week 2, week 4, week 12)");
    assertThat(section).containsPattern("wave F\\(3, [0-9.]+\\) = [0-9.]+, p [<=] [0-9.]+; "
        + "changed_mattress F\\(1, [0-9.]+\\) = [0-9.]+, p [<=] [0-9.]+; wave:changed_mattress "
        + "F\\(3, ");
    assertThat(section).contains("difference between the groups at each wave (model means):");
    for (String wave : new String[] {"baseline", "week 2", "week 4", "week 12"}) {
      assertThat(section).containsPattern("\n      " + wave + ", yes - no: -?[0-9.]+ \\(95% CI ");
    }
    assertThat(section).contains("note: 6 respondents with values of pain_morning but no "
        + "changed_mattress value left out");
    assertThat(text).contains("pain_morning: changed_mattress = yes, both values present; "
        + "baseline against week 12, the last of 4 waves, n = ");
  }

  @Test
  void aSingleArmFileShowsEachWaveAgainstTheFirstAndSaysABoundaryFit() throws IOException {
    String text = analyze("single-arm.csv");
    String section = text.substring(text.indexOf("\nOver time ("));
    assertThat(section).contains("sleep_quality ~ wave + (1 | respondent_id): 60 respondents, "
        + "180 values over 3 waves (pre, week 3, post)");
    assertThat(section).contains("each wave against pre (model means):");
    assertThat(section).contains("week 3 - pre: ").contains("post - pre: ");
    assertThat(section).doesNotContain("yes - no");
    assertThat(section).contains("note: no changed_mattress column: the model has the waves "
        + "alone, over every respondent");
    String sleep = section.substring(section.indexOf("sleep_quality ~"));
    assertThat(sleep).contains("note: boundary fit (lme4's singular fit)");
    String morning = section.substring(0, section.indexOf("pain_night ~"));
    assertThat(morning).doesNotContain("boundary fit");
  }

  @Test
  void aTwoWaveFileHasNoOverTimeSection() {
    CliRunner.Run run = CliRunner.run("analyze");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain("Over time (").contains("Change after a mattress");
  }

  private String analyze(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/reference/repeated/" + name)) {
      Files.copy(in, file);
    }
    CliRunner.Run run = CliRunner.run("analyze", file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run.out();
  }
}
