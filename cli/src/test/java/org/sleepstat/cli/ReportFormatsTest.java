package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report --formats}: which files the report writes. */
class ReportFormatsTest {
  @TempDir Path dir;

  private static long files(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.count();
    }
  }

  @Test
  void theWorkbookAloneLeavesTheChartsFolderEmpty() throws IOException {
    CliRunner.Run run = CliRunner.run("report", "--out", dir.toString(), "--formats", "xlsx");
    assertThat(run.exitCode()).isZero();
    assertThat(dir.resolve("sample-survey-report.xlsx")).isRegularFile();
    assertThat(files(dir.resolve("charts"))).isZero();
    assertThat(run.out()).contains("sample-survey-report.xlsx (no chart files)");
  }

  @Test
  void theChartsAloneWriteNoWorkbook() throws IOException {
    CliRunner.Run run = CliRunner.run("report", "--out", dir.toString(), "--formats", "charts",
        "--chart-formats", "svg");
    assertThat(run.exitCode()).isZero();
    assertThat(dir.resolve("sample-survey-report.xlsx")).doesNotExist();
    assertThat(files(dir.resolve("charts"))).isGreaterThan(5);
    assertThat(run.out()).startsWith("sleepstat: wrote ").contains(" charts in ");
  }

  @Test
  void anUnknownFormatIsAUsageErrorBeforeAnythingIsRead() {
    CliRunner.Run run = CliRunner.run("report", "--out", dir.toString(), "--formats", "pdf");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("sleepstat report: --formats: unknown format \"pdf\"");
    assertThat(dir.resolve("sample-survey-report.xlsx")).doesNotExist();
  }

  @Test
  void everyFormatByDefaultAndTheDocumentAloneWhenAsked() throws IOException {
    CliRunner.Run all = CliRunner.run("report", "--out", dir.toString(), "--chart-formats", "");
    assertThat(all.exitCode()).isZero();
    assertThat(dir.resolve("sample-survey-report.xlsx")).isRegularFile();
    assertThat(dir.resolve("sample-survey-report.docx")).isRegularFile();
    Path other = dir.resolve("doc");
    CliRunner.Run doc = CliRunner.run("report", "--out", other.toString(), "--formats", "docx");
    assertThat(doc.exitCode()).isZero();
    assertThat(other.resolve("sample-survey-report.docx")).isRegularFile();
    assertThat(other.resolve("sample-survey-report.xlsx")).doesNotExist();
  }
}
