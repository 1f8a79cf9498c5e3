package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sleepstat.cli.SampleJson.fieldNames;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AnalyzeCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static JsonNode sample;

  @TempDir Path dir;

  @BeforeAll
  static void analyzeTheBundledSample() throws IOException {
    CliRunner.Run run = CliRunner.run("analyze", "--json");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("using the bundled sample survey");
    sample = MAPPER.readTree(run.out());
  }

  /**
   * Rows of reference/sample-analysis-expected.tsv: what R computes from the raw sample CSV with
   * its own reading and validation (reference/sample-analysis.R).
   */
  static Stream<Arguments> rReference() throws IOException {
    return RReferenceTable.rows("/reference/sample-analysis-expected.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rReference")
  void sampleAnalysisEqualsR(String pointer, String expected, String rCall) {
    RReferenceTable.assertEqualsR(sample, pointer, expected, rCall,
        "Rscript cli/src/test/resources/reference/sample-analysis.R");
  }

  @Test
  void jsonHasEveryKeyOfTheContract() {
    assertThat(fieldNames(sample)).startsWith("tool", "input", "paired", "by_position",
        "mattress_age", "red_flags").contains("sample", "multiplicity");
    assertThat(fieldNames(sample.get("input"))).contains("path", "sha256", "format", "rows",
        "accepted", "rejected");
    assertThat(fieldNames(sample.get("paired").get(0))).contains("outcome", "n", "mean_pre",
        "mean_post", "mean_change", "ci_low", "ci_high", "t", "df", "p_t", "wilcoxon_v",
        "p_wilcoxon", "dz", "responders", "responder_rate", "responder_ci_low",
        "responder_ci_high");
    assertThat(fieldNames(sample.get("by_position").get(0))).contains("outcome", "groups",
        "anova_f", "anova_df1", "anova_df2", "p_anova", "welch_f", "welch_df1", "welch_df2",
        "p_welch", "kruskal_h", "kruskal_df", "p_kruskal", "eta_squared");
    assertThat(fieldNames(sample.get("by_position").get(0).get("groups").get("side")))
        .contains("n", "mean", "sd", "median");
    assertThat(fieldNames(sample.get("mattress_age").get(0))).contains("outcome", "n",
        "pearson_r", "p_pearson", "spearman_rho", "p_spearman");
    assertThat(fieldNames(sample.get("red_flags"))).contains("respondents", "ids");
    assertThat(sample.get("red_flags").get("ids")).hasSize(
        sample.get("red_flags").get("respondents").asInt());
  }

  @Test
  void undefinedStatisticsAreNullWithAReason() throws IOException {
    Path file = dir.resolve("tiny.csv");
    Files.writeString(file, "respondent_id,sleep_position,changed_mattress,pain_morning_pre,"
        + "pain_morning_post\nA,side,yes,5,3\nB,back,no,4,4\n", StandardCharsets.UTF_8);
    CliRunner.Run run = CliRunner.run("analyze", "--json", file.toString());

    assertThat(run.exitCode()).isZero();
    // no NaN or Infinity as a JSON value (the plan's text, a string, may name them)
    assertThat(run.out()).doesNotContainPattern("(?m)^\\s*(\"\\w+\": )?-?(NaN|Infinity),?$");
    JsonNode paired = MAPPER.readTree(run.out()).get("paired").get(0);
    assertThat(paired.get("n").asInt()).isEqualTo(1);
    assertThat(paired.get("t").isNull()).isTrue();
    assertThat(paired.get("undefined").get("t").asText()).contains("n = 1");
  }

  @Test
  void textSummaryNamesTheMethods() {
    CliRunner.Run run = CliRunner.run("analyze");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("sample-survey.csv: 400 rows read, 395 accepted, 5 rejected")
        .contains("paired t-test: t(")
        .contains("Wilcoxon signed-rank, normal approximation with continuity and tie correction")
        .contains("Welch's ANOVA", "Kruskal-Wallis (tie-corrected)", "Pearson r", "Spearman rho")
        .contains("95% Wilson CI")
        .contains("Red flags: 37 respondents");
  }

  @Test
  void aFileWithNoAcceptedRowIsNotUsable() throws IOException {
    Path file = dir.resolve("bad.csv");
    Files.writeString(file, "respondent_id,sleep_position\nA,hammock\n", StandardCharsets.UTF_8);
    CliRunner.Run run = CliRunner.run("analyze", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("bad.csv: no row was accepted (1 rejected)");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void sameInputGivesTheSameJson() {
    assertThat(CliRunner.run("analyze", "--json").out())
        .isEqualTo(CliRunner.run("analyze", "--json").out());
  }
}
