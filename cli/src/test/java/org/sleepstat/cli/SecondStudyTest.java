package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A second study, unlike the built-in one, run end to end from its own plan and codebook
 * (docs/examples/odi): a single-arm cohort, the Oswestry Disability Index 0-100 where lower is
 * better with responders at 10 points and 30%, sleep quality with the percent rule switched off,
 * a German Excel export (semicolons, decimal commas, a byte-order mark, "Seitenlage", "ja", "-99"
 * and "k. A." for no answer) and six bad rows. Every number of {@code analyze --plan … --json}
 * is compared with what R computes from the raw CSV on its own
 * (reference/odi-study.R -> reference/odi-study-expected.tsv).
 */
class SecondStudyTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String RERUN =
      " (rerun: Rscript cli/src/test/resources/reference/odi-study.R)";
  /** Members by which a pointer part selects an element of an array of objects. */
  private static final List<String> SELECTORS =
      List.of("outcome", "family", "variable", "group", "name", "term", "band", "level");

  private static Path plan;
  private static JsonNode result;

  @BeforeAll
  static void analyzeTheSecondStudyWithItsPlan() throws IOException {
    Path study = repositoryRoot().resolve("docs/examples/odi");
    plan = study.resolve("plan.yaml");
    CliRunner.Run run = CliRunner.run("analyze", "--plan", plan.toString(),
        study.resolve("survey.csv").toString(), "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    result = MAPPER.readTree(run.out());
  }

  /** The folder above the working directory (the module's, under Maven) that holds docs/. */
  private static Path repositoryRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("docs/examples/odi/plan.yaml"))) {
        return p;
      }
    }
    throw new IllegalStateException("no docs/examples/odi/plan.yaml above "
        + Path.of("").toAbsolutePath());
  }

  /** Rows of reference/odi-study-expected.tsv: pointer, expected value, the R call. */
  static Stream<Arguments> rReference() throws IOException {
    List<Arguments> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        SecondStudyTest.class.getResourceAsStream("/reference/odi-study-expected.tsv"),
        StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("#") || line.startsWith("pointer\t")) {
          continue;
        }
        String[] f = line.split("\t");
        rows.add(Arguments.of(f[0], f[1], f[2]));
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rReference")
  void everyNumberOfTheSecondStudyEqualsR(String pointer, String expected, String rCall) {
    JsonNode node = find(result, pointer);
    String why = pointer + " should equal R's " + rCall + RERUN;
    if (expected.equals("NA")) {
      assertThat(node.isNull()).as(why + ": got " + node).isTrue();
      return;
    }
    double want = Double.parseDouble(expected);
    if (node.isBoolean()) {
      assertThat(node.asBoolean()).as(why).isEqualTo(want == 1);
      return;
    }
    assertThat(node.isNumber()).as(why + ": got " + node).isTrue();
    String key = pointer.substring(pointer.lastIndexOf('/') + 1);
    boolean pValue = key.equals("p") || key.startsWith("p_");
    double tolerance = pValue ? 1e-10 : Math.max(1e-9 * Math.abs(want), 1e-15);
    assertThat(node.asDouble()).as(why).isCloseTo(want, within(tolerance));
  }

  @Test
  void theGermanExportIsReadAsSemicolonSeparatedWithDecimalCommasAndABom() {
    JsonNode input = result.path("input");
    assertThat(input.path("delimiter").asText()).isEqualTo(";");
    assertThat(input.path("decimal_comma").asBoolean()).isTrue();
    assertThat(input.path("encoding").asText()).isEqualTo("UTF-8 with BOM");
    assertThat(input.path("layout").asText()).isEqualTo("wide");
  }

  @Test
  void thePlanTheResultsWereComputedWithIsInTheInput() throws IOException,
      NoSuchAlgorithmException {
    byte[] bytes = Files.readAllBytes(plan);
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    JsonNode recorded = result.path("input").path("plan");
    assertThat(recorded.path("sha256").asText()).isEqualTo(sha256);
    assertThat(recorded.path("text").asText()).isEqualTo(new String(bytes,
        StandardCharsets.UTF_8));
  }

  @Test
  void aPlanThatNamesEveryColumnRightGivesNoWarnings() {
    assertThat(result.path("warnings").isArray()).as("warnings: " + result.path("warnings"))
        .isTrue();
    assertThat(result.path("warnings")).isEmpty();
  }

  @Test
  void aSingleArmStudyHasNoComparisonOfChangedWithUnchanged() {
    assertThat(result.path("changed_vs_unchanged").isArray()).isTrue();
    assertThat(result.path("changed_vs_unchanged")).isEmpty();
    assertThat(result.path("sample").path("groups")).hasSize(1);
  }

  /**
   * Walks a pointer such as paired/odi/t. A part that meets an array of objects selects the
   * element with a {@link #SELECTORS} member equal to it, or for a pair of positions
   * ("side|back") the element with that group1 and group2; a part that meets an array of
   * numbers (categorical counts) is an index.
   */
  private static JsonNode find(JsonNode root, String pointer) {
    JsonNode node = root;
    for (String part : pointer.split("/")) {
      if (node.isArray() && node.size() > 0 && !node.get(0).isObject()) {
        node = node.path(Integer.parseInt(part));
      } else if (node.isArray()) {
        JsonNode match = null;
        for (JsonNode element : node) {
          String pair = element.path("group1").asText() + "|" + element.path("group2").asText();
          boolean selected = pair.equals(part)
              || SELECTORS.stream().anyMatch(k -> element.path(k).asText().equals(part));
          if (selected) {
            match = element;
          }
        }
        assertThat(match).as("no element %s in %s", part, pointer).isNotNull();
        node = match;
      } else {
        node = node.path(part);
      }
    }
    assertThat(node.isMissingNode()).as("missing key " + pointer).isFalse();
    return node;
  }
}
