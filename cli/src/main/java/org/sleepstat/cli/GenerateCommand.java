package org.sleepstat.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.sleepstat.core.generate.SurveyGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sleepstat generate}: writes a synthetic survey; the same seed gives the same bytes. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    versionProvider = SleepstatCommand.Version.class,
    description = {
      "Write a realistic synthetic survey in the sleep-back-pain v1 schema (CSV).",
      "The same --rows, --seed and --layout always give the same bytes.",
      "The model is described in the data module's README."
    })
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--rows", paramLabel = "N", defaultValue = "400",
      description = "Respondents to write (default: ${DEFAULT-VALUE}).")
  long rows;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--layout", paramLabel = "LAYOUT", defaultValue = "WIDE",
      description = "WIDE (one row per respondent) or LONG (one row per respondent and wave);"
          + " default: ${DEFAULT-VALUE}.")
  SurveyGenerator.Layout layout;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write to FILE instead of standard output (written whole or not at all).")
  Path out;

  @Option(names = "--debug", description = "Show the stack trace of an internal error.")
  boolean debug;

  @Override
  public Integer call() throws Exception {
    if (rows < 1) {
      throw new ParameterException(spec.commandLine(), "--rows must be at least 1, not " + rows);
    }
    SurveyGenerator generator = SurveyGenerator.withSeed(seed).with(layout);
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      try {
        generator.write(rows, new CheckedWriter(stdout));
      } catch (IOException e) {
        throw new StandardOutputFailed();
      }
      return ExitCode.OK;
    }
    writeFile(generator);
    spec.commandLine().getErr().println("sleepstat: wrote " + rows + " respondents to " + out);
    return ExitCode.OK;
  }

  private void writeFile(SurveyGenerator generator) throws IOException, UnusableInputException {
    Path target = out.toAbsolutePath();
    Path dir = target.getParent();
    if (Files.isDirectory(target)) {
      throw new UnusableInputException(out + ": is a directory; --out needs a file name");
    }
    if (dir == null || !Files.isDirectory(dir)) {
      throw new UnusableInputException(out + ": the folder " + dir + " does not exist");
    }
    Path temp = Files.createTempFile(dir, ".sleepstat-", ".tmp");
    try {
      try (Writer w = new BufferedWriter(
          Files.newBufferedWriter(temp, StandardCharsets.UTF_8), 1 << 16)) {
        generator.write(rows, w);
      }
      try {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
