package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sleepstat.cli.SampleJson.fieldNames;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sections time_since_change and sensitivity of {@code analyze --json} on the bundled
 * sample: where they stand, their keys as docs/analysis-json.md lists them, and the main result
 * beside the subsets being the paired section's.
 */
class TimeAndSensitivityJsonTest {
  private static JsonNode doc;

  @BeforeAll
  static void analyzeTheBundledSample() throws IOException {
    doc = SampleJson.sample();
  }

  @Test
  void sectionsFollowEveryOtherExtraAndPrecedeWarnings() {
    List<String> names = fieldNames(doc);
    assertThat(names.subList(names.indexOf("multiplicity"), names.size()))
        .containsExactly("multiplicity", "time_since_change", "sensitivity", "warnings");
  }

  @Test
  void timeSinceChangeHasEveryDocumentedKey() {
    JsonNode t = doc.get("time_since_change");
    assertThat(fieldNames(t)).containsExactly("weeks", "selection", "undefined", "notes",
        "outcomes");
    assertThat(t.get("weeks").asText()).isEqualTo("weeks_since_change");
    assertThat(t.get("outcomes")).hasSize(3);
    JsonNode o = t.get("outcomes").get(0);
    assertThat(fieldNames(o)).containsExactly("outcome", "n", "intercept", "slope", "slope_se",
        "slope_t", "slope_df", "p_slope", "slope_ci_low", "slope_ci_high", "spearman_rho",
        "p_spearman", "bands", "bands_tested", "anova_f", "anova_df1", "anova_df2", "p_anova",
        "welch_f", "welch_df1", "welch_df2", "p_welch", "kruskal_h", "kruskal_df", "p_kruskal",
        "undefined");
    assertThat(o.get("bands")).extracting(b -> b.get("band").asText())
        .containsExactly("[0,4)", "[4,12)", "[12,Inf)");
    assertThat(fieldNames(o.get("bands").get(0))).containsExactly("band", "from_weeks", "to_weeks",
        "n", "mean_change", "sd", "ci_low", "ci_high", "undefined");
    assertThat(o.get("bands").get(2).get("to_weeks").isNull()).isTrue();
    assertThat(o.get("bands").get(2).get("undefined").get("to_weeks").asText())
        .isEqualTo("the last band has no upper end");
    assertThat(o.get("slope").isNumber()).isTrue();
  }

  @Test
  void sensitivityHasEveryDocumentedKeyAndTheMainResultIsThePairedOne() {
    JsonNode s = doc.get("sensitivity");
    assertThat(fieldNames(s)).containsExactly("subsets", "outcomes");
    assertThat(s.get("subsets")).extracting(x -> x.get("subset").asText())
        .containsExactly("main", "without_red_flags", "persistent_only");
    assertThat(fieldNames(s.get("subsets").get(1))).containsExactly("subset", "rule", "formed",
        "respondents", "left_out", "left_out_missing", "kept_with_missing", "notes");
    assertThat(s.get("subsets").get(1).get("left_out").asInt())
        .isEqualTo(doc.get("red_flags").get("respondents").asInt()).isPositive();
    JsonNode o = s.get("outcomes").get(0);
    assertThat(fieldNames(o)).containsExactly("outcome", "main", "without_red_flags",
        "persistent_only", "undefined");
    assertThat(fieldNames(o.get("main"))).containsExactly("paired", "adjusted", "undefined");
    assertThat(fieldNames(o.get("main").get("paired"))).containsExactly("selection", "n",
        "mean_change", "ci_low", "ci_high", "t", "df", "p_t", "p_wilcoxon", "responder_rule",
        "responders", "responder_rate", "undefined");
    assertThat(fieldNames(o.get("main").get("adjusted"))).containsExactly("n", "covariates",
        "estimate", "se", "df", "t", "p", "ci_low", "ci_high", "notes", "undefined");
    JsonNode paired = doc.get("paired").get(0);
    assertThat(o.get("main").get("paired").get("mean_change").asDouble())
        .isEqualTo(paired.get("mean_change").asDouble());
    assertThat(o.get("main").get("adjusted").get("estimate").asDouble())
        .isEqualTo(doc.get("adjusted").get(0).get("estimate").asDouble());
    assertThat(o.get("persistent_only").get("paired").get("n").asInt())
        .isLessThan(paired.get("n").asInt());
  }
}
