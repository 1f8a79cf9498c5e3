package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameSimilarityTest {
  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource({
      // one letter missing of 15 (header keys, without underscores)
      "pain_morning_pst, pain_morning_post, 0.9333",
      // two letters swapped count as one edit
      "pain_morning_psot, pain_morning_post, 0.9333",
      // the common prefix painmorning, 11 of 16 letters
      "pain_morning_after, pain_morning_post, 0.6875",
      // three letters for seven, 5 edits of 15 letters
      "new_mattress, changed_mattress, 0.6667",
      // the word mattress, 8 of 15 letters
      "mattress_new, changed_mattress, 0.5333",
      "mattress, changed_mattress, 0.5333",
      // the same words in another order, one of them written in camel case
      "mattressChanged, changed_mattress, 1.0",
      // case, spaces and hyphens do not count
      "Changed Mattress, changed_mattress, 1.0",
  })
  void documentedPairsScoreAsDocumented(String column, String variable, double expected) {
    assertThat(NameSimilarity.score(column, variable)).isCloseTo(expected, within(1e-4));
    assertThat(NameSimilarity.related(NameSimilarity.score(column, variable))).isTrue();
  }

  @ParameterizedTest(name = "{0} !~ {1}")
  @CsvSource({
      "new, changed_mattress",
      "switched, changed_mattress",
      "pillow_between_knees, new_mattress",
      // a shared word of four letters in a long name is not enough
      "pain_medication_days, pain_morning_post",
      "age, sex",
      "days_walked, pain_morning_post",
  })
  void namesThatShareLittleAreNotRelated(String column, String variable) {
    assertThat(NameSimilarity.related(NameSimilarity.score(column, variable))).isFalse();
  }

  @Test
  void theDistanceCountsInsertionsDeletionsSubstitutionsAndSwaps() {
    assertThat(NameSimilarity.distance("post", "pst")).isEqualTo(1);
    assertThat(NameSimilarity.distance("post", "psot")).isEqualTo(1);
    assertThat(NameSimilarity.distance("post", "most")).isEqualTo(1);
    assertThat(NameSimilarity.distance("post", "posts")).isEqualTo(1);
    assertThat(NameSimilarity.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(NameSimilarity.distance("", "abc")).isEqualTo(3);
  }

  @Test
  void wordsSplitAtSeparatorsAndCamelCase() {
    assertThat(NameSimilarity.words("newMattress-type_2 x"))
        .containsExactly("new", "mattress", "type", "2", "x");
    assertThat(NameSimilarity.words("PAIN")).containsExactly("pain");
  }
}
