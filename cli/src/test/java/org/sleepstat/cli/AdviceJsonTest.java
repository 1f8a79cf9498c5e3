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
 * The {@code props} and {@code firmness} sections of {@code analyze --json}, key by key as
 * docs/analysis-json.md lists them, on a generated survey that has every prop and both firmness
 * variables, and on one written before those columns existed.
 */
class AdviceJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> COMPARISON_KEYS = List.of("outcome", "n_with", "n_without",
      "mean_with", "mean_without", "difference", "ci_low", "ci_high", "t", "df", "p_t", "w",
      "p_w", "exact", "hl_estimate", "hl_ci_low", "hl_ci_high", "hl_level", "undefined");
  private static final List<String> COEFFICIENT_KEYS =
      List.of("estimate", "se", "t", "df", "p", "ci_low", "ci_high");
  private static JsonNode generated;
  private static String generatedText;

  @BeforeAll
  static void analyzeAGeneratedSurvey(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("survey.csv");
    assertThat(CliRunner.run("generate", "--rows", "400", "--seed", "14", "--out",
        file.toString()).exitCode()).isZero();
    CliRunner.Run run = CliRunner.run("analyze", file.toString(), "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    generated = MAPPER.readTree(run.out());
    generatedText = CliRunner.run("analyze", file.toString()).out();
  }

  @Test
  void propsAndFirmnessFollowAdjusted() {
    List<String> top = fieldNames(generated);
    int adjusted = top.indexOf("adjusted");
    assertThat(adjusted).isNotNegative();
    assertThat(top.indexOf("props")).isGreaterThan(adjusted);
    assertThat(top.indexOf("firmness")).isEqualTo(top.indexOf("props") + 1);
  }

  @Test
  void propsListEveryPositionAndPropOfThePlanWithTheDocumentedKeys() {
    JsonNode props = generated.get("props");
    List<String> pairs = new ArrayList<>();
    props.forEach(p -> pairs.add(p.get("position").asText() + "/" + p.get("prop").asText()));
    assertThat(pairs).containsExactly("side/pillow_between_knees", "back/pillow_under_knees",
        "back/lumbar_roll", "stomach/pillow_under_hips");
    for (JsonNode p : props) {
      assertThat(fieldNames(p)).containsExactly("position", "prop", "notes", "baseline",
          "change", "undefined");
      assertThat(p.get("baseline")).hasSize(3);
      assertThat(p.get("change")).hasSize(3);
      for (JsonNode c : p.get("baseline")) {
        assertThat(fieldNames(c)).containsExactlyElementsOf(COMPARISON_KEYS);
        assertThat(c.get("n_with").asInt() + c.get("n_without").asInt()).isPositive();
      }
    }
    JsonNode side = props.get(0).get("baseline").get(0);
    assertThat(side.get("outcome").asText()).isEqualTo("pain_morning_pre");
    assertThat(side.get("ci_low").asDouble()).isLessThan(side.get("difference").asDouble());
    assertThat(side.get("hl_ci_low").asDouble())
        .isLessThanOrEqualTo(side.get("hl_estimate").asDouble());
  }

  @Test
  void firmnessHasTheDocumentedKeys() {
    JsonNode f = generated.get("firmness");
    assertThat(fieldNames(f)).containsExactly("variable", "new_variable", "advised", "notes",
        "baseline", "change", "undefined");
    assertThat(f.get("advised").asText()).isEqualTo("medium_firm");
    JsonNode b = f.get("baseline").get(0);
    assertThat(fieldNames(b)).containsExactly("outcome", "n", "groups", "groups_tested",
        "anova_f", "anova_df1", "anova_df2", "p_anova", "welch_f", "welch_df1", "welch_df2",
        "p_welch", "kruskal_h", "kruskal_df", "p_kruskal", "trend", "advised", "undefined");
    assertThat(fieldNames(b.get("trend"))).containsSubsequence(COEFFICIENT_KEYS)
        .startsWith("n");
    assertThat(fieldNames(b.get("advised"))).containsExactly("level", "n_advised", "n_rest",
        "mean_advised", "mean_rest", "difference", "ci_low", "ci_high", "t", "df", "p",
        "undefined");
    JsonNode c = f.get("change").get(0);
    assertThat(fieldNames(c)).containsExactly("outcome", "n", "reference", "levels",
        "coefficients", "df", "f", "f_df1", "f_df2", "p_f", "advised", "notes", "undefined");
    assertThat(c.get("coefficients").size()).isEqualTo(c.get("levels").size() - 1);
    assertThat(fieldNames(c.get("coefficients").get(0))).startsWith("term")
        .containsSubsequence(COEFFICIENT_KEYS);
    assertThat(c.get("f").isNumber()).isTrue();
  }

  @Test
  void aFileWithoutTheNewColumnsGetsNotesNotErrors(@TempDir Path dir) throws IOException {
    Path full = dir.resolve("full.csv");
    assertThat(CliRunner.run("generate", "--rows", "300", "--seed", "15", "--out",
        full.toString()).exitCode()).isZero();
    List<String> lines = Files.readAllLines(full, StandardCharsets.UTF_8);
    List<String> header = List.of(lines.get(0).split(",", -1));
    List<Integer> keep = new ArrayList<>();
    for (int c = 0; c < header.size(); c++) {
      if (!List.of("pillow_under_hips", "new_mattress_firmness", "new_mattress_type")
          .contains(header.get(c))) {
        keep.add(c);
      }
    }
    StringBuilder csv = new StringBuilder();
    for (String line : lines) {
      String[] cells = line.split(",", -1);
      csv.append(String.join(",", keep.stream().map(c -> cells[c]).toList())).append('\n');
    }
    Path older = dir.resolve("older.csv");
    Files.writeString(older, csv, StandardCharsets.UTF_8);
    CliRunner.Run run = CliRunner.run("analyze", older.toString(), "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode survey = MAPPER.readTree(run.out());
    JsonNode hips = survey.get("props").get(3);
    assertThat(hips.get("prop").asText()).isEqualTo("pillow_under_hips");
    assertThat(hips.get("baseline")).isEmpty();
    assertThat(hips.get("notes").get(0).asText())
        .isEqualTo("the file has no pillow_under_hips column");
    assertThat(survey.get("firmness").get("notes").toString())
        .contains("the file has no new_mattress_firmness column");
  }

  @Test
  void theTextOutputHasBothSections() {
    assertThat(generatedText).contains("Props by position (with - without the prop")
        .contains("side, pillow_between_knees:").contains("Firmness (mattress_firmness)")
        .contains("after, by new firmness");
  }
}
