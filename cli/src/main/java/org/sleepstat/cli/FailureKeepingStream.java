package org.sleepstat.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream that keeps the reason its first write or flush failed ("No space left on
 * device", "Broken pipe"): the PrintWriter above it swallows the exception and keeps only a
 * flag, and the one-line message should say why.
 */
final class FailureKeepingStream extends FilterOutputStream {
  private volatile String reason;

  FailureKeepingStream(OutputStream out) {
    super(out);
  }

  /** Why the first failed write failed, or null when none has. */
  String reason() {
    return reason;
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw keep(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw keep(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw keep(e);
    }
  }

  private IOException keep(IOException e) {
    if (reason == null) {
      reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    return e;
  }
}
