package org.sleepstat.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sleepstat.core.generate.SurveyGenerator.Layout;

class SurveyGeneratorTest {

  /** The schema table of docs/schema.md, written out here independently of the code. */
  private static final List<String> WIDE_HEADER =
      List.of(
          "respondent_id", "age_years", "sex", "bmi", "sleep_position", "mattress_age_years",
          "mattress_firmness", "mattress_type", "pillow_between_knees", "pillow_under_knees",
          "lumbar_roll", "pillow_under_hips", "exercise_days_week", "changed_mattress",
          "weeks_since_change", "new_mattress_firmness", "new_mattress_type", "pain_morning_pre",
          "pain_morning_post", "pain_night_pre", "pain_night_post",
          "sleep_quality_pre", "sleep_quality_post", "pain_duration_weeks", "rf_leg_numbness",
          "rf_weight_loss_fever", "rf_bladder_bowel", "rf_after_injury", "rf_worsening");

  private static final List<String> LONG_HEADER =
      List.of(
          "respondent_id", "wave", "pain_morning", "pain_night", "sleep_quality", "age_years",
          "sex", "bmi", "sleep_position", "mattress_age_years", "mattress_firmness",
          "mattress_type", "pillow_between_knees", "pillow_under_knees", "lumbar_roll",
          "pillow_under_hips", "exercise_days_week", "changed_mattress", "weeks_since_change",
          "new_mattress_firmness", "new_mattress_type", "pain_duration_weeks",
          "rf_leg_numbness", "rf_weight_loss_fever", "rf_bladder_bowel", "rf_after_injury",
          "rf_worsening");

  private static final Set<String> YES_NO = Set.of("yes", "no");
  private static final Map<String, Set<String>> LEVELS =
      Map.of(
          "sex", Set.of("female", "male", "other", "unknown"),
          "sleep_position", Set.of("side", "back", "stomach", "combination"),
          "mattress_firmness", Set.of("soft", "medium", "medium_firm", "firm"),
          "mattress_type",
              Set.of("innerspring", "memory_foam", "latex", "hybrid", "air", "water", "other"),
          "new_mattress_firmness", Set.of("soft", "medium", "medium_firm", "firm"),
          "new_mattress_type",
              Set.of("innerspring", "memory_foam", "latex", "hybrid", "air", "water", "other"),
          "wave", Set.of("pre", "post"));
  private static final Map<String, double[]> INTEGER_RANGES =
      Map.of("age_years", new double[] {16, 110}, "exercise_days_week", new double[] {0, 7});
  private static final Map<String, double[]> DECIMAL_RANGES =
      Map.ofEntries(
          Map.entry("bmi", new double[] {12, 80}),
          Map.entry("mattress_age_years", new double[] {0, 40}),
          Map.entry("weeks_since_change", new double[] {0, 520}),
          Map.entry("pain_morning_pre", new double[] {0, 10}),
          Map.entry("pain_morning_post", new double[] {0, 10}),
          Map.entry("pain_night_pre", new double[] {0, 10}),
          Map.entry("pain_night_post", new double[] {0, 10}),
          Map.entry("sleep_quality_pre", new double[] {0, 10}),
          Map.entry("sleep_quality_post", new double[] {0, 10}),
          Map.entry("pain_morning", new double[] {0, 10}),
          Map.entry("pain_night", new double[] {0, 10}),
          Map.entry("sleep_quality", new double[] {0, 10}),
          Map.entry("pain_duration_weeks", new double[] {0, 2600}));
  private static final Set<String> BOOLEANS =
      Set.of(
          "pillow_between_knees", "pillow_under_knees", "lumbar_roll", "pillow_under_hips",
          "changed_mattress",
          "rf_leg_numbness", "rf_weight_loss_fever", "rf_bladder_bowel", "rf_after_injury",
          "rf_worsening");

