package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trend keys of {@code mattress_age_bands} in {@code analyze --json} and the trend lines of
 * the text output. The sample's numbers are checked against R in AnalyzeCommandTest
 * (sample-analysis.R); here the shape and the undefined cases.
 */
class AgeTrendJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  /** Ages 1 and 3 (band [0,6)), 9 ([8,10)), 12 and 15 ([10,Inf)); [6,8) empty. */
  private static final String SPARSE = "respondent_id,sleep_position,mattress_age_years,"
      + "pain_morning_pre,pain_night_pre\n"
      + "A,side,1,2,3\nB,back,3,5,4\nC,side,9,6,\nD,back,12,4.5,\nE,side,15,7,\nF,side,,8,2\n";

  private JsonNode bands(String csv) throws IOException {
    Path file = dir.resolve("ages.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    CliRunner.Run run = CliRunner.run("analyze", "--json", file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    return MAPPER.readTree(run.out()).get("mattress_age_bands");
  }

  @Test
  void thePrimaryOutcomeHasTheTrendAndTheHighShare() throws IOException {
    JsonNode morning = bands(SPARSE).get(0);
    assertThat(morning.get("outcome").asText()).isEqualTo("pain_morning_pre");
    assertThat(morning.get("trend_bands").asInt()).isEqualTo(3);
    assertThat(morning.get("trend_df").asDouble()).isEqualTo(3);
    for (String key : new String[] {"trend_slope", "trend_se", "trend_t", "p_trend",
        "trend_ci_low", "trend_ci_high"}) {
      assertThat(morning.get(key).isNumber()).as(key).isTrue();
    }
    JsonNode high = morning.get("high_share");
    assertThat(high.get("threshold").asDouble()).isEqualTo(4);
    assertThat(high.get("bands")).extracting(b -> b.get("band").asText())
        .containsExactly("[0,6)", "[6,8)", "[8,10)", "[10,Inf)");
    JsonNode first = high.get("bands").get(0);
    assertThat(first.get("x").asInt()).isEqualTo(1);
    assertThat(first.get("n").asInt()).isEqualTo(2);
    assertThat(first.get("share").asDouble()).isEqualTo(0.5);
    JsonNode empty = high.get("bands").get(1);
    assertThat(empty.get("n").asInt()).isZero();
    assertThat(empty.get("share").isNull()).isTrue();
    assertThat(empty.get("undefined").get("ci_low").asText()).contains("no respondents");
    assertThat(high.get("df").asDouble()).isEqualTo(1);
    assertThat(high.get("p").isNumber()).isTrue();
  }

  @Test
  void otherOutcomesHaveNoHighShareAndAnUndefinedTrendSaysWhy() throws IOException {
    JsonNode night = bands(SPARSE).get(1);
    assertThat(night.get("outcome").asText()).isEqualTo("pain_night_pre");
    assertThat(night.has("high_share")).isFalse();
    assertThat(night.get("trend_bands").asInt()).isEqualTo(1);
    assertThat(night.get("trend_slope").isNull()).isTrue();
    assertThat(night.get("undefined").get("p_trend").asText()).contains("1 band");
  }

  @Test
  void nobodyAtOrAboveTheThresholdLeavesTheTrendTestNull() throws IOException {
    JsonNode high = bands("respondent_id,sleep_position,mattress_age_years,pain_morning_pre\n"
        + "A,side,1,2\nB,back,7,3\nC,side,11,1\n").get(0).get("high_share");
    assertThat(high.get("chi_squared").isNull()).isTrue();
    assertThat(high.get("undefined").get("p").asText()).contains("none of the 3");
  }

  @Test
  void theTextNamesTheTrendAndTheCochranArmitageTest() {
    CliRunner.Run run = CliRunner.run("analyze");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("trend across bands (lm(y ~ score), scores 1..4): slope")
        .contains("pain_morning_pre >= 4 (the plan's high_at) by band: [0,6) ")
        .contains("Cochran-Armitage trend test (prop.trend.test): X2(1) = ");
  }
}
