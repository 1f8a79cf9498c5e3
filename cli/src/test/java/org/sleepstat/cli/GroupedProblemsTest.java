package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate's text groups problems alike by variable and value; --json keeps every one. */
class GroupedProblemsTest {
  @TempDir Path dir;

  /**
   * 250 data rows on lines 2..251: every fifth row (lines 6, 11, 16, …) has "ja" for the boolean
   * changed_mattress, the other 200 "Seitenlage" for sleep_position.
   */
  private Path germanExport() throws IOException {
    StringBuilder csv = new StringBuilder(
        "respondent_id,sleep_position,changed_mattress,pain_morning_pre,pain_morning_post\n");
    for (int i = 1; i <= 250; i++) {
      boolean ja = i % 5 == 0;
      csv.append("R").append(i).append(',').append(ja ? "side" : "Seitenlage").append(',')
          .append(ja ? "ja" : "no").append(",5,4\n");
    }
    Path file = dir.resolve("german.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void repeatedBadValuesAreOneLineEachWithCountAndFirstLines() throws IOException {
    Path file = germanExport();
    CliRunner.Run run = CliRunner.run("validate", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("rows        250 read: 0 accepted, 250 rejected\n")
        .contains("\n250 problems:\n"
            + file + ":2:2: sleep_position: \"Seitenlage\" in 200 rows: lines 2, 3, 4, 5, 7, …"
            + " (is not one of side, back, stomach, combination; rows rejected)\n"
            + file + ":6:3: changed_mattress: \"ja\" in 50 rows: lines 6, 11, 16, 21, 26, …"
            + " (is not yes or no; rows rejected)\n"
            + "250 problems in 2 groups of the same variable, value and rule;"
            + " sleepstat validate --json lists each one\n");
    assertThat(run.out().lines().filter(l -> l.startsWith(file.toString() + ":"))).hasSize(2);
  }

  @Test
  void jsonStillListsEveryProblem() throws IOException {
    Path file = germanExport();
    CliRunner.Run run = CliRunner.run("validate", "--json", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(count("\"value\": \"Seitenlage\"", run.out())).isEqualTo(200);
    assertThat(count("\"value\": \"ja\"", run.out())).isEqualTo(50);
    assertThat(count("\"rule\": \"unknown_level\"", run.out())).isEqualTo(250);
    assertThat(count("\"respondent_id\": \"R", run.out())).isEqualTo(250);
    assertThat(run.out()).contains("\"line\": 250,\n      \"column\": 2",
        "\"line\": 251,\n      \"column\": 3");
  }

  @Test
  void thousandsAreSeparatedAndOnlyFiveLinesAreListed() throws IOException {
    StringBuilder csv = new StringBuilder("respondent_id,sleep_position\n");
    for (int i = 1; i <= 1234; i++) {
      csv.append("R").append(i).append(",Seitenlage\n");
    }
    Path file = dir.resolve("many.csv");
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    CliRunner.Run run = CliRunner.run("validate", file.toString());

    assertThat(run.out()).contains("\n1,234 problems:\n" + file + ":2:2: sleep_position:"
        + " \"Seitenlage\" in 1,234 rows: lines 2, 3, 4, 5, 6, … (is not one of")
        .contains("1,234 problems in 1 group of the same variable, value and rule;");
  }

  @Test
  void twoProblemsAlikeAreGroupedWithoutAnEllipsis() throws IOException {
    Path file = dir.resolve("two.csv");
    Files.writeString(file, "respondent_id,sleep_position,pain_morning_pre\nA,hammock,3\n"
        + "B,side,11\nC,hammock,4\n", StandardCharsets.UTF_8);
    CliRunner.Run run = CliRunner.run("validate", file.toString());

    assertThat(run.out()).contains("3 problems:\n"
        + file + ":2:2: sleep_position: \"hammock\" in 2 rows: lines 2, 4 (is not one of side,"
        + " back, stomach, combination; rows rejected)\n"
        + file + ":3:3: pain_morning_pre: \"11\" is above the maximum 10 (row rejected)\n"
        + "3 problems in 2 groups");
  }

  @Test
  void aMessageThatDoesNotStartWithTheValueFollowsTheCount() throws IOException {
    Path file = dir.resolve("dups.csv");
    Files.writeString(file, "respondent_id,sleep_position\nA,side\nA,back\nA,side\n",
        StandardCharsets.UTF_8);
    CliRunner.Run run = CliRunner.run("validate", file.toString());

    assertThat(run.out()).contains(file + ":3:1: respondent_id: in 2 rows: lines 3, 4"
        + " (duplicate respondent id \"A\" (also on line 2); rows rejected)\n");
  }

  @Test
  void lenientGroupsSayTheValuesWereSetMissing() throws IOException {
    Path file = dir.resolve("lenient.csv");
    Files.writeString(file, "respondent_id,sleep_position,changed_mattress\nA,side,ja\n"
        + "B,back,ja\n", StandardCharsets.UTF_8);
    CliRunner.Run run = CliRunner.run("validate", "--lenient", file.toString());

    assertThat(run.out()).contains(file + ":2:3: changed_mattress: \"ja\" in 2 rows: lines 2, 3"
        + " (is not yes or no; set missing)\n");
  }

  @Test
  void problemsNotAlikeKeepTheirOwnLinesAndNoSummary() {
    Path file = CliRunner.resource(dir, "mixed.csv");
    CliRunner.Run run = CliRunner.run("validate", file.toString());

    assertThat(run.out()).contains("4 problems:\n")
        .doesNotContain("groups").doesNotContain(" rows: lines ");
  }

  private static int count(String needle, String text) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
