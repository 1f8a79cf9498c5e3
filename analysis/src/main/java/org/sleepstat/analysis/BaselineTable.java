package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sleepstat.analysis.SampleDescription.LevelSummary;
import org.sleepstat.analysis.SampleDescription.NumberSummary;
import org.sleepstat.analysis.SampleDescription.Summary;
import org.sleepstat.analysis.SampleDescription.Table1Row;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.plan.Table1Summary;
import org.sleepstat.core.schema.Role;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.schema.VariableType;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.stats.Stat;
import org.sleepstat.stats.Tally;

/**
 * Table 1 as a manuscript gives it: the baseline characteristics only (the respondent variables
 * and the outcomes' baseline columns; not the id, the group, the red flags or what the plan's
 * {@code table1} omits), overall and in the two groups of the design (the treated level, and
 * every other level), each group compared by a test ({@link BaselineMethod}) and by the
 * standardised mean difference. A single-arm study, or a survey without the group's column, has
 * the overall column alone and nothing compared. The summaries are those of the sample
 * description ({@link SampleDescription}), which the analysis made once.
 *
 * <pre>{@code
 * BaselineTable t = BaselineTable.of(survey, result.design(), result.sample());
 * }</pre>
 *
 * @param arms the columns: overall, then (when compared) the treated and the others
 * @param rows the characteristics, respondent variables in codebook order, then the outcomes'
 *     baseline columns in the plan's order
 * @param groupMissing respondents without a value of the group, counted in overall only
 */
public record BaselineTable(List<Arm> arms, List<Characteristic> rows, int groupMissing) {
  public BaselineTable {
    arms = List.copyOf(arms);
    rows = List.copyOf(rows);
  }

  /** Which respondents a column holds. */
  public enum Part {
    /** Everyone. */
    OVERALL,
    /** The treated level of the group. */
    TREATED,
    /** Every other level of the group. */
    OTHERS
  }

  /**
   * One column.
   *
   * @param part whom it holds
   * @param levels the group's levels it holds (none for overall)
   * @param n its respondents
   */
  public record Arm(Part part, List<String> levels, int n) {
    public Arm {
      Objects.requireNonNull(part, "part");
      levels = List.copyOf(levels);
    }
  }

  /**
   * The groups compared on one characteristic.
   *
   * @param test the test
   * @param p its two-sided p-value (undefined with the reason when it cannot be computed)
   * @param detail how it was computed ("exact", "normal approximation, continuity correction",
   *     "2 × 4 table")
   */
  public record Comparison(BaselineMethod test, Stat p, String detail) {}

  /**
   * One characteristic.
   *
   * @param variable the codebook's variable (its label is the plan's when the plan gives one)
   * @param summary how it is described: {@link Table1Summary#MEAN}, {@link Table1Summary#MEDIAN}
   *     or {@link Table1Summary#COUNTS}
   * @param cells one summary per arm ({@link NumberSummary} or {@link LevelSummary})
   * @param comparison the test, when the table compares groups
   * @param smd the standardised mean difference treated − others: one for a number (from means
   *     and SDs, also on a median row), one per level for counts (of the level's proportion of
   *     those who answered); empty when nothing is compared
   */
  public record Characteristic(Variable variable, Table1Summary summary, List<Summary> cells,
      Optional<Comparison> comparison, List<Stat> smd) {
    public Characteristic {
      Objects.requireNonNull(variable, "variable");
      cells = List.copyOf(cells);
      smd = List.copyOf(smd);
    }
  }

  /** Whether the table compares groups (has p-values and SMDs). */
  public boolean compared() {
    return arms.size() > 1;
  }

  /** The baseline characteristics of {@code survey} by {@code design}, with their tests. */
  public static BaselineTable of(Survey survey, StudyDesign design,
      SampleDescription.Table1 sample) {
    Optional<LevelColumn> group = design.groupName().flatMap(survey::levels);
    List<Arm> arms = new ArrayList<>();
    arms.add(new Arm(Part.OVERALL, List.of(), survey.size()));
    int missing = 0;
    if (group.isPresent()) {
      StudyDesign.Group g = design.group().get();
      int treated = g.treatedCode();
      int yes = 0;
      int others = 0;
      LevelColumn column = group.get();
      for (int i = 0; i < column.size(); i++) {
        int code = column.code(i);
        if (code == LevelColumn.MISSING) {
          missing++;
        } else if (code == treated) {
          yes++;
        } else {
          others++;
        }
      }
      List<String> rest = new ArrayList<>(g.variable().levels());
      rest.remove(g.treated());
      arms.add(new Arm(Part.TREATED, List.of(g.treated()), yes));
      arms.add(new Arm(Part.OTHERS, rest, others));
    }
    List<Characteristic> rows = new ArrayList<>();
    for (Variable v : baseline(survey, design)) {
      Table1Row row = sample.rows().stream().filter(r -> r.variable().equals(v.name()))
          .findFirst().orElseThrow(() -> new IllegalArgumentException(
              "the sample description has no row of " + v.name()));
      rows.add(BaselineComparison.characteristic(survey, design, v, row, group));
    }
    return new BaselineTable(arms, rows, missing);
  }

  /**
   * The baseline variables of the survey: respondent variables in codebook order but the id,
   * the group and the red flags, then the outcomes' baseline columns in the plan's order; those
   * the plan's table1 omits left out.
   */
  static List<Variable> baseline(Survey survey, StudyDesign design) {
    List<Variable> out = new ArrayList<>();
    String groupName = design.groupName().orElse(null);
    for (Variable v : survey.codebook().variables()) {
      boolean respondent = v.role() == Role.RESPONDENT && v.type() != VariableType.ID
          && !v.name().equals(groupName)
          && design.redFlags().stream().noneMatch(f -> f.name().equals(v.name()));
      if (respondent) {
        out.add(v);
      }
    }
    for (StudyDesign.Outcome o : design.outcomes()) {
      if (o.pre() != null) {
        survey.codebook().variable(o.pre().name()).ifPresent(out::add);
      }
    }
    out.removeIf(v -> survey.column(v.name()).isEmpty()
        || design.models().summary(v) == Table1Summary.OMIT);
    return out;
  }

  /** The values of a number column in the treated arm and the others, as tallies. */
  static Tally[] arms(NumberColumn column, LevelColumn group, int treated) {
    Tally yes = new Tally();
    Tally others = new Tally();
    for (int i = 0; i < column.size(); i++) {
      int code = group.code(i);
      double x = column.get(i);
      if (code != LevelColumn.MISSING && !Double.isNaN(x)) {
        (code == treated ? yes : others).add(x);
      }
    }
    return new Tally[] {yes.done(), others.done()};
  }
}
