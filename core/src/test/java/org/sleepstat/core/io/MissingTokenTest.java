package org.sleepstat.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MissingTokenTest {
  @ParameterizedTest
  @ValueSource(strings = {"", ".", "NA", "na", "N/A", "n/a", "NaN", "nan", "NAN"})
  void theStandardMissingTokensAreMissingOnBothPaths(String token) {
    assertThat(CellReader.isMissingToken(token)).isTrue();
    assertThat(CellReader.isMissingToken(token.toCharArray(), 0, token.length())).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"naa", "NAA", "n/n", "nna", "na/", "a/n", "n", "nanx", "..", "-"})
  void nearMissesAreNotMissingOnEitherPath(String token) {
    assertThat(CellReader.isMissingToken(token)).isFalse();
    assertThat(CellReader.isMissingToken(token.toCharArray(), 0, token.length())).isFalse();
  }
}
