package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sleepstat.analysis.SampleDescription.LevelCount;
import org.sleepstat.analysis.SampleDescription.LevelSummary;
import org.sleepstat.analysis.SampleDescription.NumberSummary;
import org.sleepstat.analysis.SampleDescription.Summary;
import org.sleepstat.analysis.SampleDescription.Table1;
import org.sleepstat.analysis.SampleDescription.Table1Row;
import org.sleepstat.core.io.ByteSource;
import org.sleepstat.core.io.ImportResult;
import org.sleepstat.core.io.SurveyImporter;
import org.sleepstat.stats.Stat;

class SampleDescriptionTest {
  private static final String DIR = "/reference/table1/";
  private static Table1 table;

  @BeforeAll
  static void describeTheReferenceSurvey() throws Exception {
    try (InputStream in = SampleDescriptionTest.class.getResourceAsStream(DIR + "survey.csv")) {
      ImportResult r = SurveyImporter.withDefaults()
          .read(ByteSource.ofBytes("survey.csv", in.readAllBytes()));
      assertThat(r.counts().rejected()).isZero();
      table = SampleDescription.describe(r.survey());
    }
  }

  /** Rows of table1-expected.tsv, written by table1.R. */
  static Stream<Arguments> rReference() throws IOException {
    List<Arguments> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        SampleDescriptionTest.class.getResourceAsStream(DIR + "table1-expected.tsv"),
        StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.startsWith("#") && !line.startsWith("group\t")) {
          String[] f = line.split("\t");
          rows.add(Arguments.of(f[0], f[1], f[2], f[3], f[4]));
        }
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("rReference")
  void equalsR(String group, String variable, String key, String expected, String rCall) {
    Summary s = summary(group, variable);
    String why = group + ", " + variable + ": R " + rCall
        + " (rerun: cd analysis/src/test/resources/reference/table1 && Rscript table1.R)";
    Object actual = switch (key) {
      case "n" -> s.n();
      case "missing" -> s.missing();
      default -> key.contains(":") ? level((LevelSummary) s, key) : number((NumberSummary) s, key);
    };
    if (expected.equals("NA")) {
      assertThat(((Stat) actual).isDefined()).as(why).isFalse();
    } else if (actual instanceof Integer count) {
      assertThat(count).as(why).isEqualTo(Integer.parseInt(expected));
    } else {
      double want = Double.parseDouble(expected);
      assertThat(((Stat) actual).getAsDouble()).as(why)
          .isCloseTo(want, within(Math.max(1e-9 * Math.abs(want), 1e-15)));
    }
  }

  private static Object level(LevelSummary s, String key) {
    String[] parts = key.split(":");
    LevelCount c = s.levels().stream().filter(l -> l.level().equals(parts[1])).findFirst()
        .orElseThrow();
    return parts[0].equals("count") ? (Object) c.count() : c.percent();
  }

  private static Stat number(NumberSummary s, String key) {
    return switch (key) {
      case "mean" -> s.mean();
      case "sd" -> s.sd();
      case "median" -> s.median();
      case "q1" -> s.q1();
      case "q3" -> s.q3();
      default -> throw new IllegalArgumentException(key);
    };
  }

  private static Summary summary(String group, String variable) {
    int g = table.groups().indexOf(group);
    assertThat(g).as("group %s", group).isNotNegative();
    Table1Row row = table.rows().stream().filter(r -> r.variable().equals(variable)).findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + variable));
    return row.summaries().get(g);
  }

  @Test
  void describesEveryVariableButTheIdInCodebookOrder() {
    assertThat(table.groups()).containsExactly("overall", "changed_mattress = yes",
        "changed_mattress = no");
    assertThat(table.rows()).extracting(Table1Row::variable)
        .startsWith("age_years", "sex", "bmi", "sleep_position")
        .doesNotContain("respondent_id")
        .hasSize(25);
  }

  @Test
  void respondentsWithoutChangedMattressCountOverallOnly() {
    Table1Row position = table.rows().stream()
        .filter(r -> r.variable().equals("sleep_position")).findFirst().orElseThrow();
    int overall = position.summaries().get(0).n();
    int byArm = position.summaries().get(1).n() + position.summaries().get(2).n();
    Table1Row changed = table.rows().stream()
        .filter(r -> r.variable().equals("changed_mattress")).findFirst().orElseThrow();
    assertThat(overall - byArm).isEqualTo(changed.summaries().get(0).missing()).isPositive();
  }
}
