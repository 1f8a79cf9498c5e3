package org.sleepstat.report.xlsx;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Writes bytes made on one thread into a stream on another: sheet XML is made on a thread of its
 * own while the caller's thread compresses it into the file, so the two halves of writing a large
 * sheet share the processors. The bytes arrive in the order they were made, in blocks cut where
 * the maker flushed, so the file is the same as if one thread had done both.
 */
final class Pipe {
  /** Blocks under way at most: a few megabytes however large the sheet. */
  private static final int BLOCKS = 16;
  private static final byte[] END = new byte[0];

  private Pipe() {}

  /** Runs {@code rows} on a thread of its own and writes what it makes into {@code out}. */
  static void copy(ReportWorkbook.XmlSource rows, OutputStream out) throws IOException {
    BlockingQueue<byte[]> blocks = new ArrayBlockingQueue<>(BLOCKS);
    Throwable[] failure = {null};
    Thread maker = new Thread(() -> {
      try {
        rows.writeTo(new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            try {
              blocks.put(Arrays.copyOfRange(b, off, off + len));
            } catch (InterruptedException e) {
              throw new InterruptedIOException("stopped");
            }
          }
        });
      } catch (Throwable e) {
        failure[0] = e;
      } finally {
        try {
          blocks.put(END);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }, "sleepstat-sheet-xml");
    maker.setDaemon(true);
    maker.start();
    try {
      for (byte[] block = take(blocks); block != END; block = take(blocks)) {
        out.write(block);
      }
    } catch (IOException | RuntimeException | Error e) {
      maker.interrupt();
      throw e;
    }
    join(maker);
    rethrow(failure[0]);
  }

  /**
   * Throws what failed on a worker thread as it was (an I/O failure as an {@link IOException}, a
   * runtime exception or an error unchanged, anything else wrapped); does nothing for null.
   */
  static void rethrow(Throwable failure) throws IOException {
    if (failure instanceof IOException e) {
      throw e;
    }
    if (failure instanceof UncheckedIOException e) {
      throw e.getCause();
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    if (failure != null) {
      throw new IllegalStateException(failure);
    }
  }

  private static byte[] take(BlockingQueue<byte[]> blocks) throws IOException {
    try {
      return blocks.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing a sheet");
    }
  }

  private static void join(Thread t) throws IOException {
    try {
      t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing a sheet");
    }
  }
}
