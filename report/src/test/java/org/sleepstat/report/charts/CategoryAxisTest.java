package org.sleepstat.report.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CategoryAxisTest {
  private final List<String> labels = List.of("side", "back", "stomach");

  @Test
  void wholePositionsAreNamedAndEveryOtherTickIsInvisible() {
    assertThat(CategoryAxis.label(labels, 1)).isEqualTo("side");
    assertThat(CategoryAxis.label(labels, 3.0000000000001)).isEqualTo("stomach");
    assertThat(CategoryAxis.isInvisible(CategoryAxis.label(labels, 1.5))).isTrue();
    assertThat(CategoryAxis.isInvisible(CategoryAxis.label(labels, 0))).isTrue();
    assertThat(CategoryAxis.isInvisible(CategoryAxis.label(labels, 4))).isTrue();
  }

  @Test
  void ticksAQuarterApartGetDifferentLabelsSoXChartKeepsTheStep() {
    // XChart widens the tick step until all labels differ: equal invisible labels would push
    // it past one category
    List<String> ticks = new ArrayList<>();
    for (double x = -2; x <= 20; x += 0.25) {
      ticks.add(CategoryAxis.label(labels, x));
    }
    Set<String> distinct = new HashSet<>(ticks);
    assertThat(distinct).hasSameSizeAs(ticks);
    assertThat(ticks).filteredOn(CategoryAxis::isInvisible)
        .allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(4));
  }
}
