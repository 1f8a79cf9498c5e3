package org.sleepstat.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/**
 * Writes a file under a temporary name in its own directory and moves it into place when it is
 * complete, so a failure (a full disk, an exception while writing, an interrupt) never leaves a
 * half-written file under the real name, and a reader never sees one.
 *
 * <p>The name is the file's as the shell's {@code >} sees it: a symbolic link is followed and
 * the file it points to is replaced, the link stays. A FIFO, a device or a socket is refused, as
 * the move would replace it with a file. A new file gets the permissions of any file the user
 * creates (the umask), an existing one keeps its own.
 */
public final class OutputFiles {
  /** Links followed at most, as the kernel's ELOOP limit. */
  private static final int MAX_LINKS = 40;

  /** Writes the content of a file. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private OutputFiles() {}

  /** Writes {@code target} with {@code content}, replacing an existing file only when done. */
  public static void writeAtomically(Path target, Content content) throws IOException {
    Path file = regularFile(target);
    Path dir = file.getParent();
    // not Files.createTempFile: its files are private to the owner (rw-------), and the
    // output should get the same permissions as any other file the user writes
    Path tmp = dir.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
    TempFiles.register(tmp);
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp,
          StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
        content.writeTo(out);
      }
      keepMode(file, tmp);
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
      TempFiles.release(tmp);
    }
  }

  /**
   * The file that writing {@code target} replaces: {@code target} itself, or the file its
   * symbolic links lead to (which need not exist yet).
   *
   * @throws FileSystemException if that is a folder, a FIFO, a device or a socket, or the links
   *     go round in a loop
   */
  public static Path regularFile(Path target) throws IOException {
    Path file = target.toAbsolutePath();
    for (int links = 0; Files.isSymbolicLink(file); links++) {
      if (links == MAX_LINKS) {
        throw new FileSystemException(target.toString(), null,
            "too many levels of symbolic links");
      }
      file = file.getParent().resolve(Files.readSymbolicLink(file)).normalize();
    }
    if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileSystemException(target.toString(), null, "is a folder; name a file to write");
    }
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
        && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileSystemException(target.toString(), null,
          "not a regular file (a FIFO, a device or a socket); name a file to write");
    }
    return file;
  }

  /** Gives {@code tmp} the permissions of the file it replaces, if there is one. */
  static void keepMode(Path file, Path tmp) throws IOException {
    PosixFileAttributeView old = Files.getFileAttributeView(file, PosixFileAttributeView.class,
        LinkOption.NOFOLLOW_LINKS);
    if (old != null && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      Files.setPosixFilePermissions(tmp, old.readAttributes().permissions());
    }
  }

  /**
   * Why a write failed, for a one-line message: "No space left on device", not the exception's
   * class and the temporary file's name.
   */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
