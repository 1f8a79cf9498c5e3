package org.sleepstat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * A writer into a PrintWriter that throws as soon as the PrintWriter has failed. A PrintWriter
 * only sets a flag, and a long write (generate's millions of rows) would otherwise run on into
 * a closed pipe or a full disk to its end. Checks after each write, so it suits writers that
 * write in large blocks: {@link PrintWriter#checkError} flushes.
 */
final class CheckedWriter extends Writer {
  private final PrintWriter out;

  CheckedWriter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    out.write(cbuf, off, len);
    check();
  }

  @Override
  public void flush() throws IOException {
    out.flush();
    check();
  }

  @Override
  public void close() throws IOException {
    flush();
  }

  private void check() throws IOException {
    if (out.checkError()) {
      throw new IOException("cannot write to standard output");
    }
  }
}
