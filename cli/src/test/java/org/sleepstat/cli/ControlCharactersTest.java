package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text read from a file (values, column names, file names) can hold terminal escape sequences;
 * human-readable output shows them escaped, so that printing a survey's problems cannot move the
 * cursor, retitle the terminal or hide a line behind a carriage return.
 */
class ControlCharactersTest {
  private static final String TITLE = "\u001b]0;pwned\u0007";
  private static final String CLEAR = "\u001b[2J";

  @TempDir Path dir;

  /** A generated survey whose first age is {@code value} and with an extra column. */
  private Path survey(String name, String value) throws IOException {
    Path file = dir.resolve(name);
    CliRunner.run("generate", "--rows", "20", "--out", file.toString());
    List<String> lines = Files.readAllLines(file);
    StringBuilder b = new StringBuilder(lines.get(0)).append(",\"note" + CLEAR + "\"\n");
    String[] first = lines.get(1).split(",", -1);
    first[1] = "\"" + value + "\"";
    b.append(String.join(",", first)).append(",x\n");
    for (String line : lines.subList(2, lines.size())) {
      b.append(line).append(",\"a\rb\"\n");
    }
    Files.writeString(file, b, StandardCharsets.UTF_8);
    return file;
  }

  private static void assertNoControlCharacters(String text) {
    assertThat(text.chars().filter(c -> c != '\n' && (c < 0x20 || c >= 0x7f && c <= 0x9f
        || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069)))
        .as(text).isEmpty();
  }

  @Test
  void validateShowsControlCharactersOfValuesColumnsAndFileNamesEscaped() throws IOException {
    Path file = survey("survey" + CLEAR + ".csv", TITLE + "\r\u009b6n\u202e");

    CliRunner.Run run = CliRunner.run("validate", file.toString());

    assertThat(run.exitCode()).isZero();
    assertNoControlCharacters(run.out());
    assertNoControlCharacters(run.err());
    assertThat(run.out()).contains("survey\\x1b[2J.csv", "note\\x1b[2J",
        "\\x1b]0;pwned\\x07\\r\\u009b6n\\u202e");
  }

  @Test
  void analyzeAndReportTextAndMessagesShowThemEscaped() throws IOException {
    Path file = survey("survey" + CLEAR + ".csv", "40");

    CliRunner.Run analyze = CliRunner.run("analyze", file.toString());
    CliRunner.Run report = CliRunner.run("report", file.toString(), "--out",
        dir.resolve("out" + TITLE).toString(), "--chart-formats=");

    assertThat(analyze.exitCode()).isZero();
    assertNoControlCharacters(analyze.out() + analyze.err());
    assertThat(analyze.out()).contains("survey\\x1b[2J.csv");
    assertThat(report.exitCode()).as(report.err()).isZero();
    assertNoControlCharacters(report.out() + report.err());
    assertThat(report.out()).contains("out\\x1b]0;pwned\\x07");
  }

  @Test
  void fileLevelErrorsAndUsageErrorsShowThemEscaped() {
    CliRunner.Run missing = CliRunner.run("validate", dir.resolve("gone" + CLEAR + ".csv")
        .toString());
    CliRunner.Run usage = CliRunner.run("analyze", "--bogus" + TITLE);

    assertThat(missing.exitCode()).isEqualTo(2);
    assertNoControlCharacters(missing.err());
    assertThat(missing.err()).contains("gone\\x1b[2J.csv");
    assertThat(usage.exitCode()).isEqualTo(2);
    assertNoControlCharacters(usage.err());
    assertThat(usage.err()).contains("--bogus\\x1b]0;pwned\\x07");
  }

  @Test
  void jsonKeepsTheValuesExactlyAsJsonEscapes() throws IOException {
    Path file = survey("survey.csv", TITLE + "\u009b");

    CliRunner.Run run = CliRunner.run("validate", "--json", file.toString());

    assertNoControlCharacters(run.out());
    assertThat(run.out()).contains("\\u001b]0;pwned\\u0007\\u009b");
  }
}
