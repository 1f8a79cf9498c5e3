package org.sleepstat.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sleepstat.report.OutputFiles;
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
      "The same --rows, --seed, --layout and --waves always give the same bytes.",
      "The model is described in the data module's README."
    })
final class GenerateCommand implements Callable<Integer> {
  /** Rows written to measure the size of a row. */
  private static final int SAMPLE_ROWS = 1000;

  @Spec CommandSpec spec;

  @Option(names = "--rows", paramLabel = "N", defaultValue = "400",
      description = "Respondents to write (default: ${DEFAULT-VALUE}).")
  long rows;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--layout", paramLabel = "LAYOUT",
      description = "WIDE (one row per respondent) or LONG (one row per respondent and wave);"
          + " default: WIDE, LONG with three or more --waves.")
  SurveyGenerator.Layout layout;

  @Option(names = "--waves", paramLabel = "LABELS", split = ",",
      description = "The waves of the long layout in time order, e.g. \"baseline,week 2,week 4,"
          + "week 12\": with three or more, dropout and missed waves (default: pre,post).")
  List<String> waves;

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
    SurveyGenerator generator = generator();
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

  private SurveyGenerator generator() {
    boolean many = waves != null && waves.size() > 2;
    if (many && layout == SurveyGenerator.Layout.WIDE) {
      throw new ParameterException(spec.commandLine(), "--waves with " + waves.size()
          + " waves writes the long layout; leave out --layout WIDE");
    }
    SurveyGenerator.Layout chosen = layout != null ? layout
        : many ? SurveyGenerator.Layout.LONG : SurveyGenerator.Layout.WIDE;
    SurveyGenerator generator = SurveyGenerator.withSeed(seed).with(chosen);
    if (waves == null) {
      return generator;
    }
    if (chosen == SurveyGenerator.Layout.WIDE) {
      throw new ParameterException(spec.commandLine(), "--waves names the waves of the long"
          + " layout; add --layout LONG");
    }
    try {
      return generator.withWaves(waves);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--" + e.getMessage());
    }
  }

  private void writeFile(SurveyGenerator generator) throws UnusableInputException {
    Path file;
    try {
      file = OutputFiles.regularFile(out);
    } catch (IOException e) {
      throw new UnusableInputException(e.getMessage());
    }
    Path dir = file.getParent();
    if (!Files.isDirectory(dir)) {
      throw new UnusableInputException(out + ": the folder " + dir + " does not exist");
    }
    checkSpace(generator, dir);
    try {
      OutputFiles.writeAtomically(out, stream -> {
        Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        generator.write(rows, w);
        w.flush();
      });
    } catch (IOException e) {
      throw new UnusableInputException("cannot write " + out + ": " + OutputFiles.reason(e));
    }
  }

  /**
   * Refuses a file larger than the free space of its disk, before writing any of it: the size
   * is that of the first {@value #SAMPLE_ROWS} rows, scaled (a little short, as later ids are
   * wider, so a survey that fits is never refused).
   */
  private void checkSpace(SurveyGenerator generator, Path dir) throws UnusableInputException {
    long free;
    try {
      free = Files.getFileStore(dir).getUsableSpace();
    } catch (IOException e) {
      throw new UnusableInputException("cannot find the free space of " + dir + ": "
          + OutputFiles.reason(e));
    }
    long header = length(generator, 0);
    double need = header + (double) (length(generator, SAMPLE_ROWS) - header) / SAMPLE_ROWS
        * rows;
    if (need > free) {
      throw new UnusableInputException(String.format(Locale.ROOT,
          "--rows %d would need about %s, and the disk of %s has %s free", rows, bytes(need),
          dir, bytes(free)));
    }
  }

  private static long length(SurveyGenerator generator, long rows) {
    long[] chars = {0};
    Writer counter = new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) {
        chars[0] += len; // the generator writes ASCII: a character is a byte
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    try {
      generator.write(rows, counter);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the counter does not throw
    }
    return chars[0];
  }

  /** Bytes in decimal units, as disks are sold and df -H shows them: "3.2 GB". */
  static String bytes(double n) {
    String[] units = {"bytes", "kB", "MB", "GB", "TB", "PB", "EB"};
    int unit = 0;
    while (n >= 1000 && unit < units.length - 1) {
      n /= 1000;
      unit++;
    }
    return unit == 0 ? String.format(Locale.ROOT, "%.0f bytes", n)
        : String.format(Locale.ROOT, n < 10 ? "%.1f %s" : "%.0f %s", n, units[unit]);
  }
}
