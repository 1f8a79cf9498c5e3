package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.core.survey.RepeatedMeasures;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.stats.mixed.ClusterSums;
import org.sleepstat.stats.mixed.WaveGroupDesign;

/**
 * The outcomes over three or more waves (docs/analysis-json.md, repeated): per outcome of the
 * design measured at every wave, the linear mixed model {@code y ~ wave * group + (1 |
 * respondent_id)} fitted by REML (lme4 1.1, lmerTest 3.1, emmeans 1.8 give the same numbers),
 * or {@code y ~ wave + (1 | respondent_id)} in a single-arm study or without the group's column.
 * Every observation with a value is used: a respondent who missed a wave stays in. Respondents
 * without a group value are left out and counted. The respondents are streamed once into the
 * model's sufficient statistics, so time and memory grow linearly with them (a second pass only
 * when a group level has no observations at all). Nothing here throws because of the data: a
 * model that cannot be fitted gives its reason.
 *
 * <pre>{@code
 * List<RepeatedResult> r = RepeatedAnalysis.analyze(survey, design);
 * }</pre>
 */
public final class RepeatedAnalysis {
  private RepeatedAnalysis() {}

  /**
   * One result per outcome of {@code design} that the survey has at every wave, in the design's
   * order; empty unless the survey has three or more waves.
   */
  public static List<RepeatedResult> analyze(Survey survey, StudyDesign design) {
    Optional<RepeatedMeasures> repeated = survey.repeated();
    if (repeated.isEmpty()) {
      return List.of();
    }
    RepeatedMeasures rm = repeated.get();
    Optional<LevelColumn> group = design.singleArm() ? Optional.empty()
        : design.groupName().flatMap(survey::levels);
    String id = design.id().name();
    List<RepeatedResult> out = new ArrayList<>();
    for (StudyDesign.Outcome o : design.outcomes()) {
      if (!rm.outcomes().contains(o.name())) {
        continue;
      }
      List<NumberColumn> values = new ArrayList<>();
      for (int w = 0; w < rm.waves().size(); w++) {
        values.add(rm.values(o.name(), w).orElseThrow());
      }
      Outcome outcome = new Outcome(o.name(), rm.waves(), values, id);
      out.add(group.isPresent() ? outcome.withGroup(group.get(), design)
          : outcome.alone(modelNote(design)));
    }
    return out;
  }

  /** Why the model has no group. */
  private static String modelNote(StudyDesign design) {
    if (design.singleArm()) {
      return "single-arm study: the model has the waves alone";
    }
    return "no " + design.groupName().orElse(StudyDesign.GROUP) + " column: the model has the "
        + "waves alone, over every respondent";
  }

  /** The group levels in the model's order: the first untreated level, then the others. */
  static List<Integer> levelOrder(LevelColumn column, StudyDesign design) {
    int treated = design.treatedCode().orElse(-1);
    List<Integer> order = new ArrayList<>();
    int levels = column.levels().size();
    for (int c = 0; c < levels; c++) {
      if (c != treated) {
        order.add(c);
        break;
      }
    }
    for (int c = 0; c < levels; c++) {
      if (!order.contains(c)) {
        order.add(c);
      }
    }
    return order;
  }

