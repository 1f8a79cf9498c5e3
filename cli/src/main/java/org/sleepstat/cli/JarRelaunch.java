package org.sleepstat.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code java -jar sleepstat.jar …}, the README's first command, starts the JVM with its defaults:
 * both JIT compilers, G1 and no class data sharing archive of the program's classes. For a run of
 * seconds on two processors those cost more than the work (500 rows: 0.49 s against 0.26 s
 * through {@code bin/sleepstat}). So a JVM started that way, with no option of the user's, runs
 * the same command in a second JVM started as {@code bin/sleepstat} starts it: the archive the
 * build wrote beside the jar, the quick JIT alone (one compiler thread) for inputs under 256 MB,
 * the serial collector and its heap ratios, JVM warnings on stderr. The second JVM gets the same
 * arguments, standard input, output and error (inherited, not copied), and its exit code is this
 * one's.
 *
 * <p>Nothing is started again when the user chose the JVM's options (any option before
 * {@code -jar}, or one in {@code JAVA_TOOL_OPTIONS}, {@code JDK_JAVA_OPTIONS} or
 * {@code _JAVA_OPTIONS}), when the build's archive is missing, when this JVM cannot tell how it
 * was started, or when the second JVM cannot be started: the command then runs here, as before.
 * The options are those of {@code bin/sleepstat} (a test compares the two).
 */
final class JarRelaunch {
  /** The system property that marks the second JVM, which never starts a third. */
  static final String RELAUNCHED = "sleepstat.relaunched";
  /** The archive's file name, beside the jar. */
  static final String ARCHIVE = "sleepstat.jsa";
  /**
   * The quick JIT alone, with one compiler thread, for inputs smaller than {@link #QUICK_JIT_BELOW}
   * bytes.
   */
  static final List<String> QUICK_JIT =
      List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1");
  static final long QUICK_JIT_BELOW = 256L << 20;
  /** The options of every run, in bin/sleepstat's order. */
  static final List<String> OPTIONS = List.of(
      "-XX:+UseSerialGC",
      "-XX:MaxHeapFreeRatio=30", "-XX:MinHeapFreeRatio=10",
      "-XX:-UsePerfData",
      "-Xlog:disable", "-Xlog:all=warning,cds*=off:stderr");
  /** Environment variables through which a user gives the JVM options. */
  static final List<String> OPTION_VARIABLES =
      List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

  private JarRelaunch() {}

  /**
   * Runs {@code args} in a second JVM when this one was started as a plain {@code java -jar};
   * its exit code, or empty when the command is to run in this JVM.
   */
  static OptionalInt run(String[] args) {
    if (System.getProperty(RELAUNCHED) != null) {
      return OptionalInt.empty();
    }
    Optional<Path> jar = thisJar();
    if (jar.isEmpty()) {
      return OptionalInt.empty();
    }
    ProcessHandle.Info info = ProcessHandle.current().info();
    Optional<List<String>> command = command(info.command().orElse(null),
        info.arguments().map(Arrays::asList).orElse(null), System.getenv(), jar.get(), args);
    if (command.isEmpty()) {
      return OptionalInt.empty();
    }
    Process child;
    try {
      child = new ProcessBuilder(command.get()).inheritIO().start();
    } catch (IOException | RuntimeException e) {
      return OptionalInt.empty(); // run here instead: nothing has been read or written yet
    }
    // a stop of this JVM (Ctrl-C, kill) stops the second one too
    Thread stop = new Thread(child::destroy, "sleepstat-stop-second-jvm");
    Runtime.getRuntime().addShutdownHook(stop);
    while (true) {
      try {
        return OptionalInt.of(child.waitFor());
      } catch (InterruptedException e) {
        // only a stop of this JVM interrupts; the hook ends the child
      }
    }
  }

  /**
   * The second JVM's command line, or empty to run here.
   *
   * @param java this JVM's executable, or null when unknown
   * @param arguments this JVM's arguments after the executable, or null when unknown
   * @param env the environment
   * @param jar the jar this class was loaded from
   * @param args the program's arguments
   */
  static Optional<List<String>> command(String java, List<String> arguments,
      Map<String, String> env, Path jar, String[] args) {
    if (java == null || arguments == null) {
      return Optional.empty();
    }
    // exactly "-jar JAR ARGS...": no JVM option of the user's, and these very arguments
    if (arguments.size() != args.length + 2 || !arguments.get(0).equals("-jar")
        || !arguments.subList(2, arguments.size()).equals(Arrays.asList(args))) {
      return Optional.empty();
    }
    for (String variable : OPTION_VARIABLES) {
      String value = env.get(variable);
      if (value != null && !value.isBlank()) {
        return Optional.empty();
      }
    }
    Path archive = jar.resolveSibling(ARCHIVE);
    try {
      if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
        return Optional.empty();
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-XX:SharedArchiveFile=" + archive);
    if (allSmall(args)) {
      command.addAll(QUICK_JIT);
    }
    command.addAll(OPTIONS);
    command.add("-D" + RELAUNCHED + "=true");
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(Arrays.asList(args));
    return Optional.of(command);
  }

  /** Whether no argument names a file of {@link #QUICK_JIT_BELOW} bytes or more. */
  static boolean allSmall(String[] args) {
    for (String arg : args) {
      try {
        Path path = Path.of(arg);
        if (Files.isRegularFile(path) && Files.size(path) >= QUICK_JIT_BELOW) {
          return false;
        }
      } catch (InvalidPathException | IOException | SecurityException e) {
        // not a file name, or one that cannot be read: it does not decide the JIT
      }
    }
    return true;
  }

  /** The jar file this class was loaded from, if it was loaded from one. */
  private static Optional<Path> thisJar() {
    try {
      var source = JarRelaunch.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return Optional.empty();
      }
      Path path = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
