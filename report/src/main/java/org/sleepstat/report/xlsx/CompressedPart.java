package org.sleepstat.report.xlsx;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * One part of the workbook's file (a sheet's XML) made and compressed on threads of its own,
 * from the moment it is created, while the rest of the workbook is built; when the file is
 * written, the compressed bytes are copied into it as they are. The Data sheet of a million rows
 * takes seconds to make and compress, which the other sheets' time then covers. Compressed into a
 * temporary file, not memory, and deleted once copied or discarded.
 */
final class CompressedPart {
  private final Path file;
  private final Thread worker;
  private final CRC32 crc = new CRC32();
  private long size;
  private Throwable failure;

  /** Starts making {@code xml} and compressing it at {@code level}. */
  CompressedPart(ReportWorkbook.XmlSource xml, int level) throws IOException {
    file = Files.createTempFile("sleepstat-part-", ".deflate");
    worker = new Thread(() -> {
      Deflater deflater = new Deflater(level, true);
      try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
          DeflaterOutputStream z = new DeflaterOutputStream(raw, deflater, 1 << 16)) {
        Pipe.copy(xml, new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            crc.update(b, off, len);
            size += len;
            z.write(b, off, len);
          }
        });
      } catch (Throwable e) {
        failure = e;
      } finally {
        deflater.end();
      }
    }, "sleepstat-compress");
    worker.setDaemon(true);
    worker.start();
  }

  /** Waits for the part, then adds it to {@code zip} as the entry {@code name}. */
  void addTo(ZipWriter zip, String name) throws IOException {
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while compressing " + name);
    }
    Pipe.rethrow(failure);
    try (InputStream in = Files.newInputStream(file)) {
      zip.rawEntry(name, crc.getValue(), size, in);
    }
  }

  /** Stops the work if it still runs and deletes the temporary file. */
  void discard() {
    worker.interrupt();
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }
}
