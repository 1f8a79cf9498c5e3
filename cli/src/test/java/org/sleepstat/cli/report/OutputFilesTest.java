package org.sleepstat.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
}
