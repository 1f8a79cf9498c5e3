package org.sleepstat.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdClaimsTest {
  @Test
  void aSecondClaimGetsTheLineOfTheFirstAlsoAfterTheTableGrew() {
    IdClaims claims = new IdClaims(1);
    for (int i = 0; i < 10_000; i++) {
      assertThat(claims.claim("id" + i, i + 2)).isZero();
    }
    for (int i = 0; i < 10_000; i += 97) {
      assertThat(claims.claim("id" + i, 20_000)).isEqualTo(i + 2);
    }
    char[] padded = " id42 ".toCharArray();
    assertThat(claims.claim(padded, 1, 5, 30_000)).isEqualTo(44);
    assertThat(claims.claim("id42x", 30_001)).isZero();
  }
}
