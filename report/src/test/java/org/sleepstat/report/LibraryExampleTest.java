package org.sleepstat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepstat.analysis.AnalysisResult;
import org.sleepstat.analysis.DesignWarning;
import org.sleepstat.analysis.DesignWarnings;
import org.sleepstat.analysis.PairedResult;
import org.sleepstat.analysis.SurveyAnalysis;
import org.sleepstat.core.io.ByteSource;
import org.sleepstat.core.io.ImportResult;
import org.sleepstat.core.io.SurveyImporter;
import org.sleepstat.core.plan.StudyPlan;
import org.sleepstat.report.write.ReportWriter;

/** The README's library examples, compiled and run: read, analyse, write the report. */
class LibraryExampleTest {
  @Test
  void readAnalyseAndWriteAReportInAFewLines(@TempDir Path results) throws Exception {
    ByteSource survey = ByteSource.ofResource("sample-survey.csv", getClass(),
        "/org/sleepstat/data/sample-survey.csv"); // in the README: Path.of("survey.csv")

    // --- the README's example ---
    ImportResult imported = SurveyImporter.withDefaults().read(survey);
    SurveyAnalysis analysis = SurveyAnalysis.withDefaults();
    Report report = new Report(imported, analysis.analyze(imported.survey()), analysis,
        ReportOptions.defaults("survey"));
    ReportWriter.Written written = ReportWriter.write(report, results);
    // ---

    assertThat(written.workbook()).isEqualTo(results.resolve("survey-report.xlsx"))
        .isRegularFile();
    try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(written.workbook()))) {
      assertThat(book.getSheetName(0)).isEqualTo("Summary");
      assertThat(book.getSheet("Data").getLastRowNum()).isGreaterThan(imported.survey().size());
    }
    try (Stream<Path> files = Files.list(written.chartFolder())) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertThat(names).hasSize(2 * written.charts().size())
          .allMatch(n -> n.endsWith(".png") || n.endsWith(".svg"));
    }
  }

  @Test
  void readAndAnalyseWithAStudyPlanOfOnesOwn() throws Exception {
    Path planFile = Path.of("..", "docs", "examples", "odi", "plan.yaml");
    Path surveyFile = Path.of("..", "docs", "examples", "odi", "survey.csv");

    // --- the README's example ---
    StudyPlan plan = StudyPlan.read(planFile);   // PlanException: every problem
    ImportResult imported = SurveyImporter.withDefaults().with(plan.codebook()).with(plan.waves())
        .read(surveyFile);
    AnalysisResult result = SurveyAnalysis.of(plan.design()).analyze(imported.survey());
    List<DesignWarning> warnings = DesignWarnings.check(imported.survey(), plan.design(), true);
    // ---

    assertThat(imported.counts().accepted()).isEqualTo(300);
    assertThat(warnings).isEmpty();
    assertThat(result.paired()).extracting(PairedResult::outcome)
        .containsExactly("odi", "sleep_quality");
    assertThat(result.paired().get(0).absolute().rule()).isEqualTo("change <= -10");
    assertThat(result.paired().get(0).selection())
        .isEqualTo("all respondents with both values (single-arm study)");
    assertThat(result.armComparison()).isEmpty();
  }
}