  private static final Pattern ID = Pattern.compile("R\\d{7}");
  private static final Pattern INTEGER = Pattern.compile("\\d+");
  /** At most one decimal place and never a trailing ".0". */
  private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.[1-9])?");

  // ---- determinism ----

  @ParameterizedTest
  @EnumSource(Layout.class)
  void sameSeedWritesSameBytes(Layout layout) {
    assertThat(generate(20260401L, layout, 2_000)).isEqualTo(generate(20260401L, layout, 2_000));
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void differentSeedsWriteDifferentBytes(Layout layout) {
    String a = generate(1L, layout, 50);
    String b = generate(2L, layout, 50);
    assertThat(a).isNotEqualTo(b);
    // Not just one differing cell: most data lines differ.
    List<String> linesA = lines(a);
    List<String> linesB = lines(b);
    long differing = 0;
    for (int i = 1; i < linesA.size(); i++) {
      if (!linesA.get(i).equals(linesB.get(i))) {
        differing++;
      }
    }
    assertThat(differing).isGreaterThan((linesA.size() - 1) / 2);
  }

  @ParameterizedTest
  @EnumSource(Layout.class)
  void fewerRowsWriteAPrefixOfMoreRows(Layout layout) {
    assertThat(generate(99L, layout, 1_000)).startsWith(generate(99L, layout, 100));
  }

  @Test
  void withReturnsACopyAndLeavesTheOriginalWide() {
    SurveyGenerator wide = SurveyGenerator.withSeed(5L);
    SurveyGenerator longer = wide.with(Layout.LONG);
    assertThat(longer).isNotSameAs(wide);
    assertThat(lines(write(wide, 3)).get(0)).isEqualTo(String.join(",", WIDE_HEADER));
    assertThat(lines(write(longer, 3)).get(0)).isEqualTo(String.join(",", LONG_HEADER));
  }

  // ---- shape ----

  @Test
  void wideHeaderIsTheSchemaVariablesInTableOrder() {
    assertThat(generate(1L, Layout.WIDE, 0)).isEqualTo(String.join(",", WIDE_HEADER) + "\n");
  }

  @Test
  void longHeaderIsIdWaveOutcomesThenRespondentLevelVariables() {
    assertThat(generate(1L, Layout.LONG, 0)).isEqualTo(String.join(",", LONG_HEADER) + "\n");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 7, 1_234})
  void wideWritesHeaderPlusOneLinePerRespondent(int rows) {
    String text = generate(3L, Layout.WIDE, rows);
    assertThat(text).endsWith("\n").doesNotContain("\r").doesNotContain("\"");
    List<String> lines = lines(text);
    assertThat(lines).hasSize(rows + 1);
    assertThat(lines).allSatisfy(line -> assertThat(cells(line)).hasSize(WIDE_HEADER.size()));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 7, 1_234})
  void longWritesHeaderPlusPreAndPostLinePerRespondent(int rows) {
    String text = generate(3L, Layout.LONG, rows);
    assertThat(text).endsWith("\n").doesNotContain("\r").doesNotContain("\"");
    List<String> lines = lines(text);
    assertThat(lines).hasSize(2 * rows + 1);
    for (int i = 1; i < lines.size(); i += 2) {
      String[] pre = cells(lines.get(i));
      String[] post = cells(lines.get(i + 1));
      assertThat(pre).hasSize(LONG_HEADER.size());
      assertThat(post).hasSize(LONG_HEADER.size());
      assertThat(pre[1]).isEqualTo("pre");
      assertThat(post[1]).isEqualTo("post");
      assertThat(post[0]).isEqualTo(pre[0]);
    }
  }

  @Test
  void idsAreUniqueSequentialAndZeroPaddedToSevenDigits() {
    List<String[]> rows = rows(generate(11L, Layout.WIDE, 5_000));
    Set<String> ids = new HashSet<>();
    for (String[] row : rows) {
      assertThat(row[0]).matches(ID);
      ids.add(row[0]);
    }
    assertThat(ids).hasSize(5_000);
    assertThat(rows.get(0)[0]).isEqualTo("R0000001");
    assertThat(rows.get(4_999)[0]).isEqualTo("R0005000");
  }

  @Test
  void idsWidenOnlyWhenTheRowCountNeedsMoreThanSevenDigits() {
    assertThat(SurveyGenerator.idWidth(0)).isEqualTo(7);
    assertThat(SurveyGenerator.idWidth(9_999_999)).isEqualTo(7);
    assertThat(SurveyGenerator.idWidth(10_000_000)).isEqualTo(8);
    assertThat(SurveyGenerator.idWidth(123_456_789_012L)).isEqualTo(12);
  }

  @Test
  void negativeRowCountIsRejected() {
    assertThatThrownBy(() -> SurveyGenerator.withSeed(1L).write(-1, new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows -1 < 0");
  }

  // ---- values ----

  @ParameterizedTest
  @EnumSource(Layout.class)
  void everyValueIsEmptyOrAValidLevelOrInRange(Layout layout) {
    String text = generate(20260401L, layout, 20_000);
    List<String> header = Arrays.asList(cells(lines(text).get(0)));
    List<String> problems = new ArrayList<>();
    List<String[]> rows = rows(text);
    for (int r = 0; r < rows.size(); r++) {
      String[] row = rows.get(r);
      // A long post row leaves the respondent-level cells, sleep_position among them, blank.
      boolean postRow = layout == Layout.LONG && row[1].equals("post");
      for (int c = 0; c < row.length; c++) {
        if (postRow && row[c].isEmpty()) {
          continue;
        }
        String problem = check(header.get(c), row[c]);
        if (problem != null && problems.size() < 20) {
          problems.add("line " + (r + 2) + ": " + problem);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theValueCheckRejectsWhatTheSchemaForbids() {
    // Guards the check above against passing everything.
    assertThat(check("pain_morning_pre", "11")).isNotNull();
    assertThat(check("pain_morning_pre", "6.0")).isNotNull();
    assertThat(check("pain_morning_pre", "6.55")).isNotNull();
    assertThat(check("bmi", "11.9")).isNotNull();
    assertThat(check("age_years", "40.5")).isNotNull();
    assertThat(check("sleep_position", "hammock")).isNotNull();
    assertThat(check("sleep_position", "")).isNotNull();
    assertThat(check("lumbar_roll", "Y")).isNotNull();
    assertThat(check("mattress_firmness", "medium-firm")).isNotNull();
    assertThat(check("pain_morning_pre", "6.5")).isNull();
    assertThat(check("lumbar_roll", "")).isNull();
  }

  @Test
  void onlyNonRequiredCellsAreMissingAtAboutThreePercent() {
    String text = generate(8L, Layout.WIDE, 20_000);
    List<String> header = Arrays.asList(cells(lines(text).get(0)));
    long blank = 0;
    long cells = 0;
    for (String[] row : rows(text)) {
      assertThat(row[header.indexOf("respondent_id")]).isNotEmpty();
      assertThat(row[header.indexOf("sleep_position")]).isNotEmpty();
      for (int c = 0; c < row.length; c++) {
        String column = header.get(c);
        // weeks_since_change, the new mattress and _post are blank by design for non-changers
        // and drop-outs.
        if (column.equals("respondent_id")
            || column.equals("sleep_position")
            || column.equals("weeks_since_change")
            || column.startsWith("new_mattress_")
            || column.endsWith("_post")) {
          continue;
        }
        cells++;
        if (row[c].isEmpty()) {
          blank++;
        }
      }
    }
    assertThat((double) blank / cells).isBetween(0.02, 0.04);
  }

  @Test
  void weeksSinceChangeIsBlankWhenTheMattressWasNotChanged() {
    String text = generate(12L, Layout.WIDE, 5_000);
    int changed = WIDE_HEADER.indexOf("changed_mattress");
    int weeks = WIDE_HEADER.indexOf("weeks_since_change");
    long noRows = 0;
    long yesWithWeeks = 0;
    for (String[] row : rows(text)) {
      if (row[changed].equals("no")) {
        noRows++;
        assertThat(row[weeks]).as("weeks_since_change of %s", row[0]).isEmpty();
      } else if (row[changed].equals("yes") && !row[weeks].isEmpty()) {
        yesWithWeeks++;
      }
    }
    assertThat(noRows).isPositive();
    assertThat(yesWithWeeks).isPositive();
  }

  @Test
  void aboutFortyFivePercentChangedMattress() {
    int changed = WIDE_HEADER.indexOf("changed_mattress");
    long yes = 0;
    long answered = 0;
    for (String[] row : rows(generate(20260401L, Layout.WIDE, 20_000))) {
      if (!row[changed].isEmpty()) {
        answered++;
        if (row[changed].equals("yes")) {
          yes++;
        }
      }
    }
    assertThat((double) yes / answered).isBetween(0.40, 0.50);
  }

  @Test
  void sleepPositionMixIsMostlySide() {
    int position = WIDE_HEADER.indexOf("sleep_position");
    List<String[]> rows = rows(generate(4L, Layout.WIDE, 20_000));
    assertThat(share(rows, position, "side")).isBetween(0.50, 0.60);
    assertThat(share(rows, position, "back")).isBetween(0.16, 0.24);
    assertThat(share(rows, position, "stomach")).isBetween(0.09, 0.15);
    assertThat(share(rows, position, "combination")).isBetween(0.10, 0.16);
  }

  @Test
  void redFlagsAreRare() {
    List<String[]> rows = rows(generate(6L, Layout.WIDE, 20_000));
    for (String flag :
        List.of(
            "rf_leg_numbness", "rf_weight_loss_fever", "rf_bladder_bowel", "rf_after_injury",
            "rf_worsening")) {
      assertThat(share(rows, WIDE_HEADER.indexOf(flag), "yes")).as(flag).isBetween(0.005, 0.05);
    }
  }

  @Test
  void changersImproveOnAverageMoreThanNonChangers() {
    List<String[]> rows = rows(generate(20260401L, Layout.WIDE, 20_000));
    double changers = meanChange(rows, "yes", "pain_morning");
    double others = meanChange(rows, "no", "pain_morning");
    assertThat(changers).isBetween(-2.5, -1.5);
    assertThat(others).isBetween(-0.5, 0.0);
    assertThat(meanChange(rows, "yes", "pain_night"))
        .isLessThan(meanChange(rows, "no", "pain_night"));
    // Sleep quality moves the other way.
    assertThat(meanChange(rows, "yes", "sleep_quality")).isGreaterThan(0.5);
  }

  @Test
  void baselinePainIsHigherForStomachSleepersAndOlderMattresses() {
    List<String[]> rows = rows(generate(21L, Layout.WIDE, 20_000));
    int pain = WIDE_HEADER.indexOf("pain_morning_pre");
    int position = WIDE_HEADER.indexOf("sleep_position");
    int age = WIDE_HEADER.indexOf("mattress_age_years");
    double stomach = mean(rows, pain, row -> row[position].equals("stomach"));
    double side = mean(rows, pain, row -> row[position].equals("side"));
    double old = mean(rows, pain, row -> !row[age].isEmpty() && Double.parseDouble(row[age]) >= 9);
    double young = mean(rows, pain, row -> !row[age].isEmpty() && Double.parseDouble(row[age]) < 3);
    assertThat(stomach - side).isGreaterThan(0.7);
    assertThat(old - young).isGreaterThan(0.8);
  }

  @Test
  void someButNotAllPainScoresHaveADecimal() {
    int pain = WIDE_HEADER.indexOf("pain_morning_pre");
    List<String[]> rows = rows(generate(13L, Layout.WIDE, 5_000));
    long withDecimal = rows.stream().filter(r -> r[pain].contains(".")).count();
    assertThat((double) withDecimal / rows.size()).isBetween(0.15, 0.40);
  }

  @Test
  void longPostRowsLeaveRespondentLevelValuesBlank() {
    List<String[]> rows = rows(generate(14L, Layout.LONG, 2_000));
    for (String[] row : rows) {
      if (row[1].equals("post")) {
        for (int c = 5; c < row.length; c++) {
          assertThat(row[c]).as("%s post %s", row[0], LONG_HEADER.get(c)).isEmpty();
        }
      } else {
        assertThat(row[LONG_HEADER.indexOf("sleep_position")]).isNotEmpty();
      }
    }
  }

  @Test
  void longLayoutHoldsTheSameRespondentsAsWide() {
    List<String[]> wide = rows(generate(15L, Layout.WIDE, 300));
    List<String[]> longRows = rows(generate(15L, Layout.LONG, 300));
    for (int i = 0; i < wide.size(); i++) {
      String[] w = wide.get(i);
      String[] pre = longRows.get(2 * i);
      String[] post = longRows.get(2 * i + 1);
      for (int c = 0; c < LONG_HEADER.size(); c++) {
        String column = LONG_HEADER.get(c);
        if (column.equals("wave")) {
          continue;
        }
        int wideIndex = WIDE_HEADER.indexOf(column);
        if (wideIndex < 0) { // an outcome: pre and post come from the _pre and _post columns
          assertThat(pre[c]).isEqualTo(w[WIDE_HEADER.indexOf(column + "_pre")]);
          assertThat(post[c]).isEqualTo(w[WIDE_HEADER.indexOf(column + "_post")]);
        } else {
          assertThat(pre[c]).as("%s %s", w[0], column).isEqualTo(w[wideIndex]);
        }
      }
    }
  }

  // ---- helpers ----

  /** Null when {@code value} is valid for {@code column}, else what is wrong. */
  private static String check(String column, String value) {
    String where = column + "=\"" + value + "\"";
    if (column.equals("respondent_id")) {
      return ID.matcher(value).matches() ? null : where;
    }
    if (value.isEmpty()) {
      boolean required = column.equals("sleep_position") || column.equals("wave");
      return required ? where + " is required" : null;
    }
    if (LEVELS.containsKey(column)) {
      return LEVELS.get(column).contains(value) ? null : where + " is not a level";
    }
    if (BOOLEANS.contains(column)) {
      return YES_NO.contains(value) ? null : where + " is not yes/no";
    }
    double[] range = INTEGER_RANGES.get(column);
    Pattern pattern = INTEGER;
    if (range == null) {
      range = DECIMAL_RANGES.get(column);
      pattern = DECIMAL;
    }
    if (range == null) {
      return column + " is not in the schema";
    }
    if (!pattern.matcher(value).matches()) {
      return where + " is not written as " + pattern;
    }
    double x = Double.parseDouble(value);
    return x >= range[0] && x <= range[1] ? null : where + " is out of range";
  }

  private static double meanChange(List<String[]> rows, String changed, String outcome) {
    int group = WIDE_HEADER.indexOf("changed_mattress");
    int pre = WIDE_HEADER.indexOf(outcome + "_pre");
    int post = WIDE_HEADER.indexOf(outcome + "_post");
    double sum = 0;
    long n = 0;
    for (String[] row : rows) {
      if (row[group].equals(changed) && !row[pre].isEmpty() && !row[post].isEmpty()) {
        sum += Double.parseDouble(row[post]) - Double.parseDouble(row[pre]);
        n++;
      }
    }
    assertThat(n).isGreaterThan(1_000);
    return sum / n;
  }

  private static double mean(List<String[]> rows, int column, Predicate<String[]> keep) {
    double sum = 0;
    long n = 0;
    for (String[] row : rows) {
      if (keep.test(row) && !row[column].isEmpty()) {
        sum += Double.parseDouble(row[column]);
        n++;
      }
    }
    assertThat(n).isGreaterThan(100);
    return sum / n;
  }

  private static double share(List<String[]> rows, int column, String value) {
    return (double) rows.stream().filter(r -> r[column].equals(value)).count() / rows.size();
  }

  private static String generate(long seed, Layout layout, long rows) {
    return write(SurveyGenerator.withSeed(seed).with(layout), rows);
  }

  private static String write(SurveyGenerator generator, long rows) {
    StringWriter out = new StringWriter();
    try {
      generator.write(rows, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The lines of {@code text}, which ends with a line end. */
  private static List<String> lines(String text) {
    assertThat(text).endsWith("\n");
    return Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1));
  }

  /** Cells of one line; the generator never quotes, so a plain split is exact. */
  private static String[] cells(String line) {
    return line.split(",", -1);
  }

  /** The data rows (header dropped), split into cells. */
  private static List<String[]> rows(String text) {
    List<String> lines = lines(text);
    List<String[]> rows = new ArrayList<>(lines.size());
    for (String line : lines.subList(1, lines.size())) {
      rows.add(cells(line));
    }
    return rows;
  }
}
