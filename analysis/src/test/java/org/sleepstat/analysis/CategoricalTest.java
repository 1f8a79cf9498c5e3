package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.stats.ContingencyTable;

/**
 * Behaviour of the categorical tests beyond the R reference values (CategoricalReferenceTest):
 * how tables are built from vectors and surveys, what is dropped and said, and the limits.
 */
class CategoricalTest {
  private static final List<String> ABC = List.of("a", "b", "c");
  private static final List<String> NO_YES = List.of("no", "yes");

  @Test
  void vectorsWithMissingCodesAreCountedAndLeftOut() {
    CategoricalResult r = Categorical.test("x", ABC, new int[] {0, 1, 2, -1, 0, 1},
        "y", NO_YES, new int[] {0, 1, 1, 1, -1, 0});
    assertThat(r.n()).isEqualTo(4);
    assertThat(r.excludedMissing()).isEqualTo(2);
    assertThat(r.table().count(1, 0)).isEqualTo(1);
  }

  @Test
  void levelsNobodyHasAreDroppedAndNamed() {
    CategoricalResult r = Categorical.test("x", ABC, new int[] {0, 0, 2, 2, 0, 2},
        "y", NO_YES, new int[] {0, 1, 1, 1, 0, 0});
    assertThat(r.table().rowLevels()).containsExactly("a", "c");
    assertThat(r.notes()).contains("x: no respondents with b (level dropped)");
    assertThat(r.fisher().oddsRatio().isDefined()).isTrue(); // now a 2 x 2 table
  }

  @Test
  void oneLevelOnASideMakesBothTestsUndefinedWithTheReason() {
    CategoricalResult r = Categorical.test(ContingencyTable.of(new int[][] {{5, 3}}));
    assertThat(r.chiSquare().statistic().reason()).contains("at least 2 levels");
    assertThat(r.fisher().p().isDefined()).isFalse();
  }

  @Test
  void anEmptyTableIsUndefinedNotAnException() {
    CategoricalResult r = Categorical.test(ContingencyTable.of(new int[][] {{0, 0}, {0, 0}}));
    assertThat(r.n()).isZero();
    assertThat(r.chiSquare().p().reason()).isEqualTo("no respondents with both values");
  }

  @Test
  void yatesIsAppliedOnlyToTwoByTwoTables() {
    assertThat(Categorical.test(ContingencyTable.of(new int[][] {{8, 2}, {3, 7}}))
        .chiSquare().yatesCorrected()).isTrue();
    assertThat(Categorical.test(ContingencyTable.of(new int[][] {{8, 2}, {3, 7}, {4, 4}}))
        .chiSquare().yatesCorrected()).isFalse();
  }

  @Test
  void smallExpectedCountsGiveRsWarningAsANote() {
    CategoricalResult r = Categorical.test(ContingencyTable.of(new int[][] {{3, 1}, {1, 3}}));
    assertThat(r.chiSquare().warning()).hasValueSatisfying(
        w -> assertThat(w).startsWith("Chi-squared approximation may be incorrect: 4 of 4"));
    assertThat(r.notes()).contains(r.chiSquare().warning().orElseThrow());
    CategoricalResult large =
        Categorical.test(ContingencyTable.of(new int[][] {{30, 10}, {10, 30}}));
    assertThat(large.chiSquare().warning()).isEmpty();
  }

  @Test
  void largerTablesHaveNoOddsRatio() {
    CategoricalResult r =
        Categorical.test(ContingencyTable.of(new int[][] {{3, 1}, {1, 3}, {2, 2}}));
    assertThat(r.fisher().oddsRatio().reason()).contains("2 x 2 tables only");
    assertThat(r.fisher().p().isDefined()).isTrue();
  }

  @Test
  void tablesBeyondTheEnumerationLimitGiveAnUndefinedPValueWithTheReason() {
    int[][] huge = new int[6][5];
    for (int[] row : huge) {
      java.util.Arrays.fill(row, 2000);
    }
    CategoricalResult r = Categorical.test(ContingencyTable.of(huge));
    assertThat(r.fisher().p().reason()).contains("enumeration limit").contains("simulate.p.value");
    assertThat(r.chiSquare().p().isDefined()).isTrue();
  }

  @Test
  void theSurveyTablesUseCodebookLevelsAndTheThresholds() {
    Survey s = Surveys.of("respondent_id,sleep_position,changed_mattress,pain_morning_pre,"
        + "pain_morning_post\n"
        + "a,side,yes,4,2\nb,side,no,3.9,3\nc,back,yes,6,4.1\nd,back,no,2,\ne,stomach,yes,,1\n");
    CategoricalResult position = Categorical.positionByMorningPain(s).orElseThrow();
    assertThat(position.name()).isEqualTo("sleep_position x pain_morning_pre >= 4");
    assertThat(position.table().rowLevels()).containsExactly("side", "back");
    assertThat(position.table().counts()).isEqualTo(new int[][] {{1, 1}, {1, 1}});
    assertThat(position.excludedMissing()).isEqualTo(1);
    CategoricalResult responder = Categorical.changedByResponder(s).orElseThrow();
    // a: 4 -> 2 responds; c: 6 -> 4.1 does not; b does not; d and e have one value
    assertThat(responder.table().counts()).isEqualTo(new int[][] {{1, 0}, {1, 1}});
    assertThat(Categorical.changedByResponder(s, 1.9).orElseThrow().table().counts())
        .isEqualTo(new int[][] {{1, 0}, {0, 2}});
  }

  @Test
  void aDecimalChangeOfExactlyTwoPointsIsAResponder() {
    Survey s = Surveys.of("respondent_id,sleep_position,changed_mattress,pain_morning_pre,"
        + "pain_morning_post\na,side,yes,4.1,2.1\nb,side,no,5,5\n");
    assertThat(Categorical.changedByResponder(s).orElseThrow().table().count(1, 1))
        .isEqualTo(1);
  }

  @Test
  void surveysWithoutTheColumnsHaveNoTables() {
    Survey s = Surveys.of("respondent_id,sleep_position\na,side\nb,back\n");
    assertThat(Categorical.analyze(s)).isEmpty();
  }

  @Test
  void badInputIsRejected() {
    assertThatThrownBy(() -> Categorical.test("x", ABC, new int[] {3}, "y", NO_YES,
        new int[] {0})).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("range");
    assertThatThrownBy(() -> ContingencyTable.of(new int[][] {{1, -1}, {2, 2}}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    assertThatThrownBy(() -> Categorical.changedByResponder(
        Surveys.of("respondent_id,sleep_position\na,side\n"), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theTableIsACopy() {
    int[][] counts = {{1, 2}, {3, 4}};
    ContingencyTable t = ContingencyTable.of(counts);
    counts[0][0] = 99;
    t.counts()[0][1] = 99;
    assertThat(t.counts()).isEqualTo(new int[][] {{1, 2}, {3, 4}});
    assertThat(t).isEqualTo(ContingencyTable.of(new int[][] {{1, 2}, {3, 4}}));
  }
}
