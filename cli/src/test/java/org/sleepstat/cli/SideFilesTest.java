package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A side file (codebook, map, dictionary) that is no small text file: one line, exit 2. */
class SideFilesTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource({"--codebook, codebook", "--map, column map", "--dictionary, data dictionary"})
  void devZeroAsASideFileIsOneLineNamingItAndExitTwo(String option, String noun)
      throws IOException {
    Path survey = Files.writeString(dir.resolve("s.csv"),
        "respondent_id,sleep_position\nA,side\n");
    CliRunner.Run run = CliRunner.run("validate", survey.toString(), option, "/dev/zero");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("sleepstat: /dev/zero: is not a regular file (a"
        + " device, a pipe or a socket?); a " + noun + " must be a CSV file");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aBinaryCodebookIsOneLineNamingIt() throws IOException {
    Path survey = Files.writeString(dir.resolve("s.csv"),
        "respondent_id,sleep_position\nA,side\n");
    Path codebook = Files.write(dir.resolve("codebook.csv"), new byte[] {'P', 'K', 3, 4, 0, 0});
    CliRunner.Run run = CliRunner.run("validate", survey.toString(), "--codebook",
        codebook.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("sleepstat: " + codebook + ": holds binary data,"
        + " not text; a codebook must be a CSV file");
  }
}
