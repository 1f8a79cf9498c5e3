package org.sleepstat.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ByteScanCountsTest {
  private static final byte[] ALPHABET = {'a', 'Z', '0', ',', ';', '"', '"', '\n', '\r', '\t',
      ' ', '!', '#', '\u007f', '.'};

  @Test
  void quotesAndLineBreaksAreCountedByteByByteAtEveryAlignment() throws IOException {
    Random random = new Random(7);
    for (int trial = 0; trial < 2000; trial++) {
      byte[] bytes = new byte[1 + random.nextInt(70)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = ALPHABET[random.nextInt(ALPHABET.length)];
      }
      long quotes = 0;
      long lf = 0;
      long cr = 0;
      for (byte b : bytes) {
        quotes += b == '"' ? 1 : 0;
        lf += b == '\n' ? 1 : 0;
        cr += b == '\r' ? 1 : 0;
      }
      ByteScan.Result r = ByteScan.scan(new ByteArrayInputStream(bytes));
      assertThat(r.oddQuotes()).as("trial %d", trial).isEqualTo((quotes & 1) == 1);
      assertThat(r.lineBreaks()).as("trial %d", trial).isEqualTo(Math.max(lf, cr));
    }
  }
}
