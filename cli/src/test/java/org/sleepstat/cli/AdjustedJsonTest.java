package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sleepstat.cli.SampleJson.fieldNames;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code adjusted} section of {@code analyze --json} with the keys the shared contract names
 * (docs/analysis-json.md), in its order, right after {@code changed_vs_unchanged}; the values are
 * checked against R in {@link AnalyzeCommandTest} (sample-analysis.R).
 */
class AdjustedJsonTest {
  /** The contract's keys, then notes (what the fit left out) and the reasons for nulls. */
  private static final List<String> KEYS = List.of("outcome", "n", "covariates", "estimate",
      "se", "df", "t", "p", "ci_low", "ci_high", "notes", "undefined");
  private static JsonNode sample;

  @BeforeAll
  static void analyzeTheBundledSample() throws IOException {
    sample = SampleJson.sample();
  }

  @Test
  void adjustedFollowsTheComparisonOfTheArms() {
    List<String> names = fieldNames(sample);
    assertThat(names.indexOf("adjusted")).isEqualTo(names.indexOf("changed_vs_unchanged") + 1);
  }

  @Test
  void everyOutcomeHasTheContractsKeysAndThePlansCovariatesInOrder() {
    JsonNode adjusted = sample.get("adjusted");
    assertThat(adjusted).hasSize(3);
    for (JsonNode a : adjusted) {
      assertThat(fieldNames(a)).containsExactlyElementsOf(KEYS);
      List<String> covariates = new ArrayList<>();
      a.get("covariates").forEach(c -> covariates.add(c.asText()));
      assertThat(covariates).containsExactly("mattress_age_years", "sleep_position",
          "mattress_firmness", "age_years", "bmi", "exercise_days_week");
      assertThat(a.get("ci_low").asDouble()).isLessThan(a.get("estimate").asDouble());
      assertThat(a.get("estimate").asDouble()).isLessThan(a.get("ci_high").asDouble());
    }
    assertThat(adjusted.get(0).get("outcome").asText()).isEqualTo("pain_morning");
  }
}
