package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example exports of {@code docs/samples} (copied into the test resources) through {@code
 * validate} and {@code codebook}: every row accounted for, the counts as expected.
 */
class SharedSamplesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> FILES = List.of("example_redcap_export.csv",
      "example_redcap_dictionary.csv", "example_redcap_map.csv", "example_qualtrics_export.csv",
      "example_qualtrics_map.csv");

  @TempDir static Path dir;

  @BeforeAll
  static void copySamples() {
    for (String name : FILES) {
      try (InputStream in = SharedSamplesTest.class.getResourceAsStream("samples/" + name)) {
        Files.copy(in, dir.resolve(name));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static String file(String name) {
    return dir.resolve(name).toString();
  }

  private static JsonNode validateJson(String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("validate", "--json"));
    all.addAll(List.of(args));
    CliRunner.Run run = CliRunner.run(all.toArray(new String[0]));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return MAPPER.readTree(run.out());
  }

  @Test
  void theRedcapSampleIsReadWithItsDictionaryAndMap() throws IOException {
    JsonNode doc = validateJson(file("example_redcap_export.csv"), "--dictionary",
        file("example_redcap_dictionary.csv"), "--map", file("example_redcap_map.csv"));
    JsonNode input = doc.path("input");
    assertThat(input.path("rows").asLong()).isEqualTo(120);
    assertThat(input.path("accepted").asLong()).isEqualTo(120);
    assertThat(input.path("rejected").asLong()).isZero();
    assertThat(input.path("respondents").asLong()).isEqualTo(60);
    assertThat(doc.path("problems")).isEmpty();
    assertThat(doc.path("extra_columns")).isEmpty();
  }

  @Test
  void aChoiceTheCodebookDoesNotSpellRejectsItsRowsWithTheDictionaryCodeNamed()
      throws IOException {
    Path codebook = dir.resolve("codebook.csv");
    try (InputStream in = SharedSamplesTest.class.getResourceAsStream(
        "/org/sleepstat/core/schema/sleep-back-pain-v1.csv")) {
      Files.writeString(codebook, new String(in.readAllBytes(), "UTF-8")
          .replace("|on my stomach=stomach", ""));
    }
    CliRunner.Run run = CliRunner.run("validate", file("example_redcap_export.csv"),
        "--dictionary", file("example_redcap_dictionary.csv"), "--map",
        file("example_redcap_map.csv"), "--codebook", codebook.toString());
    assertThat(run.exitCode()).isZero();
    // seven records sleep "On my stomach": their baseline rows are rejected for it, and their
    // follow-up rows then have no sleep position left
    assertThat(run.out()).contains("rows        120 read: 106 accepted, 14 rejected")
        .contains("example_redcap_export.csv:4:6: sleep_position: in 7 rows: lines 4, 24, 30,"
            + " 44, 72, … (\"On my stomach\" is not one of side, back, stomach, combination"
            + " (sleep_pos code \"3\" in the data dictionary); rows rejected)");
  }

  @Test
  void theRedcapSampleSaysHowItWasRead() {
    CliRunner.Run run = CliRunner.run("validate", file("example_redcap_export.csv"),
        "--dictionary", file("example_redcap_dictionary.csv"), "--map",
        file("example_redcap_map.csv"));
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("rows        120 read: 120 accepted, 0 rejected");
    assertThat(run.err()).contains("as a REDCap export (CSV), long layout")
        .contains("REDCap form status columns kept out of the data: enrolment_complete,"
            + " sleep_habits_complete, pain_diary_complete");
  }

  @Test
  void theRedcapSampleNeedsNoDictionaryForItsEventsAndStatusColumns() throws IOException {
    JsonNode doc = validateJson(file("example_redcap_export.csv"), "--map",
        file("example_redcap_map.csv"));
    assertThat(doc.path("input").path("format").asText()).isEqualTo("redcap");
    assertThat(doc.path("input").path("layout").asText()).isEqualTo("long");
    assertThat(doc.path("input").path("rows").asLong()).isEqualTo(120);
    // without the dictionary the codes stay codes: sex "2" is no level, and the codes of
    // sleep_pos are not positions, so every row is rejected with its reasons
    assertThat(doc.path("input").path("accepted").asLong()).isZero();
    assertThat(doc.path("extra_columns")).isEmpty();
  }

  @Test
  void theQualtricsSampleIsReadWithItsMap() throws IOException {
    JsonNode doc = validateJson(file("example_qualtrics_export.csv"), "--map",
        file("example_qualtrics_map.csv"));
    JsonNode input = doc.path("input");
    assertThat(input.path("rows").asLong()).isEqualTo(50);
    assertThat(input.path("accepted").asLong()).isEqualTo(50);
    assertThat(doc.path("problems")).isEmpty();
    assertThat(doc.path("extra_columns")).extracting(JsonNode::asText).containsExactly(
        "StartDate", "EndDate", "Status", "Progress", "Duration (in seconds)", "Finished",
        "ResponseId");
  }

  @Test
  void theCodebookOfTheRedcapSampleShowsEveryMapping() {
    CliRunner.Run run = CliRunner.run("codebook", "--dictionary",
        file("example_redcap_dictionary.csv"), "--map", file("example_redcap_map.csv"));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines()).contains(
        "respondent_id         record_id                     id",
        "wave                  redcap_event_name             wave      baseline..., pre, 0, t0"
            + " -> pre; follow..., post, 1, t1 -> post",
        "sleep_position        sleep_pos                     category  1 On my side -> side, 2"
            + " On my back -> back, 3 On my stomach -> stomach, 4 It varies -> combination",
        "pain_morning_post     pain_wake (follow-up events)  decimal   0–10",
        "lumbar_roll           props___3                     boolean   no, yes (checkbox: 1,"
            + " Checked -> yes; 0, Unchecked -> no)",
        "form status columns (kept out of the data): enrolment_complete, sleep_habits_complete,"
            + " pain_diary_complete");
    assertThat(run.out()).doesNotContain("matches no level");
  }
}
