package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.schema.Direction;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.stats.ChiSquare;
import org.sleepstat.stats.ChiSquareResult;
import org.sleepstat.stats.ContingencyTable;
import org.sleepstat.stats.FisherExact2x2;
import org.sleepstat.stats.FisherExactRxC;
import org.sleepstat.stats.FisherResult;
import org.sleepstat.stats.Stat;

/**
 * Tests of independence of two categorical variables, equal to R's {@code chisq.test(x, y)}
 * (Yates' continuity correction on 2 × 2 tables, R's default) and {@code fisher.test(x, y)}
 * (conditional odds ratio and interval on 2 × 2 tables; on larger tables the exact p-value by
 * enumeration). Levels nobody has are dropped first, as {@code chisq.test} does; with fewer than
 * two levels left on a side both tests are undefined (R stops). Two survey tables are built in:
 * sleep position × morning pain ≥ 4, and changed mattress × responder.
 *
 * <pre>{@code
 * CategoricalResult r = Categorical.test(ContingencyTable.of(new int[][] {{3, 1}, {1, 3}}));
 * Optional<CategoricalResult> p = Categorical.positionByMorningPain(survey);
 * }</pre>
 */
public final class Categorical {
  /** A responder improves morning pain by at least this many points (change ≤ −2). */
  public static final double DEFAULT_RESPONDER_CHANGE = 2;

  /** As the paired analysis: a decimal change of exactly the threshold counts (2.1 − 4.1). */
  private static final double RESPONDER_SLACK = 1e-9;
  private static final List<String> NO_YES = List.of(StudyDesign.NO, StudyDesign.YES);

  private Categorical() {}

  /** Both survey tables of the built-in plan that the survey has the columns for. */
  public static List<CategoricalResult> analyze(Survey survey) {
    StudyDesign design = StudyDesign.of(survey.codebook());
    List<CategoricalResult> out = new ArrayList<>();
    positionByPrimary(survey, design).ifPresent(out::add);
    groupByResponder(survey, design).ifPresent(out::add);
    return out;
  }

  /**
   * sleep_position × (pain_morning_pre ≥ 4) [no, yes], over respondents with both values; empty
   * when the survey lacks either column.
   */
  public static Optional<CategoricalResult> positionByMorningPain(Survey survey) {
    return positionByPrimary(survey, StudyDesign.of(survey.codebook()));
  }

  /**
   * The design's position × (primary outcome before ≥ its {@code high_at}) [no, yes], over
   * respondents with both values; empty when the design has no position, no primary outcome
   * with a {@code high_at}, or the survey lacks either column.
   */
  public static Optional<CategoricalResult> positionByPrimary(Survey survey,
      StudyDesign design) {
    Optional<LevelColumn> position = design.position().flatMap(v -> survey.levels(v.name()));
    Optional<StudyDesign.Outcome> primary = design.primary();
    if (position.isEmpty() || primary.isEmpty() || primary.get().highAt().isEmpty()
        || primary.get().pre() == null) {
      return Optional.empty();
    }
    Optional<NumberColumn> pain = survey.numbers(primary.get().pre().name());
    if (pain.isEmpty()) {
      return Optional.empty();
    }
    double threshold = primary.get().highAt().getAsDouble();
    LevelColumn rows = position.get();
    NumberColumn values = pain.get();
    int[][] counts = new int[rows.levels().size()][2];
    int excluded = 0;
    int size = survey.size();
    for (int i = 0; i < size; i++) {
      int code = rows.code(i);
      double v = values.get(i);
      if (code == LevelColumn.MISSING || Double.isNaN(v)) {
        excluded++;
      } else {
        counts[code][v >= threshold ? 1 : 0]++;
      }
    }
    String column = values.name() + " >= " + plain(threshold);
    return Optional.of(compute(new ContingencyTable(rows.name(), rows.levels(), column, NO_YES,
        counts), excluded));
  }

  /** changed_mattress × responder with the default 2-point responder change. */
  public static Optional<CategoricalResult> changedByResponder(Survey survey) {
    return changedByResponder(survey, DEFAULT_RESPONDER_CHANGE);
  }

  /**
   * changed_mattress × responder [no, yes], responder = pain_morning_post − pain_morning_pre ≤
   * −points, over respondents with changed_mattress and both pain values; empty when the survey
   * lacks one of the three columns.
   *
   * @throws IllegalArgumentException if {@code points} is not finite and positive
   */
  public static Optional<CategoricalResult> changedByResponder(Survey survey, double points) {
    if (!(points > 0) || !Double.isFinite(points)) {
      throw new IllegalArgumentException("responder change " + points + " is not > 0");
    }
    return groupByResponder(survey, SurveyAnalysis.withDefaults().withResponderChange(points)
        .design(survey));
  }

