package org.sleepstat.cli;

/**
 * Standard output failed while a command was writing to it, so the command stopped. {@link Main}
 * reports it in one line (with the reason, when it knows it) and exits with code 2.
 */
final class StandardOutputFailed extends Exception {
  private static final long serialVersionUID = 1L;

  StandardOutputFailed() {
    super("cannot write to standard output");
  }
}
