package org.sleepstat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sleepstat.analysis.PairedResult;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.stats.BoxSummary;
import org.sleepstat.stats.OutsideValues;

/**
 * The summaries the charts draw, read in place from the survey's columns, are the summaries of
 * the values picked out into arrays, to the last bit: same values, same order, same arithmetic.
 */
class ReportSamplesTest {
  private static final Report SAMPLE = Reports.sample();

  /** 12,000 respondents, every sixth changed, a few values missing: more than is drawn. */
  private static final Report LARGE = Reports.ofCsv("large.csv", large());

  private static String large() {
    StringBuilder csv = new StringBuilder("respondent_id,sleep_position,changed_mattress,"
        + "mattress_age_years,pain_morning_pre,pain_morning_post\n");
    String[] positions = {"side", "back", "stomach", "mixed"};
    for (int i = 0; i < 12_000; i++) {
      csv.append('R').append(i).append(',').append(positions[i % 4]).append(',')
          .append(i % 6 == 0 ? "yes" : "no").append(',')
          .append(i % 97 == 0 ? "" : Double.toString(i % 150 / 10.0)).append(',')
          .append(i % 89 == 0 ? "" : Integer.toString(i * 7 % 11)).append(',')
          .append(Integer.toString(i * 5 % 11)).append('\n');
    }
    return csv.toString();
  }

  @Test
  void theChartsDrawTheRespondentsTheAnalysisUsed() {
    for (PairedSample s : SAMPLE.paired()) {
      assertThat(s.before().n()).isEqualTo(s.result().n());
      assertThat(s.change().orElseThrow().n()).isEqualTo(s.result().n());
      assertThat(s.before().mean().getAsDouble()).isEqualTo(s.result().means().pre().getAsDouble(),
          within(1e-12));
    }
    for (PositionSample s : SAMPLE.byPosition()) {
      for (int i = 0; i < s.groups().size(); i++) {
        assertThat(s.groups().get(i).box().median())
            .isEqualTo(s.result().groups().get(i).median());
      }
    }
    assertThat(SAMPLE.mattressAge()).allSatisfy(a ->
        assertThat(a.line().n()).isEqualTo(a.result().n()));
  }

  @Test
  void pairsReadInPlaceAreThePairsPickedOut() {
    for (Report report : List.of(SAMPLE, LARGE)) {
      Survey survey = report.survey();
      LevelColumn changed = survey.levels("changed_mattress").orElseThrow();
      for (PairedSample s : report.paired()) {
        NumberColumn pre = survey.numbers(s.outcome() + "_pre").orElseThrow();
        NumberColumn post = survey.numbers(s.outcome() + "_post").orElseThrow();
        int[] rows = IntStream.range(0, survey.size())
            .filter(i -> changed.text(i).equals("yes") && !pre.isMissing(i)
                && !post.isMissing(i)).toArray();
        PairedSample picked = PairedSample.of(s.result(),
            Arrays.stream(rows).mapToDouble(pre::get).toArray(),
            Arrays.stream(rows).mapToDouble(post::get).toArray(),
            report.responderPoints(s.outcome()));
        assertThat(s).as(s.outcome()).isEqualTo(picked);
      }
    }
  }

  @Test
  void boxesReadInPlaceAreTheBoxesOfTheValuesPickedOut() {
    for (Report report : List.of(SAMPLE, LARGE)) {
      Survey survey = report.survey();
      LevelColumn position = survey.levels("sleep_position").orElseThrow();
      for (PositionSample s : report.byPosition()) {
        NumberColumn y = survey.numbers(s.outcome()).orElseThrow();
        for (PositionSample.Group g : s.groups()) {
          double[] values = IntStream.range(0, survey.size())
              .filter(i -> position.text(i).equals(g.position()) && !y.isMissing(i))
              .mapToDouble(y::get).toArray();
          BoxSummary box = BoxSummary.of(values);
          assertThat(g.box()).as(s.outcome() + " " + g.position()).isEqualTo(box);
          assertThat(g.beyond()).isEqualTo(OutsideValues.of(box, values));
        }
      }
    }
  }

  @Test
  void pointsReadInPlaceAreThePointsPickedOut() {
    for (Report report : List.of(SAMPLE, LARGE)) {
      Survey survey = report.survey();
      NumberColumn age = survey.numbers("mattress_age_years").orElseThrow();
      for (AgeSample s : report.mattressAge()) {
        NumberColumn y = survey.numbers(s.result().outcome()).orElseThrow();
        int[] rows = IntStream.range(0, survey.size())
            .filter(i -> !age.isMissing(i) && !y.isMissing(i)).toArray();
        AgeSample picked = AgeSample.of(s.result(),
            Arrays.stream(rows).mapToDouble(age::get).toArray(),
            Arrays.stream(rows).mapToDouble(y::get).toArray());
        assertThat(s.line()).isEqualTo(picked.line());
        assertThat(s.youngest()).isEqualTo(picked.youngest());
        assertThat(s.oldest()).isEqualTo(picked.oldest());
        assertThat(s.drawn().step()).isEqualTo(picked.drawn().step());
        assertThat(s.drawn().age()).isEqualTo(picked.drawn().age());
        assertThat(s.drawn().outcome()).isEqualTo(picked.drawn().outcome());
      }
    }
  }

  @Test
  void aLargeScatterDrawsEveryKthRespondentInFileOrderAndNoMoreThanTheLimit() {
    AgeSample s = LARGE.mattressAge().get(0);
    int n = s.result().n();
    assertThat(n).isGreaterThan(AgeSample.MAX_POINTS);
    assertThat(s.drawn().step()).isEqualTo((n + AgeSample.MAX_POINTS - 1) / AgeSample.MAX_POINTS);
    assertThat(s.drawn().age()).hasSizeLessThanOrEqualTo(AgeSample.MAX_POINTS)
        .hasSize((n + s.drawn().step() - 1) / s.drawn().step());
    // the same survey gives the same points
    assertThat(Reports.ofCsv("large.csv", large()).mattressAge().get(0).drawn().age())
        .isEqualTo(s.drawn().age());
    assertThat(SAMPLE.mattressAge().get(0).drawn().step()).isEqualTo(1);
  }

  @Test
  void aSampleThatDisagreesWithItsResultIsRefused() {
    PairedResult result = SAMPLE.analysis().paired().get(0);
    assertThatThrownBy(() -> PairedSample.of(result, new double[] {1}, new double[] {2}, 2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("analysis used " + result.n());
  }
}
