package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sleepstat.cli.SampleJson.fieldNames;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code subgroups} section of {@code analyze --json} with the keys of the contract
 * (docs/analysis-json.md), right after {@code adjusted}; every null statistic with its reason.
 */
class SubgroupsJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> OBJECT_KEYS = List.of("outcome", "subgroup", "levels",
      "interaction_f", "interaction_df1", "interaction_df2", "p_interaction", "notes",
      "undefined");
  private static final List<String> LEVEL_KEYS = List.of("level", "n", "n_treated", "estimate",
      "se", "df", "p", "ci_low", "ci_high", "notes", "undefined");
  private static JsonNode sample;

  @BeforeAll
  static void analyzeTheBundledSample() throws IOException {
    sample = SampleJson.sample();
  }

  @TempDir Path dir;

  @Test
  void subgroupsFollowAdjusted() {
    List<String> names = fieldNames(sample);
    assertThat(names.indexOf("subgroups")).isEqualTo(names.indexOf("adjusted") + 1);
  }

  @Test
  void everyOutcomeHasThePlansSubgroupsWithTheContractsKeys() {
    JsonNode subgroups = sample.get("subgroups");
    // built-in plan: three outcomes by sleep_position, sex and baseline_band
    assertThat(subgroups).hasSize(9);
    List<String> pairs = new ArrayList<>();
    for (JsonNode s : subgroups) {
      pairs.add(s.get("outcome").asText() + " " + s.get("subgroup").asText());
      assertThat(fieldNames(s)).containsExactlyElementsOf(OBJECT_KEYS);
      assertThat(s.get("levels")).isNotEmpty();
      for (JsonNode level : s.get("levels")) {
        assertThat(fieldNames(level)).containsExactlyElementsOf(LEVEL_KEYS);
        assertThat(level.get("n").asInt()).isPositive();
      }
      assertThat(s.get("interaction_df1").isNumber() || s.get("interaction_df1").isNull())
          .isTrue();
    }
    assertThat(pairs).startsWith("pain_morning sleep_position", "pain_morning sex",
        "pain_morning baseline_band");
    JsonNode band = subgroups.get(2).get("levels");
    assertThat(band.get(0).get("level").asText()).isEqualTo("low");
  }

  @Test
  void nullStatisticsSayWhy() throws IOException {
    // stomach: treated only; sex "unknown": one respondent; no "other" at all
    Path csv = dir.resolve("small.csv");
    StringBuilder rows = new StringBuilder(
        "respondent_id,sex,sleep_position,changed_mattress,pain_morning_pre,pain_morning_post\n");
    String[] positions = {"side", "back"};
    for (int i = 0; i < 24; i++) {
      rows.append("R").append(i).append(',').append(i % 2 == 0 ? "female" : "male").append(',')
          .append(positions[i % 2]).append(',').append(i % 3 == 0 ? "no" : "yes").append(',')
          .append(3 + i % 5).append(',').append(2 + (i * 7) % 6).append('\n');
    }
    rows.append("S1,female,stomach,yes,6,3\nS2,male,stomach,yes,7,4\nU1,unknown,side,yes,5,2\n");
    Files.writeString(csv, rows, StandardCharsets.UTF_8);
    CliRunner.Run run = CliRunner.run("analyze", csv.toString(), "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode subgroups = MAPPER.readTree(run.out()).get("subgroups");
    JsonNode position = subgroups.get(0);
    assertThat(position.get("subgroup").asText()).isEqualTo("sleep_position");
    JsonNode stomach = position.get("levels").get(2);
    assertThat(stomach.get("level").asText()).isEqualTo("stomach");
    assertThat(stomach.get("n_treated").asInt()).isEqualTo(2);
    for (String key : List.of("estimate", "se", "df", "p", "ci_low", "ci_high")) {
      assertThat(stomach.get(key).isNull()).as(key).isTrue();
      assertThat(stomach.get("undefined").get(key).asText()).contains("only treated");
    }
    JsonNode sex = subgroups.get(1);
    assertThat(sex.get("levels")).extracting(l -> l.get("level").asText())
        .containsExactly("female", "male", "unknown");
    assertThat(sex.get("levels").get(2).get("undefined").get("estimate").asText())
        .contains("one respondent");
    assertThat(sex.get("notes").get(0).asText()).contains("no respondents with other");
    assertThat(position.get("interaction_df1").asInt()).isEqualTo(1);
  }
}
