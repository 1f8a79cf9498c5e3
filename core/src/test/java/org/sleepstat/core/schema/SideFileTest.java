package org.sleepstat.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sleepstat.core.io.ColumnMap;
import org.sleepstat.core.io.SurveyFileException;

/**
 * A codebook, data dictionary or column map that is no small text file is refused before it is
 * read whole, with one line naming it.
 */
class SideFileTest {
  @TempDir Path dir;

  @Test
  void aDeviceIsRefusedBeforeItIsRead() {
    Path zero = Path.of("/dev/zero");
    String reason = "is not a regular file (a device, a pipe or a socket?); a ";
    assertThatThrownBy(() -> CodebookReader.read(zero)).isInstanceOf(CodebookException.class)
        .hasMessage("/dev/zero: " + reason + "codebook must be a CSV file");
    assertThatThrownBy(() -> RedcapDictionary.read(zero)).isInstanceOf(CodebookException.class)
        .hasMessage("/dev/zero: " + reason + "data dictionary must be a CSV file");
    assertThatThrownBy(() -> ColumnMap.read(zero)).isInstanceOf(SurveyFileException.class)
        .hasMessage("/dev/zero: " + reason + "column map must be a CSV file");
  }

  @Test
  void aPipeIsRefusedRatherThanWaitedOn() throws Exception {
    Path fifo = dir.resolve("map.fifo");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(p.waitFor()).isZero();
    assertThatThrownBy(() -> ColumnMap.read(fifo)).isInstanceOf(SurveyFileException.class)
        .hasMessage(fifo + ": is not a regular file (a device, a pipe or a socket?); a column map"
            + " must be a CSV file");
  }

  @Test
  void aFileFarLargerThanAnySideFileIsRefused() throws IOException {
    Path big = dir.resolve("big.csv");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(SideFile.LIMIT + 1L);
    }
    assertThatThrownBy(() -> CodebookReader.read(big)).isInstanceOf(CodebookException.class)
        .hasMessage(big + ": is larger than 16 MB, far larger than any codebook; is it the right"
            + " file?");
  }

  @Test
  void binaryAndUtf16ContentAreRefused() throws IOException {
    Path binary = Files.write(dir.resolve("bin.csv"), new byte[] {'n', 'a', 0, 1, 2});
    assertThatThrownBy(() -> RedcapDictionary.read(binary))
        .isInstanceOf(CodebookException.class)
        .hasMessage(binary + ": holds binary data, not text; a data dictionary must be a CSV"
            + " file");
    Path utf16 = Files.write(dir.resolve("u16.csv"), "\uFEFFcolumn,variable\n"
        .getBytes(StandardCharsets.UTF_16LE));
    assertThatThrownBy(() -> ColumnMap.read(utf16)).isInstanceOf(SurveyFileException.class)
        .hasMessage(utf16 + ": is UTF-16 text; save the column map as UTF-8 CSV and try again");
  }

  @Test
  void aSmallTextFileIsReadAsItIs() throws Exception {
    Path map = Files.writeString(dir.resolve("map.csv"), "column,variable\nID,respondent_id\n");
    assertThat(SideFile.read(map, "column map", "column map"))
        .isEqualTo(Files.readAllBytes(map));
  }
}