  /**
   * The design's group × responder on the primary outcome [no, yes], a responder improving by
   * at least its responder points (change ≤ −points where lower is better, ≥ points where higher
   * is), over respondents with a group and both values; empty when the design has no group or
   * primary outcome, or the survey lacks one of the three columns.
   */
  public static Optional<CategoricalResult> groupByResponder(Survey survey,
      StudyDesign design) {
    Optional<LevelColumn> changed = design.groupName().flatMap(survey::levels);
    Optional<StudyDesign.Outcome> primary = design.primary();
    if (changed.isEmpty() || primary.isEmpty() || primary.get().pre() == null
        || primary.get().post() == null) {
      return Optional.empty();
    }
    Optional<NumberColumn> pre = survey.numbers(primary.get().pre().name());
    Optional<NumberColumn> post = survey.numbers(primary.get().post().name());
    if (pre.isEmpty() || post.isEmpty()) {
      return Optional.empty();
    }
    double points = primary.get().responder().points();
    boolean lower = primary.get().direction() == Direction.LOWER_IS_BETTER;
    LevelColumn rows = changed.get();
    NumberColumn before = pre.get();
    NumberColumn after = post.get();
    int[][] counts = new int[rows.levels().size()][2];
    int excluded = 0;
    double limit = lower ? -points + RESPONDER_SLACK : points - RESPONDER_SLACK;
    int size = survey.size();
    for (int i = 0; i < size; i++) {
      int code = rows.code(i);
      double change = after.get(i) - before.get(i);
      if (code == LevelColumn.MISSING || Double.isNaN(change)) {
        excluded++;
      } else {
        counts[code][(lower ? change <= limit : change >= limit) ? 1 : 0]++;
      }
    }
    String column = String.format(Locale.ROOT, "responder (%s change %s %s)",
        primary.get().name(), lower ? "<=" : ">=", (lower ? "-" : "") + plain(points));
    return Optional.of(compute(new ContingencyTable(rows.name(), rows.levels(), column, NO_YES,
        counts), excluded));
  }

  /** The tests of two level columns of the same survey, over respondents with both values. */
  public static CategoricalResult test(LevelColumn rows, LevelColumn columns) {
    return test(rows.name(), rows.levels(), rows.toCodes(), columns.name(), columns.levels(),
        columns.toCodes());
  }

  /**
   * The tests of two categorical vectors, as R's {@code chisq.test(x, y)}: pairs with a missing
   * code ({@link LevelColumn#MISSING}) are left out and counted.
   *
   * @param rowCodes per respondent an index into {@code rowLevels}, or −1 when missing
   * @param columnCodes the same for the column variable, same length
   * @throws IllegalArgumentException if the lengths differ or a code is out of range
   */
  public static CategoricalResult test(String rowVariable, List<String> rowLevels, int[] rowCodes,
      String columnVariable, List<String> columnLevels, int[] columnCodes) {
    if (rowCodes.length != columnCodes.length) {
      throw new IllegalArgumentException(
          "lengths differ: " + rowCodes.length + " != " + columnCodes.length);
    }
    int[][] counts = new int[rowLevels.size()][columnLevels.size()];
    int excluded = 0;
    for (int i = 0; i < rowCodes.length; i++) {
      int a = rowCodes[i];
      int b = columnCodes[i];
      if (a < -1 || a >= rowLevels.size() || b < -1 || b >= columnLevels.size()) {
        throw new IllegalArgumentException("code out of range at index " + i + ": " + a + ", " + b);
      }
      if (a == LevelColumn.MISSING || b == LevelColumn.MISSING) {
        excluded++;
      } else {
        counts[a][b]++;
      }
    }
    ContingencyTable table =
        new ContingencyTable(rowVariable, rowLevels, columnVariable, columnLevels, counts);
    return compute(table, excluded);
  }

  /**
   * The tests of a table of counts, as R's {@code chisq.test(tab)} and {@code fisher.test(tab)} on
   * {@code tab[rowSums(tab) > 0, colSums(tab) > 0]} (on a table with an empty row or column R's
   * chi-square would be NaN).
   */
  public static CategoricalResult test(ContingencyTable table) {
    return compute(Objects.requireNonNull(table, "table"), 0);
  }

  private static CategoricalResult compute(ContingencyTable table, int excluded) {
    String name = table.rowVariable() + " x " + table.columnVariable();
    ContingencyTable tested = table.withoutEmptyLevels();
    List<String> notes = new ArrayList<>();
    droppedLevels(table.rowVariable(), table.rowLevels(), tested.rowLevels(), notes);
    droppedLevels(table.columnVariable(), table.columnLevels(), tested.columnLevels(), notes);
    long total = tested.total();
    if (total > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("table total " + total + " exceeds " + Integer.MAX_VALUE);
    }
    int n = (int) total;
    if (tested.rows() < 2 || tested.columns() < 2) {
      String reason = n == 0 ? "no respondents with both values"
          : String.format(Locale.ROOT, "needs at least 2 levels with respondents on each side: "
              + "%s has %d, %s has %d", table.rowVariable(), tested.rows(),
              table.columnVariable(), tested.columns());
      notes.add(reason);
      Stat none = Stat.undefined(reason);
      return new CategoricalResult(name, tested, n, excluded, notes, ChiSquare.undefined(reason),
          new FisherResult(none, none, none, none, "not computed"));
    }
    int[][] counts = tested.counts();
    ChiSquareResult chi = ChiSquare.test(counts);
    chi.warning().ifPresent(notes::add);
    FisherResult fisher = tested.rows() == 2 && tested.columns() == 2
        ? FisherExact2x2.test(counts)
        : FisherExactRxC.test(counts);
    if (!fisher.p().isDefined()) {
      notes.add("Fisher's exact test: " + fisher.p().reason());
    }
    return new CategoricalResult(name, tested, n, excluded, notes, chi, fisher);
  }

  private static void droppedLevels(String variable, List<String> all, List<String> kept,
      List<String> notes) {
    List<String> dropped = new ArrayList<>(all);
    dropped.removeAll(kept);
    if (!dropped.isEmpty()) {
      notes.add(variable + ": no respondents with " + String.join(", ", dropped)
          + " (level dropped)");
    }
  }

  /** A number in a label: "4", "2.5". */
  private static String plain(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
