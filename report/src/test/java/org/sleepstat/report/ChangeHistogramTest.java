package org.sleepstat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sleepstat.core.schema.Direction;

class ChangeHistogramTest {
  @Test
  void aChangeOfExactlyTheThresholdIsInAResponderBinWhenLowerIsBetter() {
    ChangeHistogram h = ChangeHistogram.of(new double[] {-3, -2, -2, -1, 0, 1},
        Direction.LOWER_IS_BETTER, 2);
    assertThat(h.threshold()).isEqualTo(-2);
    assertThat(h.width()).isEqualTo(1);
    assertThat(h.responders()).isEqualTo(3);
    assertThat(h.n()).isEqualTo(6);
    ChangeHistogram.Bin edge = h.bins().stream().filter(b -> b.to() == -2).findFirst()
        .orElseThrow();
    assertThat(edge.responders()).isTrue();
    assertThat(edge.count()).isEqualTo(2);
    ChangeHistogram.Bin above = h.bins().stream().filter(b -> b.from() == -2).findFirst()
        .orElseThrow();
    assertThat(above.responders()).isFalse();
    assertThat(above.count()).isEqualTo(1);
  }

  @Test
  void aChangeOfExactlyTheThresholdIsInAResponderBinWhenHigherIsBetter() {
    ChangeHistogram h = ChangeHistogram.of(new double[] {-1, 0, 1, 2, 3},
        Direction.HIGHER_IS_BETTER, 2);
    assertThat(h.threshold()).isEqualTo(2);
    assertThat(h.responders()).isEqualTo(2);
    assertThat(h.bins().stream().filter(b -> b.from() == 2).findFirst().orElseThrow()
        .responders()).isTrue();
  }

  @Test
  void binaryArithmeticJustShortOfTheThresholdStillCountsAsTheAnalysisCountsIt() {
    double change = 2.1 - 4.1; // -1.9999999999999996
    assertThat(change).isGreaterThan(-2);
    ChangeHistogram h = ChangeHistogram.of(new double[] {change, 0}, Direction.LOWER_IS_BETTER,
        2);
    assertThat(h.responders()).isEqualTo(1);
  }

  @Test
  void binsAreContiguousOfOneWidthAndResponderBinsLieOnOneSide() {
    double[] change = {-4.3, -3.1, -2.0, -1.9, -0.4, 0.0, 0.2, 1.7, 2.5, -6.2, -2.05};
    ChangeHistogram h = ChangeHistogram.of(change, Direction.LOWER_IS_BETTER, 2);
    List<ChangeHistogram.Bin> bins = h.bins();
    for (int i = 1; i < bins.size(); i++) {
      assertThat(bins.get(i).from()).isEqualTo(bins.get(i - 1).to(),
          within(1e-12));
      assertThat(bins.get(i).to() - bins.get(i).from()).isCloseTo(h.width(),
          within(1e-12));
      assertThat(bins.get(i).responders() && !bins.get(i - 1).responders()).isFalse();
    }
    assertThat(h.n()).isEqualTo(change.length);
    assertThat(h.responders()).isEqualTo(5);
  }

  @Test
  void widthAimsForSturgesBinCountWithARoundNumber() {
    // range 10, n = 149: ceiling(log2(149) + 1) = 9 bins; 10 / 9 is nearest to 1
    assertThat(ChangeHistogram.width(10, 149)).isEqualTo(1);
    // range 100, n = 1000: 11 bins, width near 9.1: 10
    assertThat(ChangeHistogram.width(100, 1000)).isEqualTo(10);
    assertThat(ChangeHistogram.width(0, 5)).isEqualTo(1);
  }

  @Test
  void responderBinsOfTheSampleHoldTheAnalysisResponders() {
    for (PairedSample s : Reports.sample().paired()) {
      ChangeHistogram h = s.change().orElseThrow();
      assertThat(h.responders()).as(s.outcome()).isEqualTo(s.result().absolute().count());
      assertThat(h.n()).as(s.outcome()).isEqualTo(s.result().n());
    }
  }
}
