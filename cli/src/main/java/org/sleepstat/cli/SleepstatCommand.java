package org.sleepstat.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The top-level command: its subcommands do the work. */
@Command(
    name = "sleepstat",
    mixinStandardHelpOptions = true,
    versionProvider = SleepstatCommand.Version.class,
    description = "Validated data and statistics for surveys on sleep and back pain.",
    subcommands = {ValidateCommand.class, AnalyzeCommand.class, GenerateCommand.class,
        ReportCommand.class, CodebookCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the command did its work (rejected rows are reported, not an error)",
      "1:internal error (a bug: please report it)",
      "2:bad usage, or an input that cannot be used"
    })
final class SleepstatCommand implements Callable<Integer> {
  final PrintWriter out;
  final PrintWriter err;

  SleepstatCommand(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    err.println("sleepstat: a command is needed (validate, analyze, report, codebook,"
        + " generate); see sleepstat --help");
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
