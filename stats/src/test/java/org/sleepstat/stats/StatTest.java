package org.sleepstat.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatTest {

  @Test
  void definedHasValueAndNoReason() {
    Stat s = Stat.of(1.5);
    assertThat(s.isDefined()).isTrue();
    assertThat(s.value()).isEqualTo(1.5);
    assertThat(s.reason()).isNull();
    assertThat(s.getAsDouble()).isEqualTo(1.5);
    assertThat(s.toOptional()).hasValue(1.5);
  }

  @Test
  void undefinedHasReasonAndNoValue() {
    Stat s = Stat.undefined("n = 1: needs at least 2 pairs");
    assertThat(s.isDefined()).isFalse();
    assertThat(s.value()).isNull();
    assertThat(s.toOptional()).isEmpty();
    assertThat(s).hasToString("NA (n = 1: needs at least 2 pairs)");
    assertThatThrownBy(s::getAsDouble).isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("n = 1");
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void neverHoldsANonFiniteValue(double v) {
    assertThatThrownBy(() -> Stat.of(v)).isInstanceOf(IllegalArgumentException.class);
    Stat guarded = Stat.finiteOr(v, "not finite");
    assertThat(guarded.isDefined()).isFalse();
    assertThat(guarded.reason()).isEqualTo("not finite");
  }

  @Test
  void finiteOrKeepsAFiniteValue() {
    assertThat(Stat.finiteOr(-0.25, "unused")).isEqualTo(Stat.of(-0.25));
  }

  @Test
  void exactlyOneOfValueAndReason() {
    assertThatThrownBy(() -> new Stat(null, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Stat(1.0, "why")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Stat.undefined(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Stat.undefined(null)).isInstanceOf(NullPointerException.class);
  }
}
