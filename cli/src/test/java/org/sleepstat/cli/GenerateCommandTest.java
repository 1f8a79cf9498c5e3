package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
  @TempDir Path dir;

  @Test
  void sameSeedGivesTheSameBytes() throws Exception {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    assertThat(CliRunner.run("generate", "--rows", "500", "--seed", "9", "--out", a.toString())
        .exitCode()).isZero();
    assertThat(CliRunner.run("generate", "--rows", "500", "--seed", "9", "--out", b.toString())
        .exitCode()).isZero();
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    assertThat(Files.readAllLines(a)).hasSize(501);
  }

  @Test
  void generatedSurveyValidatesWithoutProblems() {
    Path file = dir.resolve("g.csv");
    CliRunner.run("generate", "--rows", "2000", "--seed", "3", "--out", file.toString());
    CliRunner.Run run = CliRunner.run("validate", file.toString());
    assertThat(run.out()).contains("2000 read: 2000 accepted, 0 rejected", "no problems");
  }

  @Test
  void longLayoutValidatesAsLongFormat() {
    Path file = dir.resolve("l.csv");
    CliRunner.run("generate", "--rows", "300", "--layout", "LONG", "--out", file.toString());
    CliRunner.Run run = CliRunner.run("validate", file.toString());
    assertThat(run.out()).contains("format      long", "600 read: 600 accepted", "respondents 300");
  }

  @Test
  void writesToStandardOutputWithoutOut() {
    CliRunner.Run run = CliRunner.run("generate", "--rows", "3", "--seed", "1");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).hasSize(4);
    assertThat(run.out()).startsWith("respondent_id,age_years,");
  }

  @Test
  void rejectsANonPositiveRowCount() {
    CliRunner.Run run = CliRunner.run("generate", "--rows", "0");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--rows must be at least 1");
  }

  @Test
  void aMissingOutputFolderIsOneLineAndExitTwo() {
    CliRunner.Run run = CliRunner.run("generate", "--out",
        dir.resolve("no/such/dir/x.csv").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("does not exist").doesNotContain("Exception");
  }
}
