package org.sleepstat.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.sleepstat.core.io.SurveyFileException;
import org.sleepstat.core.plan.PlanException;
import org.sleepstat.core.plan.StudyPlan;
import org.sleepstat.core.schema.CodebookException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine.ParseResult;

/**
 * The {@code sleepstat} command line. {@link #run} is the testable entry point: it writes to the
 * given writers and returns the exit code; only {@link #main} exits the JVM.
 */
public final class Main {
  private final PrintWriter out;
  private final PrintWriter err;
  /** {@link #err} as given, under the escaping of control characters. */
  private final PrintWriter rawErr;
  /** Why standard output failed, when the stream under {@link #out} can tell; else null. */
  private final Supplier<String> outFailure;

  /** A command line that prints results to {@code out} and messages to {@code err}. */
  public Main(PrintWriter out, PrintWriter err) {
    this(out, err, () -> null);
  }

  Main(PrintWriter out, PrintWriter err, Supplier<String> outFailure) {
    this.out = Objects.requireNonNull(out);
    this.rawErr = Objects.requireNonNull(err);
    // messages quote file names, values and arguments: no control character reaches a terminal
    this.err = new PrintWriter(new TerminalText(err), true);
    this.outFailure = Objects.requireNonNull(outFailure);
  }

  public static void main(String[] args) {
    // java -jar with the JVM's defaults: the same run in a JVM started as bin/sleepstat does
    OptionalInt elsewhere = JarRelaunch.run(args);
    if (elsewhere.isPresent()) {
      System.exit(elsewhere.getAsInt());
    }
    System.setProperty("java.awt.headless", "true");
    readBuiltInPlanAside();
    // FileOutputStream, not System.out: a PrintStream swallows the error and its reason
    FailureKeepingStream stdout = new FailureKeepingStream(
        new FileOutputStream(FileDescriptor.out));
    PrintWriter out = new PrintWriter(new BufferedWriter(
        new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    int code = new Main(out, err, stdout::reason).run(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Starts reading the built-in codebook and plan on a second thread while this one builds the
   * command line: most runs use them, and on two or more processors the 30-40 ms they take to
   * read (a CSV, a YAML file and its SHA-256) then overlap picocli's 40-50 ms. The plan is
   * immutable and held once read; a command that asks for it first waits until it is complete
   * (class initialisation), and one that never asks for it loses nothing but that thread's time.
   * Only for a real run: {@link #run} (what the tests call) reads the plan when it is asked for.
   */
  private static void readBuiltInPlanAside() {
    if (Runtime.getRuntime().availableProcessors() < 2) {
      return;
    }
    Thread reader = new Thread(StudyPlan::builtIn, "sleepstat-built-in-plan");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Runs the command line and returns its exit code (0 ok, 1 internal error, 2 bad input or an
   * output that could not be written).
   */
  public int run(String... args) {
    int code = execute(args);
    out.flush();
    if (out.checkError()) {
      String reason = outFailure.get();
      err.println("sleepstat: cannot write to standard output"
          + (reason == null ? "" : ": " + reason));
      code = code == ExitCode.OK ? ExitCode.USAGE : code;
    }
    err.flush();
    // nothing can say that stderr failed; the exit code does
    return rawErr.checkError() && code == ExitCode.OK ? ExitCode.USAGE : code;
  }

  private int execute(String... args) {
    // subcommands first: the settings below reach those present when they are made
    CommandLine cmd = new SleepstatCommand(out, err).commandLine(args);
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setExecutionExceptionHandler(this::handle);
    cmd.setParameterExceptionHandler(this::usageError);
    cmd.setExitCodeExceptionMapper(e -> ExitCode.USAGE);
    try {
      return cmd.execute(args);
    } catch (OutOfMemoryError e) {
      // the survey's arrays are unreachable now: there is room to say so in one line
      err.println("sleepstat: out of memory: this survey needs more than the "
          + (Runtime.getRuntime().maxMemory() >> 20) + " MB of heap the JVM may use; give it"
          + " more with SLEEPSTAT_JAVA_OPTS=-Xmx<size> (bin/sleepstat) or java -Xmx<size>");
      if (debug(cmd.getParseResult())) {
        printTrace(e);
      }
      return ExitCode.SOFTWARE;
    }
  }

  /**
   * A usage error: the message in one line and where to read more, not the whole help (which
   * would bury the message).
   */
  private int usageError(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    String name = cmd.getCommandSpec().qualifiedName();
    StringBuilder line = new StringBuilder(name).append(": ")
        .append(String.join("; ", String.valueOf(e.getMessage()).strip().split("\\R+")));
    if (e instanceof UnmatchedArgumentException u) {
      List<String> suggestions = u.getSuggestions();
      if (!suggestions.isEmpty()) {
        line.append(" (did you mean ").append(String.join(" or ", suggestions)).append("?)");
      }
    }
    err.println(line);
    err.println("Try '" + name + " --help' for more information.");
    return ExitCode.USAGE;
  }

  private int handle(Exception e, CommandLine cmd, ParseResult parsed) {
    if (e instanceof StandardOutputFailed) {
      return ExitCode.USAGE; // run says so, with the reason, once the output is flushed
    }
    if (e instanceof PlanException plan) {
      // one line per problem, FILE:LINE:COLUMN: message, as compilers print them
      plan.problems().forEach(err::println);
      return ExitCode.USAGE;
    }
    if (e instanceof SurveyFileException || e instanceof CodebookException
        || e instanceof UnusableInputException) {
      err.println("sleepstat: " + e.getMessage());
      return ExitCode.USAGE;
    }
    err.println("sleepstat: internal error: " + e
        + (debug(parsed) ? "" : " (run again with --debug for details)"));
    if (debug(parsed)) {
      printTrace(e);
    }
    return ExitCode.SOFTWARE;
  }

  /** The exception and its causes with their stack frames, for --debug. */
  private void printTrace(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      err.println((t == e ? "" : "Caused by: ") + t);
      for (StackTraceElement frame : t.getStackTrace()) {
        err.println("    at " + frame);
      }
    }
  }

  private static boolean debug(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
