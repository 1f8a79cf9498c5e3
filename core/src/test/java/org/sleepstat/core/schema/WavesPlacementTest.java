package org.sleepstat.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a long file's wave labels are put in time order, with and without a plan. */
class WavesPlacementTest {
  private static List<String> order(Waves waves, String... labels) {
    return waves.place(List.of(labels)).waves().stream().map(Waves.Placed::label).toList();
  }

  private static List<OptionalDouble> weeks(String... labels) {
    return Waves.builtIn().place(List.of(labels)).waves().stream().map(Waves.Placed::weeks)
        .toList();
  }

  @Test
  void twoWavesAreStillPreAndPostWithTheirSynonyms() {
    Waves.Placement p = Waves.builtIn().place(List.of("t1", "baseline_arm_1", "pre"));
    assertThat(p.repeated()).isFalse();
    assertThat(p.waves()).extracting(Waves.Placed::label).containsExactly("baseline_arm_1", "t1");
    assertThat(p.position(0)).isEqualTo(p.post());
    assertThat(p.position(1)).isEqualTo(p.pre()).isEqualTo(p.position(2));
  }

  @Test
  void baselineFirstThenByTheFirstNumberThenAnUnnumberedFollowUp() {
    assertThat(order(Waves.builtIn(), "follow-up", "week 12", "week 2", "pre", "week 4"))
        .containsExactly("pre", "week 2", "week 4", "week 12", "follow-up");
  }

  @Test
  void redcapEventsAreOrderedWithoutTheirArmNumber() {
    assertThat(order(Waves.builtIn(), "followup_arm_1", "week_2_arm_1", "baseline_arm_1"))
        .containsExactly("baseline_arm_1", "week_2_arm_1", "followup_arm_1");
  }

  @Test
  void aSharedUnitGivesWeeksAndBaselineIsZero() {
    assertThat(weeks("baseline", "day 7", "day 14")).containsExactly(OptionalDouble.of(0),
        OptionalDouble.of(1), OptionalDouble.of(2));
    assertThat(weeks("t0", "t1", "t2")).allSatisfy(w -> assertThat(w).isEmpty());
    assertThat(weeks("baseline", "6 weeks", "week 12", "follow-up")).containsExactly(
        OptionalDouble.of(0), OptionalDouble.of(6), OptionalDouble.of(12), OptionalDouble.empty());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "baseline;mid;week 2|\"mid\" has no number and begins with none of baseline, pre, post, follow",
    "pre;baseline;week 2;week 4|\"pre\" and \"baseline\" both begin with baseline or pre",
    "pre;week 2;post;follow-up|\"post\" and \"follow-up\" both begin with post or follow and have"
        + " no number",
  })
  void labelsThatCannotBeOrderedAreOneErrorNamingTheReason(String labels, String reason) {
    assertThatThrownBy(() -> Waves.builtIn().place(List.of(labels.split(";"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(reason)
        .hasMessageContaining("list them in time order in a study plan (--plan FILE), e.g."
            + " waves: [{name: ");
  }

  @Test
  void aPlanWithThreeWavesOrdersByItsListAndLeavesOtherLabelsOut() {
    Waves plan = new Waves(List.of(new Waves.Wave("b", List.of()),
        new Waves.Wave("a", List.of(), OptionalDouble.of(3)), new Waves.Wave("c", List.of())));
    Waves.Placement p = plan.place(List.of("C", "x", "b", "A"));
    assertThat(p.waves()).extracting(Waves.Placed::label).containsExactly("b", "A", "C");
    assertThat(p.waves().get(1).weeks()).hasValue(3.0);
    assertThat(p.position(1)).isEqualTo(-1);
    assertThat(p.post()).isEqualTo(2);
  }

  @Test
  void aPrimaryFollowUpMustBeALaterWave() {
    List<Waves.Wave> three = List.of(new Waves.Wave("b", List.of()),
        new Waves.Wave("w2", List.of()), new Waves.Wave("w4", List.of()));
    assertThat(new Waves(three, "w2").primaryFollowUpIndex()).isEqualTo(1);
    assertThatThrownBy(() -> new Waves(three, "b"))
        .hasMessage("\"b\" is not one of the follow-up waves (w2, w4)");
  }
}
