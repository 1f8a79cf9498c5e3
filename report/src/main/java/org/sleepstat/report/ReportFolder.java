package org.sleepstat.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a report's set (the workbook and the charts folder) into a folder so that the folder
 * never holds parts of two runs. The set is built whole in a hidden staging folder inside the
 * folder (same disk: moves are renames), then published under a lock: the old charts folder
 * out, the new one in, the workbook over the old one. A run that fails while building leaves
 * the old set untouched and no staging folder; two runs at once each build their own set and
 * publish one after the other, so the last one's set is the folder's, whole.
 *
 * <p>The lock file, {@value #STATE}, also names the workbook whose charts are in the charts
 * folder. A report of another input (another workbook name) would put its charts beside that
 * workbook, so it is refused while that workbook is there.
 */
public final class ReportFolder {
  /** The folder's lock and the name of the workbook of its charts. */
  public static final String STATE = ".sleepstat-report";
  /** The charts folder's name. */
  public static final String CHARTS = "charts";
  /** One publication at a time within this JVM too: a file lock is held per JVM. */
  private static final Object PUBLISHING = new Object();

  /** Writes a set into a staging folder: its charts folder and its workbook. */
  @FunctionalInterface
  public interface Build {
    void write(Path charts, Path workbook) throws IOException;
  }

  /** The folder holds the report of another input, which this report would mix with. */
  public static final class OtherReport extends Exception {
    private static final long serialVersionUID = 1L;

    OtherReport(String message) {
      super(message);
    }
  }

  private ReportFolder() {}

  /**
   * Builds the set with {@code build} and publishes it into {@code dir} as
   * {@code dir/workbookName} and {@code dir/charts}.
   */
  public static void write(Path dir, String workbookName, Build build)
      throws IOException, OtherReport {
    checkOtherReport(dir, workbookName, previous(dir));
    Path staging = dir.resolve("." + STATE + "-" + UUID.randomUUID() + ".tmp");
    TempFiles.register(staging);
    try {
      Files.createDirectory(staging);
      Path charts = staging.resolve(CHARTS);
      Path workbook = staging.resolve(workbookName);
      build.write(charts, workbook);
      Files.createDirectories(charts);
      publish(dir, workbookName, staging);
    } finally {
      TempFiles.delete(staging);
      TempFiles.release(staging);
    }
  }

  private static void publish(Path dir, String workbookName, Path staging)
      throws IOException, OtherReport {
    synchronized (PUBLISHING) {
      try (FileChannel state = FileChannel.open(dir.resolve(STATE), StandardOpenOption.CREATE,
          StandardOpenOption.READ, StandardOpenOption.WRITE);
          FileLock lock = state.lock()) {
        checkOtherReport(dir, workbookName, read(state));
        Path charts = dir.resolve(CHARTS);
        Path oldCharts = staging.resolve("old-" + CHARTS);
        Path workbook = OutputFiles.regularFile(dir.resolve(workbookName));
        if (Files.exists(charts, LinkOption.NOFOLLOW_LINKS)) {
          if (!Files.isDirectory(charts, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(charts.toString(), null,
                "is not a folder; the charts go into a folder of that name");
          }
          Files.move(charts, oldCharts, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
          Files.move(staging.resolve(CHARTS), charts, StandardCopyOption.ATOMIC_MOVE);
          Path newWorkbook = staging.resolve(workbookName);
          OutputFiles.keepMode(workbook, newWorkbook);
          move(newWorkbook, workbook);
        } catch (IOException e) {
          // back to the old set: the new charts out, the old ones in
          if (Files.exists(charts, LinkOption.NOFOLLOW_LINKS)
              && !Files.exists(staging.resolve(CHARTS), LinkOption.NOFOLLOW_LINKS)) {
            Files.move(charts, staging.resolve(CHARTS), StandardCopyOption.ATOMIC_MOVE);
          }
          if (Files.exists(oldCharts, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(oldCharts, charts, StandardCopyOption.ATOMIC_MOVE);
          }
          throw e;
        }
        write(state, workbookName);
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      // a symbolic link to another disk: the workbook is copied there
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void checkOtherReport(Path dir, String workbookName, String previous)
      throws OtherReport {
    if (previous != null && !previous.isEmpty() && !previous.equals(workbookName)
        && !previous.contains("/") && Files.exists(dir.resolve(previous))) {
      throw new OtherReport(dir + " holds the report " + previous + ", whose charts are in "
          + dir.resolve(CHARTS) + "; a report of another input there would mix the two:"
          + " choose another --out folder, or remove " + previous + " first");
    }
  }

  /** The workbook named in {@code dir}'s state file, or null. */
  private static String previous(Path dir) throws IOException {
    Path state = dir.resolve(STATE);
    if (!Files.isRegularFile(state)) {
      return null;
    }
    return new String(Files.readAllBytes(state), StandardCharsets.UTF_8).strip();
  }

  private static String read(FileChannel state) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(state.size(), 1 << 16));
    state.read(buffer, 0);
    return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
  }

  private static void write(FileChannel state, String workbookName) throws IOException {
    state.truncate(0);
    state.write(ByteBuffer.wrap((workbookName + "\n").getBytes(StandardCharsets.UTF_8)), 0);
    state.force(false);
  }
}
