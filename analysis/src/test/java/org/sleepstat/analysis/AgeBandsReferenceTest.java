package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sleepstat.stats.Reference;

/**
 * Baseline outcomes by mattress age band, compared with R: every row of
 * models/agebands-expected.tsv, written by {@code Rscript agebands.R} (R 4.2.2). R: band =
 * cut(age, c(0, 6, 8, 10, Inf), right = FALSE); length, mean, sd and median of y per band.
 */
class AgeBandsReferenceTest {
  static Stream<Arguments> rows() {
    return Reference.arguments("models", "agebands-expected.tsv", "agebands.R");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void bandStatisticsEqualR(Reference.Row row) {
    AgeBandResult r = AgeBands.analyze(ReferenceSurveys.survey("models", row.dataset())).stream()
        .filter(b -> b.outcome().equals(row.outcome())).findFirst()
        .orElseThrow(() -> new AssertionError(row + ": no result; " + row.reproduce()));
    if (row.group().isEmpty()) {
      Reference.assertMatchesR(row, switch (row.key()) {
        case "n" -> r.n();
        default -> throw new IllegalArgumentException("unknown key " + row.key());
      });
      return;
    }
    AgeBand band = r.bands().stream().filter(b -> b.band().equals(row.group())).findFirst()
        .orElseThrow(() -> new AssertionError(row + ": no band; " + row.reproduce()));
    Reference.assertMatchesR(row, switch (row.key()) {
      case "n" -> band.n();
      case "mean" -> band.mean();
      case "sd" -> band.sd();
      case "median" -> band.median();
      default -> throw new IllegalArgumentException("unknown key " + row.key());
    });
  }

  @Test
  void everyBandIsReportedInOrderEvenWhenEmpty() {
    AgeBandResult r = AgeBands.compute("y", new double[] {1, 10}, new double[] {4, 6});
    assertThat(r.bands()).extracting(AgeBand::band)
        .containsExactly("[0,6)", "[6,8)", "[8,10)", "[10,Inf)");
    assertThat(r.bands()).extracting(AgeBand::n).containsExactly(1, 0, 0, 1);
    assertThat(r.bands().get(1).mean().reason()).contains("no respondents");
  }

  @Test
  void theTrendScoresBandsByTheirPlaceInThePlanNotAmongThoseFilled() {
    // bands 1 and 4 filled: R's lm(y ~ as.integer(band)) has slope (6 - 4) / (4 - 1), not 2
    AgeBandTrend t = AgeBands.compute("y", new double[] {1, 10}, new double[] {4, 6}).trend();
    assertThat(t.bandsPresent()).isEqualTo(2);
    assertThat(t.slope().getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(t.df().getAsDouble()).isZero();
    assertThat(t.se().isDefined()).isFalse();
  }

  @Test
  void bandEdgesBelongToTheUpperBand() {
    AgeBandResult r = AgeBands.compute("y", new double[] {0, 6, 8, 10, 5.999, 9.999},
        new double[] {1, 2, 3, 4, 5, 6});
    assertThat(r.bands()).extracting(AgeBand::n).containsExactly(2, 1, 2, 1);
    assertThat(r.bands().get(3).toYears()).isInfinite();
  }

  @Test
  void negativeAgesFallInNoBand() {
    AgeBandResult r = AgeBands.compute("y", new double[] {-1, 1}, new double[] {4, 6});
    assertThat(r.n()).isEqualTo(1);
  }

  @Test
  void surveyWithoutMattressAgeHasNoBands() {
    assertThat(AgeBands.analyze(Surveys.of("respondent_id,sleep_position,pain_morning_pre\n"
        + "a,side,3\nb,back,4\n"))).isEqualTo(List.of());
  }
}
