package org.sleepstat.core.schema;

/** A codebook file that cannot be used; the message names the file and line. */
public final class CodebookException extends Exception {
  private static final long serialVersionUID = 1L;

  public CodebookException(String message) {
    super(message);
  }
}
