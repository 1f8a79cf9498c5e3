package org.sleepstat.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {
  @Test
  void charactersXmlCannotCarryAreReplacedAndTheRestKept() {
    assertThat(Text.safe("a\u0000b\u001Fc\td\ne\rf")).isEqualTo("a\uFFFDb\uFFFDc\td\ne\rf");
    assertThat(Text.safe("x\uD800y")).isEqualTo("x\uFFFDy");
    assertThat(Text.safe("😀 ok")).isEqualTo("😀 ok");
    String plain = "Back pain";
    assertThat(Text.safe(plain)).isSameAs(plain);
  }

  @Test
  void textLongerThanACellHoldsIsCutAndSaysSo() {
    String cut = Text.safe("x".repeat(40_000));
    assertThat(cut).hasSize(SheetWriter.MAX_TEXT).endsWith("characters per cell]");
  }

  @Test
  void widthsEstimateTheShownText() {
    assertThat(Text.displayLength(1234567, CellKind.COUNT)).isEqualTo("1,234,567".length());
    assertThat(Text.displayLength(-2.5, CellKind.NUMBER)).isEqualTo("-2.50".length());
    assertThat(Text.displayLength(1e-30, CellKind.P)).isEqualTo("<0.001".length());
    assertThat(Text.displayLength(0.544, CellKind.SHARE)).isEqualTo("54.4%".length());
    assertThat(Text.displayLength(24.8, CellKind.GENERAL)).isEqualTo(4);
  }
}
