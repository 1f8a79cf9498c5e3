package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A survey too big for the heap the JVM was given ends in one line that says how to give it more,
 * not in a stack trace; in a JVM of its own, with a heap far too small for 200,000 rows.
 */
class OutOfMemoryTest {
  @TempDir Path dir;

  @Test
  void runningOutOfHeapIsOneLineNamingTheOption() throws IOException, InterruptedException {
    Path survey = dir.resolve("big.csv");
    CliRunner.Run generated = CliRunner.run("generate", "--rows", "200000", "--seed", "1",
        "--out", survey.toString());
    assertThat(generated.exitCode()).isZero();

    Process p = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx16m", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "analyze", "--json", survey.toString()))
        .redirectOutput(dir.resolve("out.txt").toFile())
        .redirectError(dir.resolve("err.txt").toFile())
        .start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("the run ended").isTrue();

    assertThat(p.exitValue()).isEqualTo(1);
    assertThat(Files.readString(dir.resolve("out.txt"))).isEmpty();
    assertThat(Files.readAllLines(dir.resolve("err.txt"))).singleElement().asString()
        .startsWith("sleepstat: out of memory: ")
        .contains("SLEEPSTAT_JAVA_OPTS=-Xmx");
  }
}
