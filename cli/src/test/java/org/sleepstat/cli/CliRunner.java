package org.sleepstat.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command line in this JVM and captures what it printed. */
final class CliRunner {
  record Run(int exitCode, String out, String err) {
    /**
     * Standard error without the design warnings ("sleepstat: warning: …"), which the small
     * files of many tests give because they lack the study's design variables.
     */
    String errBesidesWarnings() {
      return err.lines().filter(l -> !l.startsWith("sleepstat: warning: "))
          .map(l -> l + "\n").reduce("", String::concat);
    }
  }

  private CliRunner() {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new Main(new PrintWriter(out), new PrintWriter(err)).run(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** Copies a test resource of this package into {@code dir} and returns its path. */
  static Path resource(Path dir, String name) {
    try (InputStream in = CliRunner.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      Path target = dir.resolve(name);
      Files.copy(in, target);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
