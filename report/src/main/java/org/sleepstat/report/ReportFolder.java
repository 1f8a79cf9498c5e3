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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a report's set (its files, such as the workbook, the slides and the document, and the
 * charts folder) into a folder so that the folder never holds parts of two runs. The set is built
 * whole in a hidden staging folder inside the folder (same disk: moves are renames), then
 * published under a lock: the old charts folder and files out, the new ones in (and back again if
 * a move fails). A run that fails while building leaves the old set untouched and no staging
 * folder; two runs at once each build their own set and publish one after the other, so the last
 * one's set is the folder's, whole.
 *
 * <p>The lock file, {@value #STATE}, also names the files whose charts are in the charts folder,
 * one per line. A report of another input (other file names) would put its charts beside those
 * files, so it is refused while one of them is there.
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

  /** Writes a set into a staging folder: its charts folder and each of its files. */
  @FunctionalInterface
  public interface BuildSet {
    /**
     * @param files the staging path of each file of the set, by its name
     */
    void write(Path charts, Map<String, Path> files) throws IOException;
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
    write(dir, List.of(workbookName),
        (charts, files) -> build.write(charts, files.get(workbookName)));
  }

  /**
   * Builds the set with {@code build} and publishes it into {@code dir} as {@code dir/<name>}
   * for each of {@code names} (each must be written) and {@code dir/charts}.
   */
  public static void write(Path dir, List<String> names, BuildSet build)
      throws IOException, OtherReport {
    checkOtherReport(dir, names, previous(dir));
    Path staging = dir.resolve("." + STATE + "-" + UUID.randomUUID() + ".tmp");
    TempFiles.register(staging);
    try {
      Files.createDirectory(staging);
      Path charts = staging.resolve(CHARTS);
      Map<String, Path> files = new LinkedHashMap<>();
      for (String name : names) {
        files.put(name, staging.resolve(name));
      }
      build.write(charts, files);
      Files.createDirectories(charts);
      publish(dir, names, staging);
    } finally {
      TempFiles.delete(staging);
      TempFiles.release(staging);
    }
  }

  private static void publish(Path dir, List<String> names, Path staging)
      throws IOException, OtherReport {
    synchronized (PUBLISHING) {
      try (FileChannel state = FileChannel.open(dir.resolve(STATE), StandardOpenOption.CREATE,
          StandardOpenOption.READ, StandardOpenOption.WRITE);
          FileLock lock = state.lock()) {
        checkOtherReport(dir, names, read(state));
        Path charts = dir.resolve(CHARTS);
        Path oldCharts = staging.resolve("old-" + CHARTS);
        if (Files.exists(charts, LinkOption.NOFOLLOW_LINKS)) {
          if (!Files.isDirectory(charts, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(charts.toString(), null,
                "is not a folder; the charts go into a folder of that name");
          }
          Files.move(charts, oldCharts, StandardCopyOption.ATOMIC_MOVE);
        }
        List<String> published = new ArrayList<>();
        try {
          Files.move(staging.resolve(CHARTS), charts, StandardCopyOption.ATOMIC_MOVE);
          for (String name : names) {
            Path target = OutputFiles.regularFile(dir.resolve(name));
            Path old = staging.resolve("old-" + name);
            Path fresh = staging.resolve(name);
            OutputFiles.keepMode(target, fresh);
            keepAside(target, old);
            move(fresh, target);
            published.add(name);
          }
        } catch (IOException e) {
          restore(dir, staging, charts, oldCharts, published);
          throw e;
        }
        write(state, names);
      }
    }
  }

  /**
   * Moves an earlier file aside (a rename on the same disk), so that a failed publication can put
   * it back; a file on another disk (through a symbolic link) is replaced without a copy aside.
   */
  private static void keepAside(Path target, Path old) throws IOException {
    if (!Files.exists(target)) {
      return;
    }
    try {
      Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      // replaced in place below
    }
  }

  /** Back to the old set after a failed publication: the old charts and files in again. */
  private static void restore(Path dir, Path staging, Path charts, Path oldCharts,
      List<String> published) throws IOException {
    if (Files.exists(charts, LinkOption.NOFOLLOW_LINKS)
        && !Files.exists(staging.resolve(CHARTS), LinkOption.NOFOLLOW_LINKS)) {
      Files.move(charts, staging.resolve(CHARTS), StandardCopyOption.ATOMIC_MOVE);
    }
    if (Files.exists(oldCharts, LinkOption.NOFOLLOW_LINKS)) {
      Files.move(oldCharts, charts, StandardCopyOption.ATOMIC_MOVE);
    }
    for (String name : published) {
      Path old = staging.resolve("old-" + name);
      if (Files.exists(old)) {
        move(old, dir.resolve(name));
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

  private static void checkOtherReport(Path dir, List<String> names, String previous)
      throws OtherReport {
    if (previous == null) {
      return;
    }
    for (String earlier : previous.split("\n")) {
      String name = earlier.strip();
      if (!name.isEmpty() && !names.contains(name) && !name.contains("/")
          && ofAnotherInput(names, name) && Files.exists(dir.resolve(name))) {
        throw new OtherReport(dir + " holds the report " + name + ", whose charts are in "
            + dir.resolve(CHARTS) + "; a report of another input there would mix the two:"
            + " choose another --out folder, or remove " + name + " first");
      }
    }
  }

  /**
   * Whether an earlier file belongs to another input's set: its name is not one of ours. (A
   * file of our own input that this run leaves out, e.g. the slides under --formats xlsx, stays
   * as it was.)
   */
  private static boolean ofAnotherInput(List<String> names, String earlier) {
    return names.stream().noneMatch(n -> inputOf(n).equals(inputOf(earlier)));
  }

  /** The input part of a report file's name: "survey" of "survey-report.xlsx". */
  private static String inputOf(String name) {
    int dash = name.lastIndexOf('-');
    return dash > 0 ? name.substring(0, dash) : name;
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

  private static void write(FileChannel state, List<String> names) throws IOException {
    state.truncate(0);
    state.write(ByteBuffer.wrap((String.join("\n", names) + "\n")
        .getBytes(StandardCharsets.UTF_8)), 0);
    state.force(false);
  }
}
