package org.sleepstat.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A variable built in code is checked as one read from a codebook. */
class VariableTest {
  private static Variable position(Map<String, String> spellings) {
    return new Variable("pos", VariableType.CATEGORY, false, Role.RESPONDENT, null, null,
        List.of("side", "back"), spellings, Set.of(), "");
  }

  @Test
  void spellingsThatReadTheSameButNameTwoLevelsAreRefusedWhateverTheirOrder() {
    Map<String, String> spellings = new LinkedHashMap<>();
    spellings.put("back sleeper", "back");
    spellings.put("Back-Sleeper", "side");
    assertThatThrownBy(() -> position(spellings)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pos: spelling \"Back-Sleeper\" names level \"side\", but spelling \"back"
            + " sleeper\" names \"back\" and they read the same (matching ignores case and spaces,"
            + " hyphens and underscores between words)");
  }

  @Test
  void spellingsAreKeptInTheOrderGiven() {
    Map<String, String> spellings = new LinkedHashMap<>();
    for (String s : List.of("z", "y", "x", "w", "v", "u", "t", "s", "r", "q", "p")) {
      spellings.put(s, "side");
    }
    assertThat(position(spellings).spellings().keySet())
        .containsExactly("z", "y", "x", "w", "v", "u", "t", "s", "r", "q", "p");
  }
}
