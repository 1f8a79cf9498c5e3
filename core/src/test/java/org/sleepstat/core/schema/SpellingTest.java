package org.sleepstat.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The normal form of category spellings: it may forgive case and separators, never a sign. */
class SpellingTest {
  @Test
  void caseAndSeparatorsBetweenWordsAreIgnored() {
    assertThat(Spelling.categoryKey("Medium-firm")).isEqualTo("medium_firm");
    assertThat(Spelling.categoryKey(" MEDIUM _ FIRM ")).isEqualTo("medium_firm");
    assertThat(Spelling.categoryKey("medium firm")).isEqualTo("medium_firm");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "1-", "_1_", "- 1", "1 _", "--1", "+1"})
  void aSignOrMarkAroundACodeIsKept(String raw) {
    assertThat(Spelling.categoryKey(raw)).isNotEqualTo("1");
  }

  @Test
  void marksAroundAWordAreKeptToo() {
    assertThat(Spelling.categoryKey("--yes--")).isNotEqualTo("yes");
    assertThat(Spelling.categoryKey("_no")).isNotEqualTo("no");
    assertThat(Spelling.categoryKey("-1")).isNotEqualTo(Spelling.categoryKey("1-"));
  }

  @Test
  void aBooleanReadsMinusOneAsNoLevel() {
    Variable flag = new Variable("flag", VariableType.BOOLEAN, false, Role.RESPONDENT, null, null,
        java.util.List.of(), java.util.Map.of(), java.util.Set.of(), "");
    assertThat(flag.levelCode("1")).isEqualTo(1);
    assertThat(flag.levelCode(" Yes ")).isEqualTo(1);
    for (String raw : new String[] {"-1", "1-", "_1_", "- 1", "--yes--", "-0"}) {
      assertThat(flag.levelCode(raw)).as(raw).isEqualTo(-1);
    }
  }
}
