package org.sleepstat.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class XmlBytesTest {
  @Test
  void wholeNumbersAreWrittenAsLongToStringWritesThemOnBothSidesOfTheIntRange()
      throws IOException {
    List<Long> values = new ArrayList<>(List.of(0L, 1L, 9L, 10L, 99L, 100L, -1L, -10L,
        (long) Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, Integer.MAX_VALUE - 1L,
        (long) Integer.MIN_VALUE, Integer.MIN_VALUE - 1L, 999_999_999L, 1_000_000_000L,
        9_999_999_999L, 999_999_999_999_999L, Long.MAX_VALUE, Long.MIN_VALUE,
        Long.MIN_VALUE + 1));
    SplittableRandom random = new SplittableRandom(16);
    for (int i = 0; i < 2000; i++) {
      // every magnitude, from one digit to nineteen
      values.add(random.nextLong() >> random.nextInt(64));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XmlBytes x = new XmlBytes(out);
    StringBuilder expected = new StringBuilder();
    for (long v : values) {
      x.number(v).markup(" ");
      expected.append(v).append(' ');
    }
    x.flush();

    assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo(expected.toString());
  }
}
