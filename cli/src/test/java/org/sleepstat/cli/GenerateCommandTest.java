package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
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
  void generatedWavesValidateWithEveryRowAcceptedAndTheWavesInOrder() {
    Path file = dir.resolve("waves.csv");
    assertThat(CliRunner.run("generate", "--rows", "300", "--seed", "3", "--waves",
        "baseline,week 2,week 4,week 12", "--out", file.toString()).exitCode()).isZero();
    CliRunner.Run run = CliRunner.run("validate", file.toString());
    assertThat(run.out()).contains("0 rejected", "respondents 300", "waves       4 waves:"
        + " baseline (0 weeks), week 2 (2 weeks), week 4 (4 weeks), week 12 (12 weeks); the"
        + " paired analyses (_pre, _post) compare baseline with week 12 (the last wave)",
        "no problems");
  }

  @Test
  void wavesOutOfOrderOrWithTheWideLayoutAreBadUsage() {
    CliRunner.Run order = CliRunner.run("generate", "--waves", "week 4,baseline,week 2");
    assertThat(order.exitCode()).isEqualTo(2);
    assertThat(order.err()).contains("--waves: list them in time order, as sleepstat reads them"
        + " back: baseline, week 2, week 4");
    CliRunner.Run wide = CliRunner.run("generate", "--layout", "WIDE", "--waves", "a 0,b 1,c 2");
    assertThat(wide.exitCode()).isEqualTo(2);
    assertThat(wide.err()).contains("writes the long layout; leave out --layout WIDE");
  }

  @Test
  void aLongFileWhoseWavesCannotBeOrderedIsOneLineAndExitTwo() throws Exception {
    Path file = dir.resolve("mid.csv");
    Files.writeString(file, "respondent_id,wave,pain_morning,sleep_position\n"
        + "r1,baseline,6,side\nr1,week 2,5,\nr1,mid,4,\n");
    CliRunner.Run run = CliRunner.run("validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).doesNotContain("\n", "Exception")
        .contains("\"mid\" has no number", "waves: [{name: \"baseline\"}, {name: \"week 2\"},"
            + " {name: \"mid\"}]");
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

  @Test
  void moreRowsThanTheDiskCanHoldAreRefusedBeforeWriting() throws Exception {
    Path file = dir.resolve("huge.csv");

    CliRunner.Run run = CliRunner.run("generate", "--rows", "1000000000000", "--out",
        file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).singleElement().asString()
        .startsWith("sleepstat: --rows 1000000000000 would need about ")
        .endsWith(" free");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void aSymbolicLinkIsWrittenThroughANewFileGetsTheUsualMode() throws Exception {
    Path real = Files.writeString(dir.resolve("real.csv"), "old");
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real);
    Path fresh = dir.resolve("fresh.csv");
    Path plain = Files.writeString(dir.resolve("plain.txt"), "a plain new file");

    assertThat(CliRunner.run("generate", "--rows", "3", "--out", link.toString()).exitCode())
        .isZero();
    assertThat(CliRunner.run("generate", "--rows", "3", "--out", fresh.toString()).exitCode())
        .isZero();

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readAllLines(real)).hasSize(4);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real)))
        .isEqualTo("rw-r-----");
    assertThat(Files.getPosixFilePermissions(fresh))
        .isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void aFifoIsRefusedInOneLine() throws Exception {
    Path fifo = dir.resolve("fifo.csv");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

    CliRunner.Run run = CliRunner.run("generate", "--rows", "3", "--out", fifo.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).containsExactly("sleepstat: " + fifo + ": not a regular"
        + " file (a FIFO, a device or a socket); name a file to write");
    assertThat(Files.isRegularFile(fifo)).isFalse();
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void anInterruptedRunLeavesNoTemporaryFile() throws Exception {
    Path file = dir.resolve("big.csv");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "generate", "--rows", "200000000", "--out", file.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
      while (temporaryFiles().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(temporaryFiles()).as("a temporary file while writing").isNotEmpty();
      Thread.sleep(200);
    } finally {
      p.destroy(); // SIGTERM, as kill and a terminal's SIGINT end a run
    }
    assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();

    assertThat(temporaryFiles()).isEmpty();
    assertThat(file).doesNotExist();
  }

  private List<Path> temporaryFiles() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
    }
  }
}
