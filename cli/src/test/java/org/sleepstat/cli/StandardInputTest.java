package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "-" as FILE reads the survey from standard input, in one pass. */
class StandardInputTest {
  private static final String SURVEY =
      "respondent_id,sleep_position,pain_morning_pre\nr1,side,3\nr2,back,11\nr3,side,4\n";

  private InputStream stdin;

  @BeforeEach
  void keepStandardInput() {
    stdin = System.in;
  }

  @AfterEach
  void restoreStandardInput() {
    System.setIn(stdin);
  }

  private static List<String> spools() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("sleepstat-input-")).sorted().toList();
    }
  }

  @Test
  void dashReadsTheSurveyFromStandardInputAndLeavesNoTemporaryFile() throws IOException {
    List<String> before = spools();
    System.setIn(new ByteArrayInputStream(SURVEY.getBytes(StandardCharsets.UTF_8)));
    CliRunner.Run run = CliRunner.run("validate", "-");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("(standard input)\n")
        .contains("3 read: 2 accepted, 1 rejected")
        .contains("(standard input):3:3: pain_morning_pre: \"11\" is above the maximum 10");
    assertThat(run.errBesidesWarnings()).isEmpty();
    assertThat(spools()).isEqualTo(before);
  }

  @Test
  void emptyStandardInputIsAnEmptyFileExitTwo() {
    System.setIn(new ByteArrayInputStream(new byte[0]));
    CliRunner.Run run = CliRunner.run("analyze", "-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("sleepstat: (standard input): the file is empty");
  }

  @Test
  void aReportOfStandardInputIsNamedForIt(@TempDir Path out) throws IOException {
    System.setIn(new ByteArrayInputStream(SURVEY.getBytes(StandardCharsets.UTF_8)));
    CliRunner.Run run = CliRunner.run("report", "-", "--out", out.toString(), "--quiet");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(out.resolve("standard-input-report.xlsx")).isRegularFile();
  }
}
