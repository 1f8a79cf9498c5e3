package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.schema.VariableType;
import org.sleepstat.core.survey.Column;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.stats.Stat;
import org.sleepstat.stats.Tally;

/**
 * The sample description ("Table 1"): every codebook variable the survey has, overall and by
 * {@code changed_mattress} (yes, no). Numbers get n, missing n, mean (sd) and median [IQR];
 * categories, ordinals and booleans get counts and percentages of the respondents who answered
 * (the denominator is n, stated beside the percentages). Respondents whose changed_mattress is
 * missing count in "overall" only.
 */
public final class SampleDescription {
  /** The column groups: overall, then changed_mattress = yes and = no when the survey has it. */
  public record Table1(List<String> groups, List<Table1Row> rows) {
    public Table1 {
      groups = List.copyOf(groups);
      rows = List.copyOf(rows);
    }
  }

  /**
   * One variable across the groups.
   *
   * @param variable the codebook variable's name
   * @param label its description
   * @param type its type
   * @param summaries one per group, in the order of {@link Table1#groups()}
   */
  public record Table1Row(String variable, String label, VariableType type,
      List<Summary> summaries) {
    public Table1Row {
      Objects.requireNonNull(variable, "variable");
      summaries = List.copyOf(summaries);
    }
  }

  /** The summary of one variable in one group. */
  public sealed interface Summary permits NumberSummary, LevelSummary {
    /** Respondents with a value. */
    int n();

    /** Respondents without a value. */
    int missing();
  }

  /**
   * An integer or decimal variable in one group.
   *
   * @param mean {@code mean(x)}
   * @param sd {@code sd(x)}, undefined for n &lt; 2
   * @param median {@code median(x)}
   * @param q1 {@code quantile(x, 0.25)} (type 7)
   * @param q3 {@code quantile(x, 0.75)} (type 7)
   */
  public record NumberSummary(int n, int missing, Stat mean, Stat sd, Stat median, Stat q1,
      Stat q3) implements Summary {}

  /**
   * A category, ordinal or boolean variable in one group: every level, in codebook order.
   *
   * @param levels counts and percentages; the percentages' denominator is {@link #n()}
   */
  public record LevelSummary(int n, int missing, List<LevelCount> levels) implements Summary {
    public LevelSummary {
      levels = List.copyOf(levels);
    }
  }

  /**
   * One level's count.
   *
   * @param percent {@code 100 * count / n}, undefined when no respondent answered
   */
  public record LevelCount(String level, int count, Stat percent) {}

  private SampleDescription() {}

  /**
   * The description of every codebook variable the survey has, except the id: one pass over each
   * column, tallying its values ({@link Tally}) or counting its levels by part of the sample, so no
   * array of values is made. The parts are the respondents with changed_mattress = yes, = no, and
   * neither (missing); a group is the union of its parts, overall of all three.
   */
  public static Table1 describe(Survey survey) {
    return describe(survey, StudyDesign.of(survey.codebook()));
  }

  /**
   * {@link #describe(Survey)} by the group of {@code design}: its treated level, the others
   * ("changed_mattress = no", or "group != treated" when the group has more than two levels);
   * overall alone without a group or its column.
   */
  public static Table1 describe(Survey survey, StudyDesign design) {
    List<String> groups = new ArrayList<>(List.of("overall"));
    byte[] part = null;
    LevelColumn changed = design.groupName().flatMap(survey::levels).orElse(null);
    if (changed != null) {
      StudyDesign.Group g = design.group().get();
      String name = g.variable().name();
      List<String> levels = g.variable().levels();
      groups.add(name + " = " + g.treated());
      groups.add(levels.size() == 2 ? name + " = " + levels.get(1 - g.treatedCode())
          : name + " != " + g.treated());
      int yes = g.treatedCode();
      part = new byte[survey.size()];
      for (int i = 0; i < part.length; i++) {
        int code = changed.code(i);
        part[i] = (byte) (code == yes ? 1 : code == LevelColumn.MISSING ? 0 : 2);
      }
    }
    List<Table1Row> rows = new ArrayList<>();
    for (Variable v : survey.codebook().variables()) {
      if (v.type() == VariableType.ID || survey.column(v.name()).isEmpty()) {
        continue;
      }
      Column column = survey.column(v.name()).get();
      List<Summary> summaries = column instanceof NumberColumn numbers
          ? numbers(numbers, part, groups.size())
          : levels((LevelColumn) column, part, groups.size());
      rows.add(new Table1Row(v.name(), v.label(), v.type(), summaries));
    }
    return new Table1(groups, rows);
  }

