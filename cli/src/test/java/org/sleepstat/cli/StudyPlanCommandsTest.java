package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepstat.core.plan.StudyPlan;

/**
 * The study plan on the command line: {@code sleepstat plan}, {@code --plan}, {@code --strict},
 * and the warnings every command gives when a variable the analyses need has no column.
 */
class StudyPlanCommandsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  /** The bundled sample with one header renamed, as a researcher's own export might have it. */
  private Path sampleWith(String from, String to) throws IOException {
    String text;
    try (InputStream in = getClass().getResourceAsStream(SurveyInput.SAMPLE_RESOURCE)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int end = text.indexOf('\n');
    String header = ("," + text.substring(0, end) + ",").replace("," + from + ",", "," + to + ",");
    Path file = dir.resolve("survey.csv");
    Files.writeString(file, header.substring(1, header.length() - 1) + text.substring(end));
    return file;
  }

  private Path plan(String text) throws IOException {
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(plan, text);
    return plan;
  }

  @Test
  void planPrintsTheBuiltInPlanAsAFileToStartFrom() {
    CliRunner.Run run = CliRunner.run("plan");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(StudyPlan.builtInText()).contains("group:", "outcomes:",
        "recode:", "missing:");
  }

  @Test
  void aRenamedGroupColumnIsAWarningOnEveryCommandNamingTheColumnMeant() throws IOException {
    Path survey = sampleWith("changed_mattress", "new_mattress");
    for (String command : new String[] {"validate", "analyze"}) {
      CliRunner.Run run = CliRunner.run(command, survey.toString(), "--json");
      assertThat(run.exitCode()).as(command).isZero();
      assertThat(run.err()).as(command).contains("sleepstat: warning: changed_mattress: the file"
          + " has no column for it, so the paired analyses cover every respondent");
      JsonNode warning = MAPPER.readTree(run.out()).path("warnings").path(0);
      assertThat(warning.path("rule").asText()).isEqualTo("design_variable_missing");
      assertThat(warning.path("variable").asText()).isEqualTo("changed_mattress");
      assertThat(warning.path("column").asText()).isEqualTo("new_mattress");
    }
    JsonNode paired = MAPPER.readTree(CliRunner.run("analyze", survey.toString(), "--json")
        .out()).path("paired").path(0);
    assertThat(paired.path("selection").asText())
        .isEqualTo("all respondents with both values (no changed_mattress column)");
  }

  @Test
  void theSampleAsItIsHasNoWarningsAndNamesTheBuiltInPlan() throws IOException {
    CliRunner.Run run = CliRunner.run("analyze", "--json");
    assertThat(run.err()).doesNotContain("warning");
    JsonNode doc = MAPPER.readTree(run.out());
    assertThat(doc.path("warnings").isArray()).isTrue();
    assertThat(doc.path("warnings")).isEmpty();
    assertThat(doc.path("input").path("plan").path("path").asText()).isEqualTo("built-in");
    assertThat(doc.path("input").path("plan").path("text").asText())
        .isEqualTo(StudyPlan.builtInText());
  }

  @Test
  void strictTurnsAWarningIntoExitTwo() throws IOException {
    Path survey = sampleWith("pain_morning_post", "pain_morning_pst");
    CliRunner.Run run = CliRunner.run("analyze", survey.toString(), "--strict");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("pain_morning_post: the file has pain_morning_pre but no"
        + " pain_morning_post", "column \"pain_morning_pst\"", "--strict stops on warnings");
  }

  @Test
  void aVariableThePlanNamesWithoutAColumnStopsTheRunNamingTheClosestColumn() throws IOException {
    Path survey = sampleWith("pain_morning_post", "pain_morning_pst");
    Path plan = plan(StudyPlan.builtInText());
    for (String command : new String[] {"validate", "analyze"}) {
      CliRunner.Run run = CliRunner.run(command, "--plan", plan.toString(), survey.toString());
      assertThat(run.exitCode()).as(command).isEqualTo(2);
      assertThat(run.err()).as(command).contains("column \"pain_morning_pst\" (values in 0–10)"
          + " looks like it",
          "the plan " + plan + " names variables the file has no column for");
    }
    CliRunner.Run report = CliRunner.run("report", "--plan", plan.toString(), survey.toString(),
        "--out", dir.resolve("out").toString());
    assertThat(report.exitCode()).isEqualTo(2);
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aMalformedPlanStopsWithOneLinePerProblem() throws IOException {
    Path plan = plan("""
        group: {variable: changed_mattress, treated: ja}
        outcome:
          - name: pain_morning
        """);
    CliRunner.Run run = CliRunner.run("analyze", "--plan", plan.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).containsExactly(
        plan + ":1:1: the plan has no outcomes: list each with its name, better (lower or"
            + " higher) and responder",
        plan + ":1:46: group treated: \"ja\" is not a level of changed_mattress (yes / no)",
        plan + ":2:1: unknown key \"outcome\" in the plan; did you mean \"outcomes\"?");
  }

  @Test
  void planCheckDescribesAUsablePlanAndChecksADataFile() throws IOException {
    Path plan = plan(StudyPlan.builtInText());
    CliRunner.Run alone = CliRunner.run("plan", "--check", plan.toString());
    assertThat(alone.exitCode()).isZero();
    assertThat(alone.out()).contains(plan + ": the plan can be used",
        "group      changed_mattress (treated: yes)", "outcome    pain_morning (primary)",
        "subgroups  sleep_position, sex, baseline_band\n",
        "bands      mattress_age_years [0, 3, 6, 9]; weeks_since_change [0, 4, 12]\n",
        "props      side: pillow_between_knees; back: pillow_under_knees, lumbar_roll;"
            + " stomach: pillow_under_hips\n",
        "firmness   before mattress_firmness, after new_mattress_firmness, advised medium_firm\n",
        "weeks      weeks_since_change\n", "persistent pain_duration_weeks > 6 weeks\n");
    Path good = sampleWith("sex", "sex");
    CliRunner.Run withData = CliRunner.run("plan", "--check", plan.toString(), good.toString());
    assertThat(withData.exitCode()).isZero();
    assertThat(withData.out()).contains("a column for every variable the plan names");
    Path bad = sampleWith("changed_mattress", "new_mattress");
    CliRunner.Run missing = CliRunner.run("plan", "--check", plan.toString(), bad.toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("column \"new_mattress\" (yes/no values) looks like it");
  }

  @Test
  void aPlanAndACodebookTogetherAreRefused() throws IOException {
    Path plan = plan(StudyPlan.builtInText());
    CliRunner.Run run = CliRunner.run("validate", "--plan", plan.toString(), "--codebook",
        plan.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("the plan names its codebook");
  }

  @Test
  void theReportPutsTheWarningsFirstOnTheSummaryAndThePlanOnTheAboutSheet() throws Exception {
    Path survey = sampleWith("changed_mattress", "new_mattress");
    Path out = dir.resolve("out");
    CliRunner.Run run = CliRunner.run("report", survey.toString(), "--out", out.toString(),
        "--chart-formats", "");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("warning: changed_mattress");
    // the sample's 355 respondents with both morning-pain values, changers or not
    assertThat(run.out()).contains("after a mattress change among all 355 respondents with both"
        + " values (the file has no changed_mattress column)");
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(
        out.resolve("survey-report.xlsx")))) {
      Sheet summary = book.getSheet("Summary");
      assertThat(text(summary.getRow(1))).startsWith("Warning: changed_mattress: the file has no"
          + " column for it");
      String about = sheetText(book.getSheet("About"));
      assertThat(about).contains("Study plan SHA-256", StudyPlan.builtIn().source().sha256(),
          "# sleepstat study plan: the built-in plan");
    }
  }

  private static String text(Row row) {
    return row == null || row.getCell(0) == null ? "" : row.getCell(0).toString();
  }

  private static String sheetText(Sheet sheet) {
    StringBuilder b = new StringBuilder();
    for (Row row : sheet) {
      row.forEach(c -> b.append(c).append('\t'));
      b.append('\n');
    }
    return b.toString();
  }
}
