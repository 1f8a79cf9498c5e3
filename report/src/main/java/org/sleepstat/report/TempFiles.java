package org.sleepstat.report;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Temporary files and folders that outputs are written into before they are moved into place,
 * deleted when the JVM ends before they were (SIGINT, SIGTERM, System.exit on an error): an
 * interrupted run of a large generate or report would otherwise leave gigabytes behind.
 * A shutdown hook cannot run on SIGKILL or a crash of the JVM.
 */
public final class TempFiles {
  private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
  private static volatile boolean hooked;

  private TempFiles() {}

  /** Deletes {@code path} (a file or a whole folder) if the JVM ends before {@link #release}. */
  public static void register(Path path) {
    if (!hooked) {
      hook();
    }
    PENDING.add(path);
  }

  /** {@code path} was moved into place or deleted: nothing to do for it at the end any more. */
  public static void release(Path path) {
    PENDING.remove(path);
  }

  private static synchronized void hook() {
    if (!hooked) {
      Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteAll,
          "sleepstat-temp-files"));
      hooked = true;
    }
  }

  private static void deleteAll() {
    for (Path path : PENDING) {
      // the writing threads run on while the hook does: a file they make in a folder being
      // deleted leaves it not empty, so try again
      for (int attempt = 0; attempt < 5 && Files.exists(path, LinkOption.NOFOLLOW_LINKS);
          attempt++) {
        try {
          delete(path);
        } catch (IOException e) {
          // the JVM is ending: no one is left to tell; the next attempt or path may still go
        }
      }
    }
  }

  /** Deletes a file, or a folder with everything in it; nothing when it is gone. */
  public static void delete(Path path) throws IOException {
    if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      Files.deleteIfExists(path);
      return;
    }
    Files.walkFileTree(path, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.deleteIfExists(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        Files.deleteIfExists(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
