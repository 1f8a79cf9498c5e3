package org.sleepstat.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sleepstat.core.generate.SurveyGenerator.Layout;

/** Multi-wave long surveys: order, drop-out, missed waves, the course of the change. */
class GeneratedWavesTest {
  private static final List<String> FOUR = List.of("baseline", "week 2", "week 4", "week 12");

  private static String write(SurveyGenerator g, long rows) {
    StringWriter out = new StringWriter();
    try {
      g.write(rows, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String four(long seed, long rows) {
    return write(SurveyGenerator.withSeed(seed).with(Layout.LONG).withWaves(FOUR), rows);
  }

  /** Per respondent, per wave label, the row's cells. */
  private static Map<String, Map<String, String[]>> byRespondent(String csv) {
    Map<String, Map<String, String[]>> out = new LinkedHashMap<>();
    String[] lines = csv.split("\n");
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split(",", -1);
      out.computeIfAbsent(cells[0], k -> new LinkedHashMap<>()).put(cells[1], cells);
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "WIDE, db50dd262986e81ad4731df2cb1bd823152eb44ff12ebcc32ac998ef47646f27",
    "LONG, 9ef45e71aad77b82b69c235cfb32ba322db8125656514cbe29902dcc5681d9f8",
  })
  void twoWavesWriteTheBytesTheyWroteBeforeMoreWavesExisted(Layout layout, String sha256)
      throws Exception {
    // SHA-256 of seed 5, 3000 respondents, written by the generator before --waves
    String csv = write(SurveyGenerator.withSeed(5).with(layout), 3000);
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(csv.getBytes(StandardCharsets.US_ASCII)))).isEqualTo(sha256);
  }

  @Test
  void sameSeedSameBytesAndTheFirstAndLastWavesAreTheTwoWaveValues() {
    String csv = four(11, 3000);
    assertThat(four(11, 3000)).isEqualTo(csv);
    assertThat(four(11, 3000)).startsWith(four(11, 100).substring(0, 2000));
    Map<String, Map<String, String[]>> many = byRespondent(csv);
    Map<String, Map<String, String[]>> two = byRespondent(
        write(SurveyGenerator.withSeed(11).with(Layout.LONG), 3000));
    many.forEach((id, waves) -> {
      assertThat(waves.get("baseline")).as(id)
          .containsExactly(replaceWave(two.get(id).get("pre"), "baseline"));
      if (waves.containsKey("week 12")) {
        assertThat(waves.get("week 12")).as(id)
            .containsExactly(replaceWave(two.get(id).get("post"), "week 12"));
      }
    });
  }

  private static String[] replaceWave(String[] cells, String wave) {
    String[] copy = cells.clone();
    copy[1] = wave;
    return copy;
  }

  @Test
  void dropOutIsMonotoneAndSomeWavesInBetweenAreMissed() {
    Map<String, Map<String, String[]>> r = byRespondent(four(3, 20_000));
    int dropped = 0;
    int skipped = 0;
    for (Map<String, String[]> waves : r.values()) {
      List<String> order = new ArrayList<>(waves.keySet());
      assertThat(order.get(0)).isEqualTo("baseline");
      assertThat(FOUR).containsSubsequence(order);
      if (!waves.containsKey("week 12")) {
        dropped++;
      } else if (order.size() < 4) {
        skipped++;
      }
    }
    // leaving at 4% per later wave, plus the two-wave model's 5% at the last
    assertThat(dropped / 20_000.0).isBetween(0.13, 0.20);
    assertThat(skipped / 20_000.0).isBetween(0.05, 0.12);
  }

  @Test
  void changersPainFallsMostlyByWeekFourAndNonChangersBarelyMoves() {
    Map<String, Map<String, String[]>> r = byRespondent(four(4, 20_000));
    int changed = 17; // changed_mattress, after the five outcome and id columns
    double[][] sums = new double[2][4];
    int[][] counts = new int[2][4];
    for (Map<String, String[]> waves : r.values()) {
      String group = waves.get("baseline")[changed];
      if (group.isEmpty()) {
        continue;
      }
      int g = group.equals("yes") ? 1 : 0;
      for (int w = 0; w < 4; w++) {
        String[] row = waves.get(FOUR.get(w));
        if (row != null && !row[2].isEmpty()) {
          sums[g][w] += Double.parseDouble(row[2]);
          counts[g][w]++;
        }
      }
    }
    double[][] mean = new double[2][4];
    for (int g = 0; g < 2; g++) {
      for (int w = 0; w < 4; w++) {
        mean[g][w] = sums[g][w] / counts[g][w];
      }
    }
    double changerFall = mean[1][0] - mean[1][3];
    assertThat(changerFall).isBetween(1.5, 2.5);
    assertThat((mean[1][0] - mean[1][2]) / changerFall).isBetween(0.7, 1.0);
    assertThat(mean[0][0] - mean[0][3]).isBetween(-0.1, 0.5);
  }

  @Test
  void wavesOutOfTimeOrderOrUnwritableAreRefused() {
    SurveyGenerator g = SurveyGenerator.withSeed(1).with(Layout.LONG);
    assertThatThrownBy(() -> g.withWaves(List.of("baseline", "week 4", "week 2")))
        .hasMessage("waves: list them in time order, as sleepstat reads them back: baseline,"
            + " week 2, week 4");
    assertThatThrownBy(() -> g.withWaves(List.of("baseline", "week \"2\"", "week 4")))
        .hasMessageContaining("is not a label to write");
    assertThatThrownBy(() -> g.withWaves(List.of("baseline")))
        .hasMessage("waves: give two or more labels, not 1");
  }

  @Test
  void twoLabelsRenameThePreAndPostRows() {
    String csv = write(SurveyGenerator.withSeed(2).with(Layout.LONG)
        .withWaves(List.of("baseline", "week 6")), 3);
    assertThat(csv.replace(",baseline,", ",pre,").replace(",week 6,", ",post,"))
        .isEqualTo(write(SurveyGenerator.withSeed(2).with(Layout.LONG), 3));
  }
}
