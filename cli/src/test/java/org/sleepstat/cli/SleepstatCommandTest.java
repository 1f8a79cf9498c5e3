package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

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

  @Test
  void aMisspeltCommandIsAUsageErrorWithASuggestion() {
    CliRunner.Run run = CliRunner.run("analyse", "survey.csv");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("analyse").contains("analyze");
  }

  @Test
  void aRunOfOneCommandBuildsThatCommandOnly() {
    assertThat(commandLine("analyze", "--json", "survey.csv").getSubcommands())
        .containsOnlyKeys("analyze");
    assertThat(commandLine("report", "--out", "x").getSubcommands()).containsOnlyKeys("report");
  }

  @Test
  void everyOtherRunSeesEveryCommandInHelpOrder() {
    for (String[] args : new String[][] {{}, {"--help"}, {"-V"}, {"analyse"}, {"@args.txt"}}) {
      assertThat(commandLine(args).getSubcommands().keySet())
          .containsExactly("validate", "analyze", "generate", "report", "codebook");
    }
  }

  private static CommandLine commandLine(String... args) {
    PrintWriter nowhere = new PrintWriter(new StringWriter());
    return new SleepstatCommand(nowhere, nowhere).commandLine(args);
  }
}
