package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent parts of an analysis side by side on a few threads. Each part is computed by
 * the same sequential code whichever thread runs it, so the results do not depend on the number
 * of threads or on their timing; the parts share nothing but the (immutable) survey. Parts are
 * taken in the order submitted, so submit the longest first. With one thread everything runs on
 * the caller's, in that order.
 */
final class SideBySide implements AutoCloseable {
  private final ExecutorService pool;
  private final List<Future<?>> futures = new ArrayList<>();

  /** @param threads the number of threads, at least 1 */
  SideBySide(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads " + threads + " < 1");
    }
    this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, task -> {
      Thread t = new Thread(task, "sleepstat-analysis");
      t.setDaemon(true);
      return t;
    });
  }

  /** The part's result, to be had from {@link Part#get()}. */
  <T> Part<T> submit(Callable<T> task) {
    if (pool == null) {
      return new Part<>(null, call(task));
    }
    Future<T> future = pool.submit(task);
    futures.add(future);
    return new Part<>(future, null);
  }

  private static <T> T call(Callable<T> task) {
    try {
      return task.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A submitted part. */
  static final class Part<T> {
    private final Future<T> future;
    private final T value;

    private Part(Future<T> future, T value) {
      this.future = future;
      this.value = value;
    }

    /** Waits for the part and returns its result; rethrows what it threw. */
    T get() {
      if (future == null) {
        return value;
      }
      try {
        return future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while analysing", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) {
          throw r;
        }
        if (cause instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException(cause);
      }
    }
  }

  /** Stops the threads (after a failure, the parts still running are cancelled). */
  @Override
  public void close() {
    if (pool != null) {
      for (Future<?> f : futures) {
        f.cancel(true);
      }
      pool.shutdownNow();
    }
  }
}
