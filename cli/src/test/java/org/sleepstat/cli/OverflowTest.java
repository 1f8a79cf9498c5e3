package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values near the largest double (1e308, of both signs), which a codebook without ranges
 * accepts: sums, squares and differences of them leave the range of doubles. analyze, analyze
 * --json and report finish (exit 0); every statistic whose computation overflows is null with
 * the reason "values too large to compute (overflow)"; no NaN or infinity is written.
 */
@Timeout(120) // the Hodges-Lehmann search once looped for ever on a NaN shift
class OverflowTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  /** The built-in codebook with every min and max removed. */
  private Path codebookWithoutRanges() throws IOException {
    String builtIn;
    try (InputStream in = OverflowTest.class.getResourceAsStream(
        "/org/sleepstat/core/schema/sleep-back-pain-v1.csv")) {
      builtIn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String open = builtIn.replaceAll(
        "(?m)^([a-z_]+,(?:decimal|integer),(?:yes|no),(?:respondent|pre|post)),[^,]*,[^,]*,",
        "$1,,,");
    assertThat(open).contains("pain_morning_pre,decimal,no,pre,,,");
    Path codebook = dir.resolve("open.csv");
    Files.writeString(codebook, open, StandardCharsets.UTF_8);
    return codebook;
  }

  /** 24 respondents, every decimal value between 1.2e308 and 1.7e308, of either sign. */
  private Path hugeSurvey() throws IOException {
    StringBuilder csv = new StringBuilder("respondent_id,sleep_position,age_years,"
        + "changed_mattress,mattress_age_years,pain_morning_pre,pain_morning_post,"
        + "pain_night_pre,pain_night_post,sleep_quality_pre,sleep_quality_post\n");
    String[] positions = {"side", "back", "stomach", "combination"};
    for (int i = 0; i < 24; i++) {
      csv.append("R").append(i).append(',').append(positions[i % 4]).append(',')
          .append(20 + i).append(',').append(i % 2 == 0 ? "yes" : "no");
      for (int c = 0; c < 7; c++) {
        int k = (i * 7 + c * 3) % 11;
        double sign = (i + c) % 3 == 0 ? -1 : 1;
        csv.append(',').append(String.format(Locale.ROOT, "%.3e", sign * (1.2 + k * 0.05) * 1e308));
      }
      csv.append('\n');
    }
    Path file = dir.resolve("huge.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void analyzeGivesNullsWithTheOverflowReason() throws IOException {
    CliRunner.Run run = CliRunner.run("analyze", "--json", "--codebook",
        codebookWithoutRanges().toString(), hugeSurvey().toString());
    assertThat(run.err()).doesNotContain("internal error");
    assertThat(run.exitCode()).isZero();
    // no NaN or Infinity as a JSON value (the plan's text, a string, may name them)
    assertThat(run.out()).doesNotContainPattern("(?m)^\\s*(\"\\w+\": )?-?(NaN|Infinity),?$");
    JsonNode root = MAPPER.readTree(run.out());
    List<String> reasons = new ArrayList<>();
    collectReasons(root, reasons);
    assertThat(reasons).anyMatch(r -> r.contains("values too large to compute (overflow)"));
    // every null statistic has its reason (a chi-square warning and the open end of the last
    // mattress-age band are null by design: no warning, no upper end)
    assertThat(nullsWithoutReason(root)).allMatch(k -> k.equals("warning")
        || k.equals("to_years"));
  }

  @Test
  void analyzeAsTextFinishes() throws IOException {
    CliRunner.Run run = CliRunner.run("analyze", "--codebook",
        codebookWithoutRanges().toString(), hugeSurvey().toString());
    assertThat(run.err()).doesNotContain("internal error");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("overflow").doesNotContain("NaN")
        .doesNotContain("Infinity");
  }

  @Test
  void reportFinishes() throws IOException {
    Path out = dir.resolve("out");
    CliRunner.Run run = CliRunner.run("report", "--quiet", "--codebook",
        codebookWithoutRanges().toString(), hugeSurvey().toString(), "--out", out.toString());
    assertThat(run.err()).doesNotContain("internal error");
    assertThat(run.exitCode()).isZero();
    assertThat(out).isDirectoryContaining(p -> p.toString().endsWith(".xlsx"));
  }

  private static void collectReasons(JsonNode node, List<String> reasons) {
    if (node.isObject()) {
      JsonNode undefined = node.get("undefined");
      if (undefined != null && undefined.isObject()) {
        undefined.elements().forEachRemaining(r -> reasons.add(r.asText()));
      }
    }
    node.elements().forEachRemaining(child -> collectReasons(child, reasons));
  }

  /** Members that are null in an object whose "undefined" member does not explain them. */
  private static List<String> nullsWithoutReason(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isObject()) {
      JsonNode undefined = node.get("undefined");
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getValue().isNull() && (undefined == null || !undefined.has(e.getKey()))) {
          out.add(e.getKey());
        }
      }
    }
    node.elements().forEachRemaining(child -> out.addAll(nullsWithoutReason(child)));
    return out;
  }
}
