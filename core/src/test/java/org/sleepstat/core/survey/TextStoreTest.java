package org.sleepstat.core.survey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextStoreTest {
  @Test
  void textsReadBackWithAnyCharsAndCompareByContent() {
    TextStore store = new TextStore(1);
    String[] texts = {"R0000001", "", "Müller-ß", "患者 7", "😀 emoji", "x"};
    for (String t : texts) {
      store.add(t);
    }
    assertThat(store.size()).isEqualTo(texts.length);
    for (int i = 0; i < texts.length; i++) {
      assertThat(store.get(i)).isEqualTo(texts[i]);
      assertThat(store.isEmpty(i)).isEqualTo(texts[i].isEmpty());
      assertThat(store.hash(i)).isEqualTo(texts[i].hashCode());
      char[] chars = ("<" + texts[i] + ">").toCharArray();
      assertThat(store.equals(i, chars, 1, chars.length - 1)).isTrue();
      assertThat(store.equals(i, chars, 0, chars.length - 1)).isFalse();
    }
  }
}
