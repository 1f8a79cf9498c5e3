package org.sleepstat.cli;

/** An input or output the command cannot use; reported in one line with exit code 2. */
final class UnusableInputException extends Exception {
  private static final long serialVersionUID = 1L;

  UnusableInputException(String message) {
    super(message);
  }
}
