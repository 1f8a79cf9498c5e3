package org.sleepstat.cli;

/** The exit codes of every sleepstat command, in one place. */
final class ExitCode {
  /** The command did its work (a survey with rejected rows still counts). */
  static final int OK = 0;
  /** An internal error: a bug in sleepstat. */
  static final int SOFTWARE = 1;
  /** Bad usage, or an input that cannot be used at all. */
  static final int USAGE = 2;

  private ExitCode() {}
}
