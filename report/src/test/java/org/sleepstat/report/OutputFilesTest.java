package org.sleepstat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {
  @TempDir Path dir;

  @Test
  void aFinishedFileReplacesTheOldOneAndLeavesNoTemporaryFile() throws IOException {
    Path target = dir.resolve("a.xlsx");
    Files.writeString(target, "old");
    OutputFiles.writeAtomically(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertThat(target).hasContent("new");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aFailureWhileWritingKeepsTheOldFileAndLeavesNoHalfWrittenOne() throws IOException {
    Path target = dir.resolve("a.xlsx");
    Files.writeString(target, "old");
    assertThatThrownBy(() -> OutputFiles.writeAtomically(target, out -> {
      out.write("half".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    })).hasMessage("disk full");
    assertThat(target).hasContent("old");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aSymbolicLinkIsWrittenThroughAndStaysALink() throws IOException {
    Path real = Files.writeString(dir.resolve("real.csv"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("real.csv"));

    OutputFiles.writeAtomically(link, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("new");
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void aFifoIsRefusedAndLeftAsItIs() throws Exception {
    Path fifo = dir.resolve("fifo.csv");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).isZero();

    assertThatThrownBy(() -> OutputFiles.writeAtomically(fifo, out -> out.write(1)))
        .isInstanceOf(IOException.class).hasMessage(fifo + ": not a regular file (a FIFO,"
            + " a device or a socket); name a file to write");

    assertThat(Files.isRegularFile(fifo)).isFalse();
    assertThat(Files.exists(fifo)).isTrue();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(fifo);
    }
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void aNewFileGetsTheUsualModeAndAnOldOneKeepsItsOwn() throws IOException {
    Path fresh = dir.resolve("fresh.csv");
    Path old = Files.writeString(dir.resolve("old.csv"), "old");
    Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
    Files.setPosixFilePermissions(old, shared);
    Path plain = Files.writeString(dir.resolve("plain.txt"), "a plain new file");

    OutputFiles.writeAtomically(fresh, out -> out.write(1));
    OutputFiles.writeAtomically(old, out -> out.write(1));

    assertThat(Files.getPosixFilePermissions(fresh))
        .isEqualTo(Files.getPosixFilePermissions(plain));
    assertThat(Files.getPosixFilePermissions(old)).isEqualTo(shared);
  }
}
