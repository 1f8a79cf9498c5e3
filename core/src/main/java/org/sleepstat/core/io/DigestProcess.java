package org.sleepstat.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The SHA-256 of a large file, computed by {@link FileDigest} in a second JVM while this one
 * reads the file. The JVM that runs sleepstat compiles with the quick compiler only (see
 * bin/sleepstat), which has no SHA-256 intrinsic: it hashes about 150 MB/s, and at a million rows
 * the hash was a sixth of the CPU of an analysis. A JVM with both compilers hashes with the
 * processor's SHA instructions, for a fifth of the CPU, start-up included (231 MB: 0.4 s against
 * 2.2 s); a JVM cannot choose its compilers per method, so the hash gets a JVM of its own.
 *
 * <p>It is the same Java (this process's command) and class path. Its answer carries the CRC-32C
 * and size of what it read, which the importer compares with its own reading; any failure
 * (no command known, no start, an exit other than 0, an answer that is not one) leaves the hash
 * to this JVM, with the same result.
 */
final class DigestProcess {
  /** The main class the second JVM runs; tests put another in its place. */
  static volatile String program = FileDigest.class.getName();

  private final Process process;

  private DigestProcess(Process process) {
    this.process = process;
  }

  /** Starts hashing {@code file}; null when no second JVM can be started. */
  static DigestProcess start(Path file) {
    Optional<String> java = ProcessHandle.current().info().command();
    String classPath = System.getProperty("java.class.path", "");
    if (java.isEmpty() || classPath.isEmpty()) {
      return null;
    }
    List<String> command = List.of(java.get(),
        // both compilers (the default), a small heap, no hsperfdata file
        "-XX:+UseSerialGC", "-Xmx64m", "-XX:-UsePerfData",
        "-cp", classPath, program, file.toAbsolutePath().toString());
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    // options meant for sleepstat's JVM (such as -XX:TieredStopAtLevel=1) stay out of this one
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    builder.environment().remove("_JAVA_OPTIONS");
    try {
      Process process = builder.start();
      process.getOutputStream().close(); // it reads no input
      return new DigestProcess(process);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Waits for the answer; empty when the second JVM failed. */
  Optional<FileDigest.Digest> await() {
    try (InputStream in = process.getInputStream()) {
      String out = new String(in.readNBytes(1 << 16), StandardCharsets.US_ASCII).strip();
      if (process.waitFor() != 0) {
        return Optional.empty();
      }
      // the answer is the last line (a JVM may print a warning of its own before it)
      return Optional.ofNullable(FileDigest.Digest.parse(
          out.substring(out.lastIndexOf('\n') + 1)));
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } finally {
      process.destroy();
    }
  }

  /** Stops the second JVM if it still runs (the import ended before its answer was needed). */
  void cancel() {
    process.destroy();
  }
}