  /** Parts (bits: 1 yes, 2 no) that make group g: overall all, then yes, then no. */
  private static boolean inGroup(int part, int g) {
    return g == 0 || (part & g) != 0;
  }

  private static List<Summary> numbers(NumberColumn column, byte[] part, int groups) {
    Tally[] parts = new Tally[4];
    int[] missing = new int[4];
    for (int k = 0; k < parts.length; k++) {
      parts[k] = new Tally();
    }
    int size = column.size();
    for (int i = 0; i < size; i++) {
      double x = column.get(i);
      int k = part == null ? 0 : part[i];
      if (Double.isNaN(x)) {
        missing[k]++;
      } else {
        parts[k].add(x);
      }
    }
    for (Tally t : parts) {
      t.done();
    }
    List<Summary> out = new ArrayList<>(groups);
    for (int g = 0; g < groups; g++) {
      List<Tally> members = new ArrayList<>();
      int absent = 0;
      for (int k = 0; k < parts.length; k++) {
        if (inGroup(k, g)) {
          members.add(parts[k]);
          absent += missing[k];
        }
      }
      out.add(numbers(Tally.pooled(members), absent));
    }
    return out;
  }

  private static NumberSummary numbers(Tally x, int missing) {
    int n = x.count();
    if (n == 0) {
      Stat none = Stat.undefined("no values");
      return new NumberSummary(0, missing, none, none, none, none, none);
    }
    double mean = x.mean();
    Stat sd = n < 2 ? Stat.undefined("n = 1: sd needs at least 2 values")
        : Stat.finiteOr(Math.sqrt(x.variance()), Stat.OVERFLOW);
    return new NumberSummary(n, missing, Stat.of(mean), sd, Stat.of(x.median()),
        Stat.of(x.quantile7(0.25)), Stat.of(x.quantile7(0.75)));
  }

  private static List<Summary> levels(LevelColumn column, byte[] part, int groups) {
    int levels = column.levels().size();
    int stride = levels + 1;
    // counts[part * stride + code + 1]: code -1 (missing) at 0
    int[] counts = new int[4 * stride];
    int size = column.size();
    if (part == null) {
      for (int i = 0; i < size; i++) {
        counts[column.code(i) + 1]++;
      }
    } else {
      for (int i = 0; i < size; i++) {
        counts[part[i] * stride + column.code(i) + 1]++;
      }
    }
    List<Summary> out = new ArrayList<>(groups);
    for (int g = 0; g < groups; g++) {
      int[] byLevel = new int[levels];
      int missing = 0;
      for (int k = 0; k < 4; k++) {
        if (inGroup(k, g)) {
          missing += counts[k * stride];
          for (int c = 0; c < levels; c++) {
            byLevel[c] += counts[k * stride + c + 1];
          }
        }
      }
      int n = 0;
      for (int c : byLevel) {
        n += c;
      }
      List<LevelCount> list = new ArrayList<>(levels);
      for (int c = 0; c < levels; c++) {
        list.add(new LevelCount(column.levels().get(c), byLevel[c],
            n == 0 ? Stat.undefined("no respondent answered") : Stat.of(100.0 * byLevel[c] / n)));
      }
      out.add(new LevelSummary(n, missing, list));
    }
    return out;
  }
}
