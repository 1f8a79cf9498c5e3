package org.sleepstat.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input read in one pass (standard input, a named pipe) and files that change while they are
 * read: the checksum and size reported are those of the bytes analysed, or the import fails.
 */
class ChangingAndStreamedInputTest {
  private static final String SURVEY = "respondent_id,sleep_position\nr1,side\nr2,back\n";

  @TempDir Path dir;

  /** A source whose content is {@code first} on the first open and {@code later} after. */
  private static ByteSource changing(String first, String later) {
    AtomicInteger opens = new AtomicInteger();
    return new ByteSource() {
      @Override
      public String name() {
        return "changing.csv";
      }

      @Override
      public InputStream open() {
        String text = opens.getAndIncrement() == 0 ? first : later;
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
      }
    };
  }

  @Test
  void aFileThatGrowsBetweenTheScanAndTheParseIsRefused() {
    ByteSource source = changing(SURVEY, SURVEY + "r3,stomach\n");
    assertThatThrownBy(() -> SurveyImporter.withDefaults().read(source))
        .isInstanceOf(SurveyFileException.class)
        .hasMessage("changing.csv: the file changed while it was read (its size or content"
            + " differed between two readings); read it again once nothing writes to it");
  }

  @Test
  void aFileWhoseBytesChangeAtTheSameSizeIsRefused() {
    ByteSource source = changing(SURVEY, SURVEY.replace("r2,back", "r2,side"));
    assertThatThrownBy(() -> SurveyImporter.withDefaults().read(source))
        .isInstanceOf(SurveyFileException.class)
        .hasMessageContaining("the file changed while it was read");
  }

  @Test
  void aStreamIsReadOnceAndItsChecksumDescribesItsBytes() throws Exception {
    byte[] bytes = SURVEY.getBytes(StandardCharsets.UTF_8);
    AtomicInteger opens = new AtomicInteger();
    InputStream once = new ByteArrayInputStream(bytes) {
      @Override
      public void close() {
        opens.incrementAndGet();
      }
    };
    ImportResult r = SurveyImporter.withDefaults()
        .read(ByteSource.ofStream("(standard input)", once));
    assertThat(r.file()).isEqualTo("(standard input)");
    assertThat(r.counts().rows()).isEqualTo(2);
    assertThat(r.counts().accepted()).isEqualTo(2);
    assertThat(r.provenance().sizeBytes()).isEqualTo(bytes.length);
    assertThat(r.provenance().sha256()).isEqualTo(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
  }

  @Test
  void anEmptyStreamIsAnEmptyFile() {
    InputStream empty = new ByteArrayInputStream(new byte[0]);
    assertThatThrownBy(() -> SurveyImporter.withDefaults()
        .read(ByteSource.ofStream("(standard input)", empty)))
        .isInstanceOf(SurveyFileException.class)
        .hasMessage("(standard input): the file is empty");
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void aNamedPipeIsReadInOnePassWithoutHanging() throws Exception {
    Path fifo = dir.resolve("survey.csv");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    Thread writer = new Thread(() -> {
      try (OutputStream out = Files.newOutputStream(fifo)) {
        out.write(SURVEY.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    writer.setDaemon(true);
    writer.start();
    ImportResult r = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> SurveyImporter.withDefaults().read(fifo));
    assertThat(r.counts().rows()).isEqualTo(2);
    assertThat(r.counts().accepted()).isEqualTo(2);
    assertThat(r.provenance().sizeBytes()).isEqualTo(SURVEY.length());
  }
}
