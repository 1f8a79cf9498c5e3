package org.sleepstat.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ByteScanTest {
  @Test
  void highBitsCountsTheBytesWithTheirHighBitSetForEveryMaskOfEightBytes() {
    for (int bits = 0; bits < 256; bits++) {
      long mask = 0;
      for (int b = 0; b < 8; b++) {
        if ((bits & (1 << b)) != 0) {
          mask |= 0x80L << (8 * b);
        }
      }
      assertThat(ByteScan.highBits(mask)).as("mask %x", mask).isEqualTo(Long.bitCount(mask));
    }
  }

  @Test
  void countsLineBreaksAndQuotesAndJudgesUtf8AsAByteByByteScanWould() throws Exception {
    Random random = new Random(3);
    // with the bytes beside the scan's word tests: space, '!', '"', '#' and DEL
    byte[] alphabet = "ab,\"\n\r \t1!#;.\u007f".getBytes(StandardCharsets.US_ASCII);
    byte[] multi = "é€😀".getBytes(StandardCharsets.UTF_8);
    for (int t = 0; t < 500; t++) {
      byte[] bytes = new byte[random.nextInt(200)];
      for (int i = 0; i < bytes.length; i++) {
        int r = random.nextInt(30);
        bytes[i] = r < 20 ? (byte) 'x' : r < 28 ? alphabet[random.nextInt(alphabet.length)]
            : multi[random.nextInt(multi.length)];
      }
      ByteScan.Result scan = ByteScan.scan(new ByteArrayInputStream(bytes));
      long lf = 0;
      long cr = 0;
      long quotes = 0;
      for (byte b : bytes) {
        lf += b == '\n' ? 1 : 0;
        cr += b == '\r' ? 1 : 0;
        quotes += b == '"' ? 1 : 0;
      }
      if (bytes.length == 0) {
        continue;
      }
      assertThat(scan.lineBreaks()).isEqualTo(Math.max(lf, cr));
      assertThat(scan.oddQuotes()).isEqualTo(quotes % 2 == 1);
      assertThat(scan.encoding() == Encoding.UTF8).isEqualTo(isUtf8(bytes));
    }
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
