package org.sleepstat.cli.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file under a temporary name in its own directory and moves it into place when it is
 * complete, so a failure (a full disk, an exception while writing) never leaves a half-written
 * file under the real name, and a reader never sees one.
 */
public final class OutputFiles {
  /** Writes the content of a file. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private OutputFiles() {}

  /** Writes {@code target} with {@code content}, replacing an existing file only when done. */
  public static void writeAtomically(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    // not Files.createTempFile: its files are private to the owner (rw-------), and the
    // report should get the same permissions as any other file the user writes
    Path tmp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp,
          StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
        content.writeTo(out);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
