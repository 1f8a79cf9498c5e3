package org.sleepstat.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The top-level command: its subcommands ({@link #SUBCOMMANDS}) do the work. They are added by
 * {@link #commandLine}, not listed in the annotation, so that a run of one subcommand builds the
 * picocli model of that one only: picocli reads every listed subcommand by reflection before it
 * parses, which cost a run of analyze the models of four more commands and loaded report and
 * generator classes into it.
 */
@Command(
    name = "sleepstat",
    mixinStandardHelpOptions = true,
    versionProvider = SleepstatCommand.Version.class,
    description = "Validated data and statistics for surveys on sleep and back pain.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the command did its work (rejected rows are reported, not an error)",
      "1:internal error (a bug: please report it)",
      "2:bad usage, an input that cannot be used, or an output that cannot be written"
    })
final class SleepstatCommand implements Callable<Integer> {
  /** The subcommands' names, in the order --help lists them. */
  static final List<String> SUBCOMMANDS =
      List.of("validate", "analyze", "generate", "report", "plan", "codebook");

  final PrintWriter out;
  final PrintWriter err;

  SleepstatCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  /**
   * The command line for {@code args}: when the first argument names a subcommand, with that
   * subcommand only (what else would be parsed or run?); otherwise (help, version, no command,
   * a misspelt command, an argument file) with all of them.
   */
  CommandLine commandLine(String... args) {
    CommandLine cmd = new CommandLine(this);
    boolean one = args.length > 0 && SUBCOMMANDS.contains(args[0]);
    for (String name : SUBCOMMANDS) {
      if (!one || name.equals(args[0])) {
        cmd.addSubcommand(subcommand(name));
      }
    }
    return cmd;
  }

  /** The subcommand {@code name}: an object whose {@code @Command} annotation has that name. */
  private static Object subcommand(String name) {
    return switch (name) {
      case "validate" -> new ValidateCommand();
      case "analyze" -> new AnalyzeCommand();
      case "generate" -> new GenerateCommand();
      case "report" -> new ReportCommand();
      case "plan" -> new PlanCommand();
      case "codebook" -> new CodebookCommand();
      default -> throw new IllegalArgumentException("no subcommand " + name);
    };
  }

  @Override
  public Integer call() {
    err.println("sleepstat: a command is needed (validate, analyze, report, plan,"
        + " codebook, generate); see sleepstat --help");
    return ExitCode.USAGE;
  }

  /** The version of this build, from the jar's resources. */
  static String version() {
    Properties p = new Properties();
    try (InputStream in = SleepstatCommand.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }

  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"sleepstat " + version()};
    }
  }
}
