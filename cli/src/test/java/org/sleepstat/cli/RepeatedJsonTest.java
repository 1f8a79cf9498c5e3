package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sleepstat.cli.SampleJson.fieldNames;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code repeated} section of {@code analyze --json} (docs/analysis-json.md): its place, its
 * keys exactly as the contract names them (and sleepstat's additions), the model without a
 * group, a model that cannot be fitted (nulls with the reason, never a crash), and the paired
 * analyses saying which waves they compare. The numbers are R's: {@link RepeatedReferenceTest}.
 */
class RepeatedJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  static final List<String> OBJECT_KEYS = List.of("outcome", "waves", "weeks", "group",
      "group_levels", "formula", "n_respondents", "n_observations", "left_out_without_group",
      "sigma", "sd_respondent", "singular", "fixed", "anova", "means", "between", "within",
      "notes", "undefined");
  static final List<String> FIXED_KEYS = List.of("term", "estimate", "se", "df", "t", "p",
      "undefined");
  static final List<String> ANOVA_KEYS = List.of("term", "f", "df1", "df2", "p", "undefined");
  static final List<String> MEANS_KEYS = List.of("wave", "group", "n", "mean", "sd", "emmean",
      "se", "df", "ci_low", "ci_high", "undefined");
  static final List<String> BETWEEN_KEYS = List.of("wave", "contrast", "estimate", "se", "df",
      "t", "p", "ci_low", "ci_high", "undefined");
  static final List<String> WITHIN_KEYS = List.of("group", "wave", "contrast", "estimate", "se",
      "df", "t", "p", "ci_low", "ci_high", "undefined");
  private static final String FOUR_WAVES = "waves:\n"
      + "  - {name: baseline, weeks: 0}\n  - {name: week 2, weeks: 2}\n"
      + "  - {name: week 4, weeks: 4}\n  - {name: week 12, weeks: 12}\n";
  private static final String OUTCOMES = "outcomes:\n"
      + "  - {name: pain_morning, better: lower, responder: {points: 2}}\n";

  @TempDir static Path shared;
  @TempDir Path dir;
  private static Path generated;
  private static JsonNode document;

  @BeforeAll
  static void analyzeTheGeneratedFourWaveFile() throws IOException {
    generated = shared.resolve("generated.csv");
    try (InputStream in = RepeatedJsonTest.class.getResourceAsStream(
        "/reference/repeated/generated.csv")) {
      Files.copy(in, generated);
    }
    document = analyze(generated.toString());
  }

  @Test
  void repeatedFollowsSensitivityAndPrecedesTheWarnings() {
    List<String> names = fieldNames(document);
    assertThat(names.indexOf("repeated")).isEqualTo(names.indexOf("sensitivity") + 1)
        .isEqualTo(names.indexOf("warnings") - 1);
  }

  @Test
  void everyObjectHasTheContractsKeysInOrder() {
    JsonNode repeated = document.get("repeated");
    assertThat(repeated).extracting(o -> o.get("outcome").asText())
        .containsExactly("pain_morning", "pain_night", "sleep_quality");
    for (JsonNode o : repeated) {
      assertThat(fieldNames(o)).containsExactlyElementsOf(OBJECT_KEYS);
      assertKeys(o.get("fixed"), FIXED_KEYS, 8);
      assertKeys(o.get("anova"), ANOVA_KEYS, 3);
      assertKeys(o.get("means"), MEANS_KEYS, 8);
      assertKeys(o.get("between"), BETWEEN_KEYS, 4);
      assertKeys(o.get("within"), WITHIN_KEYS, 6);
      assertThat(o.get("undefined").size()).isZero();
    }
    JsonNode first = repeated.get(0);
    assertThat(first.get("weeks").toString()).isEqualTo("[0,2,4,12]");
    assertThat(first.get("group").asText()).isEqualTo("changed_mattress");
    assertThat(first.get("group_levels").toString()).isEqualTo("[\"no\",\"yes\"]");
    assertThat(first.get("formula").asText())
        .isEqualTo("pain_morning ~ wave * changed_mattress + (1 | respondent_id)");
    assertThat(first.get("fixed")).extracting(f -> f.get("term").asText()).containsExactly(
        "(Intercept)", "waveweek 2", "waveweek 4", "waveweek 12", "changed_mattressyes",
        "waveweek 2:changed_mattressyes", "waveweek 4:changed_mattressyes",
        "waveweek 12:changed_mattressyes");
    assertThat(first.get("anova")).extracting(f -> f.get("term").asText())
        .containsExactly("wave", "changed_mattress", "wave:changed_mattress");
    assertThat(first.get("between").get(1).get("contrast").asText()).isEqualTo("yes - no");
    assertThat(first.get("within").get(5).get("contrast").asText())
        .isEqualTo("week 12 - baseline");
  }

  @Test
  void respondentsWithoutAGroupValueAreLeftOutAndCounted() {
    JsonNode first = document.get("repeated").get(0);
    int left = first.get("left_out_without_group").asInt();
    assertThat(left).isPositive();
    assertThat(first.get("notes").toString()).contains(left + " respondents with values of "
        + "pain_morning but no changed_mattress value left out");
  }

  @Test
  void aTwoWaveFileHasNoRepeatedSection() throws IOException {
    assertThat(fieldNames(analyze())).doesNotContain("repeated").contains("warnings");
  }

  @Test
  void pairedAnalysesSayTheyCompareTheFirstWaveWithTheLast() {
    for (JsonNode p : document.get("paired")) {
      assertThat(p.get("selection").asText()).isEqualTo(
          "changed_mattress = yes, both values present; baseline against week 12, the last of 4"
              + " waves");
    }
  }

  @Test
  void pairedAnalysesNameThePlansPrimaryFollowUp() throws IOException {
    Path plan = write("plan.yaml", "plan: 1\ngroup: {variable: changed_mattress, treated: yes}\n"
        + FOUR_WAVES + "primary_follow_up: week 4\n" + OUTCOMES);
    JsonNode doc = analyze("--plan", plan.toString(), generated.toString());
    assertThat(doc.get("paired").get(0).get("selection").asText()).endsWith(
        "; baseline against week 4, the plan's primary follow-up (of 4 waves)");
  }

  @Test
  void aSingleArmStudyFitsTheWavesAloneAndSaysSo() throws IOException {
    Path plan = write("plan.yaml", "plan: 1\ngroup: none\n" + FOUR_WAVES + OUTCOMES);
    JsonNode o = analyze("--plan", plan.toString(), generated.toString()).get("repeated").get(0);
    assertThat(o.get("group").isNull()).isTrue();
    assertThat(o.get("group_levels")).isEmpty();
    assertThat(o.get("formula").asText()).isEqualTo("pain_morning ~ wave + (1 | respondent_id)");
    assertThat(o.get("notes").get(0).asText()).startsWith("single-arm study: the model has the "
        + "waves alone");
    assertThat(o.get("anova")).extracting(a -> a.get("term").asText()).containsExactly("wave");
    assertThat(o.get("between")).isEmpty();
    assertThat(o.get("means")).hasSize(4).allSatisfy(m -> assertThat(m.get("group").isNull())
        .isTrue());
    assertThat(o.get("within")).hasSize(3);
    // every respondent is in, with or without a changed_mattress answer
    assertThat(o.get("left_out_without_group").asInt()).isZero();
    assertThat(o.get("n_respondents").asInt()).isEqualTo(
        document.get("repeated").get(0).get("n_respondents").asInt()
            + document.get("repeated").get(0).get("left_out_without_group").asInt());
  }

  @Test
  void theUntreatedLevelIsTheReferenceWhateverItsName() throws IOException {
    // the treated level "no": the reference is the first other level, "yes"
    Path plan = write("plan.yaml", "plan: 1\ngroup: {variable: changed_mattress, treated: no}\n"
        + FOUR_WAVES + OUTCOMES);
    JsonNode o = analyze("--plan", plan.toString(), generated.toString()).get("repeated").get(0);
    assertThat(o.get("group_levels").toString()).isEqualTo("[\"yes\",\"no\"]");
    assertThat(o.get("fixed").get(4).get("term").asText()).isEqualTo("changed_mattressno");
    assertThat(o.get("between").get(0).get("contrast").asText()).isEqualTo("no - yes");
  }

  @Test
  void aGroupLevelWithoutValuesIsLeftOutWithANote() throws IOException {
    // sleep_position as the group, side treated: single-arm.csv has no "combination"
    Path csv = dir.resolve("single-arm.csv");
    Path plan = dir.resolve("position-plan.yaml");
    for (Path p : List.of(csv, plan)) {
      try (InputStream in = getClass().getResourceAsStream("/reference/repeated/"
          + p.getFileName())) {
        Files.copy(in, p);
      }
    }
    JsonNode o = analyze("--plan", plan.toString(), csv.toString()).get("repeated").get(0);
    assertThat(o.get("group_levels").toString()).isEqualTo("[\"back\",\"side\",\"stomach\"]");
    assertThat(o.get("notes").toString()).contains("sleep_position = combination has no values"
        + " of pain_morning: left out of the model");
    assertThat(o.get("between")).extracting(b -> b.get("contrast").asText())
        .containsExactly("side - back", "stomach - back", "side - back", "stomach - back",
            "side - back", "stomach - back");
    assertThat(o.get("sigma").isNumber()).isTrue();
  }

  @Test
  void aWaveWithoutValuesInOneGroupGivesNullsWithTheReason() throws IOException {
    StringBuilder csv = new StringBuilder(
        "respondent_id,wave,sleep_position,changed_mattress,pain_morning,pain_night\n");
    String[] waves = {"baseline", "week 2", "week 6"};
    for (int i = 0; i < 20; i++) {
      boolean yes = i % 2 == 0;
      for (int w = 0; w < 3; w++) {
        // nobody who changed has pain_morning at week 2
        String morning = yes && w == 1 ? "" : Integer.toString(3 + (i * 7 + w * 3) % 5);
        csv.append("R").append(i).append(',').append(waves[w]).append(',')
            .append(w == 0 ? "side" : "").append(',').append(w == 0 ? (yes ? "yes" : "no") : "")
            .append(',').append(morning).append(',').append(2 + (i * 5 + w) % 4).append('\n');
      }
    }
    JsonNode repeated = analyze(write("gap.csv", csv.toString()).toString()).get("repeated");
    JsonNode morning = repeated.get(0);
    assertThat(fieldNames(morning)).containsExactlyElementsOf(OBJECT_KEYS);
    String reason = "no values of pain_morning at week 2 in changed_mattress = yes: that wave's "
        + "mean cannot be estimated (lme4 would drop a column of the model)";
    for (String key : List.of("sigma", "sd_respondent", "singular")) {
      assertThat(morning.get(key).isNull()).as(key).isTrue();
      assertThat(morning.get("undefined").get(key).asText()).isEqualTo(reason);
    }
    assertThat(morning.get("fixed")).isEmpty();
    assertThat(morning.get("anova")).isEmpty();
    assertThat(morning.get("between")).isEmpty();
    assertThat(morning.get("within")).isEmpty();
    assertThat(morning.get("notes").toString()).contains("no model: " + reason);
    JsonNode cell = morning.get("means").get(2); // week 2, no
    assertThat(cell.get("n").asInt()).isEqualTo(10);
    assertThat(cell.get("mean").isNumber()).isTrue();
    assertThat(cell.get("emmean").isNull()).isTrue();
    assertThat(cell.get("undefined").get("emmean").asText()).isEqualTo(reason);
    assertThat(morning.get("means").get(3).get("n").asInt()).isZero(); // week 2, yes
    // the other outcome is fitted
    assertThat(repeated.get(1).get("sigma").isNumber()).isTrue();
    assertThat(repeated.get(1).get("fixed")).hasSize(6);
  }

  @Test
  void theDocumentationListsEveryKey() throws IOException {
    String docs = Files.readString(docsFile(), StandardCharsets.UTF_8);
    String section = docs.substring(docs.indexOf("## `repeated`"));
    List<String> keys = new ArrayList<>(OBJECT_KEYS);
    for (List<String> list : List.of(FIXED_KEYS, ANOVA_KEYS, MEANS_KEYS, BETWEEN_KEYS,
        WITHIN_KEYS)) {
      String inner = String.join(", ", list);
      assertThat(section).as("the keys of a list").contains("[{" + inner + "}]");
    }
    for (String key : keys) {
      assertThat(section).contains("| `" + key + "` |");
    }
  }

  private static Path docsFile() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("docs/analysis-json.md"))) {
        return p.resolve("docs/analysis-json.md");
      }
    }
    throw new IllegalStateException("no docs/analysis-json.md above " + Path.of(""));
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static JsonNode analyze(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("analyze", "--json"));
    all.addAll(List.of(args));
    CliRunner.Run run = CliRunner.run(all.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return MAPPER.readTree(run.out());
  }

  private static void assertKeys(JsonNode array, List<String> keys, int size) {
    assertThat(array).hasSize(size);
    for (JsonNode e : array) {
      assertThat(fieldNames(e)).containsExactlyElementsOf(keys);
    }
  }
}
