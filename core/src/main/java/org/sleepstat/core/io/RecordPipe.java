package org.sleepstat.core.io;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Parses CSV records on a second thread while the calling thread takes them, in batches of
 * reused {@link CharRecord}s, so that parsing and validating a large file overlap. The records
 * and their order are exactly those of {@link CsvParser#next} on one thread.
 */
final class RecordPipe implements AutoCloseable {
  private static final int BATCHES = 3;

  private final CsvParser parser;
  private final BlockingQueue<Batch> free = new ArrayBlockingQueue<>(BATCHES);
  private final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(BATCHES);
  private final Thread worker;
  private Batch current;
  private int next;

  /** Records parsed ahead, and how the parsing ended once it has. */
  private static final class Batch {
    final CharRecord[] records;
    int count;
    boolean last;
    Exception failure;

    Batch(int size) {
      records = new CharRecord[size];
      for (int i = 0; i < size; i++) {
        records[i] = new CharRecord();
      }
    }
  }

  RecordPipe(CsvParser parser, int batchSize) {
    this.parser = parser;
    for (int i = 0; i < BATCHES; i++) {
      free.add(new Batch(batchSize));
    }
    worker = new Thread(this::parseAll, "sleepstat-csv");
    worker.setDaemon(true);
    worker.start();
  }

  private void parseAll() {
    try {
      while (true) {
        Batch b = free.take();
        b.count = 0;
        try {
          while (b.count < b.records.length && parser.next(b.records[b.count])) {
            b.count++;
          }
          b.last = b.count < b.records.length;
        } catch (IOException | CsvParser.CsvFormatException | RuntimeException e) {
          b.failure = e;
          b.last = true;
        }
        full.put(b);
        if (b.last) {
          return;
        }
      }
    } catch (InterruptedException e) {
      // closed by the reading thread
    }
  }

  /**
   * The next record, or null at the end. The record stays valid until the record {@code
   * batchSize} places later is asked for.
   *
   * @throws CsvParser.CsvFormatException as {@link CsvParser#next} would, in its place
   */
  CharRecord next() throws IOException, CsvParser.CsvFormatException {
    while (current == null || next == current.count) {
      if (current != null) {
        if (current.last) {
          return failOrEnd(current);
        }
        free.add(current);
      }
      try {
        current = full.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while reading", e);
      }
      next = 0;
    }
    return current.records[next++];
  }

  private static CharRecord failOrEnd(Batch b) throws IOException, CsvParser.CsvFormatException {
    if (b.failure instanceof IOException e) {
      throw e;
    }
    if (b.failure instanceof CsvParser.CsvFormatException e) {
      throw e;
    }
    if (b.failure instanceof RuntimeException e) {
      throw e;
    }
    return null;
  }

  /** Stops the parsing thread (it may still be reading ahead) and waits for it. */
  @Override
  public void close() {
    worker.interrupt();
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
