package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.schema.VariableType;
import org.sleepstat.core.survey.Column;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.core.survey.Survey;

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

  /** The description of every codebook variable the survey has, except the id. */
  public static Table1 describe(Survey survey) {
    List<String> groups = new ArrayList<>(List.of("overall"));
    List<boolean[]> members = new ArrayList<>();
    int size = survey.size();
    boolean[] all = new boolean[size];
    Arrays.fill(all, true);
    members.add(all);
    survey.levels(SurveyAnalysis.CHANGED).ifPresent(changed -> {
      for (String level : List.of("yes", "no")) {
        int code = changed.levels().indexOf(level);
        boolean[] in = new boolean[size];
        for (int i = 0; i < size; i++) {
          in[i] = changed.code(i) == code;
        }
        groups.add(SurveyAnalysis.CHANGED + " = " + level);
        members.add(in);
      }
    });
    List<Table1Row> rows = new ArrayList<>();
    for (Variable v : survey.codebook().variables()) {
      if (v.type() == VariableType.ID || survey.column(v.name()).isEmpty()) {
        continue;
      }
      Column column = survey.column(v.name()).get();
      List<Summary> summaries = new ArrayList<>(members.size());
      for (boolean[] in : members) {
        summaries.add(column instanceof NumberColumn numbers ? numbers(numbers, in)
            : levels((LevelColumn) column, in));
      }
      rows.add(new Table1Row(v.name(), v.label(), v.type(), summaries));
    }
    return new Table1(groups, rows);
  }

  private static NumberSummary numbers(NumberColumn column, boolean[] in) {
    double[] values = new double[column.size()];
    int n = 0;
    int missing = 0;
    for (int i = 0; i < in.length; i++) {
      if (!in[i]) {
        continue;
      }
      double x = column.get(i);
      if (Double.isNaN(x)) {
        missing++;
      } else {
        values[n++] = x;
      }
    }
    if (n == 0) {
      Stat none = Stat.undefined("no values");
      return new NumberSummary(0, missing, none, none, none, none, none);
    }
    double[] x = Arrays.copyOf(values, n);
    double mean = Moments.mean(x);
    Stat sd = n < 2 ? Stat.undefined("n = 1: sd needs at least 2 values")
        : Stat.finiteOr(Math.sqrt(Moments.variance(x, mean)), "sd is not finite");
    GridSort.sort(x);
    return new NumberSummary(n, missing, Stat.of(mean), sd, Stat.of(Quantiles.medianOfSorted(x)),
        Stat.of(Quantiles.type7(x, 0.25)), Stat.of(Quantiles.type7(x, 0.75)));
  }

  private static LevelSummary levels(LevelColumn column, boolean[] in) {
    int[] counts = new int[column.levels().size()];
    int n = 0;
    int missing = 0;
    for (int i = 0; i < in.length; i++) {
      if (!in[i]) {
        continue;
      }
      int code = column.code(i);
      if (code == LevelColumn.MISSING) {
        missing++;
      } else {
        counts[code]++;
        n++;
      }
    }
    List<LevelCount> levels = new ArrayList<>(counts.length);
    for (int c = 0; c < counts.length; c++) {
      levels.add(new LevelCount(column.levels().get(c), counts[c],
          n == 0 ? Stat.undefined("no respondent answered") : Stat.of(100.0 * counts[c] / n)));
    }
    return new LevelSummary(n, missing, levels);
  }
}
