package org.sleepstat.report;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Rethrows what failed on a report's worker thread, on the thread that waited for it. */
public final class WorkerFailure {
  private WorkerFailure() {}

  /**
   * Throws {@code cause} as it was (an I/O failure as an {@link IOException}, a runtime
   * exception or an error unchanged, anything else wrapped); does nothing for null.
   */
  public static void rethrow(Throwable cause) throws IOException {
    if (cause == null) {
      return;
    }
    if (cause instanceof IOException io) {
      throw io;
    }
    if (cause instanceof UncheckedIOException io) {
      throw io.getCause();
    }
    if (cause instanceof RuntimeException r) {
      throw r;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    throw new IllegalStateException(cause);
  }
}
