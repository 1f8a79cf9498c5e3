package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Output that cannot be written (a full disk, a closed pipe) is exit 2 and one line. */
class WriteErrorsTest {
  @TempDir Path dir;

  /** A writer whose every write fails, as one to a full disk or a closed pipe does. */
  private static final class FailingWriter extends Writer {
    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public void flush() throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public void close() {}
  }

  private static CliRunner.Run runIntoFailingOutput(String... args) {
    StringWriter err = new StringWriter();
    int code = new Main(new PrintWriter(new FailingWriter()), new PrintWriter(err)).run(args);
    return new CliRunner.Run(code, "", err.toString());
  }

  @Test
  void everyCommandsOutputThatCannotBeWrittenIsExitTwoAndOneLine() throws IOException {
    Path dictionary = Files.writeString(dir.resolve("dictionary.csv"),
        RedcapExports.dictionary());
    String survey = survey();
    List<String[]> runs = List.of(
        new String[] {"validate", survey},
        new String[] {"validate", "--json", survey},
        new String[] {"analyze", survey},
        new String[] {"analyze", "--json", survey},
        new String[] {"codebook", "--dictionary", dictionary.toString()},
        new String[] {"generate", "--rows", "5"},
        new String[] {"report", survey, "--out", dir.resolve("report").toString(),
            "--chart-formats="},
        new String[] {"--help"});
    for (String[] args : runs) {
      CliRunner.Run run = runIntoFailingOutput(args);

      assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err().lines()).as(String.join(" ", args)).singleElement().asString()
          .isEqualTo("sleepstat: cannot write to standard output");
    }
  }

  @Test
  void generatingAMillionMillionRowsIntoAFailingOutputStopsAtOnce() {
    CliRunner.Run run = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> runIntoFailingOutput("generate", "--rows", "1000000000000"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).containsExactly("sleepstat: cannot write to standard output");
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void standardOutputOnAFullDeviceIsExitTwoWithTheReason() throws Exception {
    String survey = survey();
    for (String[] args : List.of(new String[] {"analyze", "--json", survey},
        new String[] {"validate", survey},
        new String[] {"generate", "--rows", "100000"})) {
      Process p = java(args).start();
      assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

      assertThat(p.exitValue()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(err.lines()).as(String.join(" ", args)).containsExactly(
          "sleepstat: cannot write to standard output: No space left on device");
    }
  }

  private String survey() {
    Path file = dir.resolve("survey.csv");
    assertThat(CliRunner.run("generate", "--rows", "300", "--out", file.toString()).exitCode())
        .isZero();
    return file.toString();
  }

  /** This module's Main in a JVM of its own, with standard output on /dev/full. */
  private static ProcessBuilder java(String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectOutput(new File("/dev/full"));
  }
}