  /** One outcome's columns, wave by wave. */
  record Outcome(String name, List<RepeatedMeasures.Wave> waves,
      List<NumberColumn> values, String id) {

    List<String> labels() {
      return waves.stream().map(RepeatedMeasures.Wave::label).toList();
    }

    RepeatedResult alone(String why) {
      WaveGroupDesign design = WaveGroupDesign.singleGroup(labels());
      Pass pass = Pass.run(this, design, null, new int[0]);
      String formula = name + " ~ wave + (1 | " + id + ")";
      List<String> notes = new ArrayList<>();
      notes.add(why + " (" + formula + ")");
      return RepeatedFit.of(this, design, pass, Optional.empty(), List.of(), formula, notes,
          Optional.empty());
    }

    RepeatedResult withGroup(LevelColumn column, StudyDesign study) {
      String variable = column.name();
      String formula = name + " ~ wave * " + variable + " + (1 | " + id + ")";
      List<String> notes = new ArrayList<>();
      List<Integer> order = levelOrder(column, study);
      if (order.size() < 2) {
        return RepeatedFit.of(this, null, Pass.empty(waves.size()), Optional.of(variable),
            names(column, order), formula, notes, Optional.of(variable + " has fewer than 2 "
                + "levels: no group difference can be estimated"));
      }
      Pass pass = Pass.run(this, design(variable, column, order), column, codes(column, order));
      List<Integer> present = new ArrayList<>();
      for (int g = 0; g < order.size(); g++) {
        if (pass.levelObservations(g) > 0) {
          present.add(order.get(g));
        } else {
          notes.add(String.format(Locale.ROOT, "%s = %s has no values of %s: left out of the "
              + "model", variable, column.levels().get(order.get(g)), name));
        }
      }
      if (present.size() < 2) {
        return RepeatedFit.of(this, null, pass, Optional.of(variable), names(column, order),
            formula, notes, Optional.of(present.isEmpty() ? "no respondent with a value has a "
                + variable + " value" : "only " + variable + " = "
                + column.levels().get(present.get(0)) + " has values: no group difference can "
                + "be estimated"));
      }
      if (present.size() < order.size()) {
        order = present;
        pass = Pass.run(this, design(variable, column, order), column, codes(column, order));
      }
      if (pass.withoutGroup() > 0) {
        notes.add(String.format(Locale.ROOT, "%d respondents with values of %s but no %s value "
            + "left out", pass.withoutGroup(), name, variable));
      }
      return RepeatedFit.of(this, design(variable, column, order), pass, Optional.of(variable),
          names(column, order), formula, notes, Optional.empty());
    }

    private WaveGroupDesign design(String variable, LevelColumn column, List<Integer> order) {
      return WaveGroupDesign.of(labels(), variable, names(column, order));
    }

    private static List<String> names(LevelColumn column, List<Integer> order) {
      return order.stream().map(c -> column.levels().get(c)).toList();
    }

    /** The model's level index of each code of the column, −1 for a level not in the model. */
    private static int[] codes(LevelColumn column, List<Integer> order) {
      int[] index = new int[column.levels().size()];
      Arrays.fill(index, -1);
      for (int g = 0; g < order.size(); g++) {
        index[order.get(g)] = g;
      }
      return index;
    }
  }

  /** One pass over the respondents: the model's sums and the observed cells. */
  record Pass(ClusterSums sums, RepeatedCell[][] cells, int withoutGroup) {
    static Pass empty(int waves) {
      return new Pass(null, newCells(waves, 0), 0);
    }

    /**
     * Streams the respondents into {@code design}'s sums.
     *
     * @param column the group column, or null for one group
     * @param index the model's level of each code of {@code column}
     */
    static Pass run(Outcome o, WaveGroupDesign design, LevelColumn column, int[] index) {
      int k = o.values().size();
      RepeatedCell[][] cells = newCells(k, design.groupCount());
      ClusterSums sums = design.newSums();
      int[] waves = new int[k];
      double[] y = new double[k];
      int without = 0;
      int size = o.values().get(0).size();
      for (int i = 0; i < size; i++) {
        int n = 0;
        for (int w = 0; w < k; w++) {
          double v = o.values().get(w).get(i);
          if (!Double.isNaN(v)) {
            waves[n] = w;
            y[n] = v;
            n++;
          }
        }
        if (n == 0) {
          continue;
        }
        int g = 0;
        if (column != null) {
          int code = column.code(i);
          if (code == LevelColumn.MISSING) {
            without++;
            continue;
          }
          g = index[code];
          if (g < 0) {
            continue;
          }
        }
        design.add(sums, g, waves, y, n);
        for (int j = 0; j < n; j++) {
          cells[waves[j]][g].add(y[j]);
        }
      }
      return new Pass(sums, cells, without);
    }

    int levelObservations(int g) {
      int n = 0;
      for (RepeatedCell[] wave : cells) {
        n += wave[g].n();
      }
      return n;
    }

    private static RepeatedCell[][] newCells(int waves, int groups) {
      RepeatedCell[][] cells = new RepeatedCell[waves][groups];
      for (RepeatedCell[] row : cells) {
        for (int g = 0; g < groups; g++) {
          row[g] = new RepeatedCell();
        }
      }
      return cells;
    }
  }
}
