package org.sleepstat.report.charts;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sleepstat.report.ChartFormat;
import org.sleepstat.report.OutputFiles;
import org.sleepstat.report.WorkerFailure;

/**
 * Writes charts as files: PNG at a chosen dpi (drawn at dpi / 72 times the chart's size, as
 * XChart's BitmapEncoder draws it, and encoded by {@link PngEncoder}), SVG through XChart's
 * vector encoder and PDF through {@link PdfEncoder} (a fixed document ID). Charts are drawn in
 * parallel, one chart per task, so each file is the same bytes whichever thread drew it. Each file
 * is written under a temporary name and moved into place, so a failure leaves no half-written
 * chart. Needs {@code java.awt.headless=true} on a server.
 */
public final class ChartFiles {
  /** The dpi whose drawing, halved, is the workbook's picture: 2x. */
  private static final int PICTURE_DPI = 144;
  /** Bytes of bitmap per drawing above which charts are drawn one at a time. */
  private static final long PARALLEL_BITMAP_BYTES = 64L << 20;

  private ChartFiles() {}

  /**
   * Writes every chart in every format into {@code dir} as {@code <name>.<extension>}.
   *
   * @return the files written, chart by chart, in the formats' order
   */
  public static List<Path> write(List<ReportChart> charts, Path dir, Set<ChartFormat> formats,
      int dpi) throws IOException {
    Files.createDirectories(dir);
    List<Callable<List<Path>>> tasks = new ArrayList<>();
    for (ReportChart chart : charts) {
      tasks.add(() -> write(chart, dir, formats, dpi));
    }
    List<Path> written = new ArrayList<>();
    for (List<Path> files : run(tasks, threads(charts, formats, dpi))) {
      written.addAll(files);
    }
    return written;
  }

  /** The chart as a PNG at XChart's own size (1600 × 900), for embedding in the workbook. */
  public static byte[] png(ReportChart chart) {
    return chart.picture();
  }

  /** The chart as a PNG at {@code dpi}. */
  static byte[] png(ReportChart chart, int dpi) {
    return PngEncoder.encode(ChartImages.draw(chart.chart(), dpi / 72.0), dpi);
  }

  private static List<Path> write(ReportChart chart, Path dir, Set<ChartFormat> formats,
      int dpi) throws IOException {
    List<Path> written = new ArrayList<>();
    for (ChartFormat format : formats) {
      Path target = dir.resolve(chart.name() + "." + format.extension());
      OutputFiles.writeAtomically(target, out -> write(chart, format, dpi, out));
      written.add(target);
    }
    return written;
  }

  private static void write(ReportChart chart, ChartFormat format, int dpi, OutputStream out)
      throws IOException {
    switch (format) {
      case PNG -> {
        BufferedImage image = ChartImages.draw(chart.chart(), dpi / 72.0);
        if (dpi == PICTURE_DPI) {
          chart.keepPicture(image);
        }
        out.write(PngEncoder.encode(image, dpi));
      }
      case SVG -> VectorText.svg(chart.chart(), out);
      case PDF -> PdfEncoder.write(chart.chart(), chart.name(), out);
      default -> throw new IllegalArgumentException("format " + format);
    }
  }

  /**
   * As many threads as processors, but one when the bitmaps are so large (a high dpi) that two
   * at a time could exhaust the heap.
   */
  private static int threads(List<ReportChart> charts, Set<ChartFormat> formats, int dpi) {
    double scale = dpi / 72.0;
    long bitmap = formats.contains(ChartFormat.PNG) ? (long) (ChartLook.WIDTH * scale)
        * (long) (ChartLook.HEIGHT * scale) * Integer.BYTES : 0;
    int processors = Runtime.getRuntime().availableProcessors();
    return bitmap > PARALLEL_BITMAP_BYTES ? 1 : Math.max(1, Math.min(processors,
        charts.size()));
  }

  /** Runs the tasks on {@code threads} threads; their results in the tasks' order. */
  private static <T> List<T> run(List<Callable<T>> tasks, int threads) throws IOException {
    List<T> results = new ArrayList<>();
    if (threads <= 1) {
      for (Callable<T> task : tasks) {
        results.add(call(task));
      }
      return results;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "sleepstat-charts");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(pool.submit(task));
      }
      for (Future<T> f : futures) {
        results.add(await(f));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T call(Callable<T> task) throws IOException {
    try {
      return task.call();
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T await(Future<T> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while drawing the charts", e);
    } catch (ExecutionException e) {
      WorkerFailure.rethrow(e.getCause());
      throw new IllegalStateException(e); // an ExecutionException always has a cause
    }
  }
}
