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
  void aUsageErrorIsOneLineAndAPointerToHelpNotTheWholeHelp() {
    CliRunner.Run run = CliRunner.run("validate", "--bogus");
    CliRunner.Run missing = CliRunner.run("report", "survey.csv");
    CliRunner.Run top = CliRunner.run("--bogus");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).containsExactly(
        "sleepstat validate: Unknown option: '--bogus'",
        "Try 'sleepstat validate --help' for more information.");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err().lines()).hasSize(2).last().asString()
        .isEqualTo("Try 'sleepstat report --help' for more information.");
    assertThat(missing.err()).contains("--out");
    assertThat(top.err().lines()).containsExactly("sleepstat: Unknown option: '--bogus'",
        "Try 'sleepstat --help' for more information.");
  }

  @Test
  void aMisspeltCommandIsAUsageErrorWithASuggestion() {
    CliRunner.Run run = CliRunner.run("analyse", "survey.csv");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("analyse").contains("analyze");
    assertThat(run.err().lines()).hasSize(2);
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
          .containsExactly("validate", "analyze", "generate", "report", "plan", "codebook");
    }
  }

  private static CommandLine commandLine(String... args) {
    PrintWriter nowhere = new PrintWriter(new StringWriter());
    return new SleepstatCommand(nowhere, nowhere).commandLine(args);
  }
}
