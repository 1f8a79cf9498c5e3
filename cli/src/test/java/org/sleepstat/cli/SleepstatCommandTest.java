package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SleepstatCommandTest {
  @Test
  void versionPrintsTheBuildVersion() {
    CliRunner.Run run = CliRunner.run("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).matches("sleepstat \\d+\\.\\d+\\.\\d+.*\\R");
  }

  @Test
  void helpListsTheCommandsAndExitCodes() {
    CliRunner.Run run = CliRunner.run("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("validate", "generate", "Exit codes:");
  }

  @Test
  void noCommandIsAUsageError() {
    CliRunner.Run run = CliRunner.run();
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("a command is needed");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    CliRunner.Run run = CliRunner.run("validate", "--bogus");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--bogus'");
  }
}
