package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
  private static final String RERUN = "Rscript cli/src/test/resources/reference/odi-study.R";

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
    return RReferenceTable.rows("/reference/odi-study-expected.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rReference")
  void everyNumberOfTheSecondStudyEqualsR(String pointer, String expected, String rCall) {
    RReferenceTable.assertEqualsR(result, pointer, expected, rCall, RERUN);
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
    assertThat(result.path("adjusted").isArray()).isTrue();
    assertThat(result.path("adjusted")).isEmpty();
    assertThat(result.path("sample").path("groups")).hasSize(1);
  }
}
