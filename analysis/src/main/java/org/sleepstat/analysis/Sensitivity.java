package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.schema.NumberText;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.stats.model.LinearModel;

/**
 * Sensitivity analyses: the paired analysis ({@link PairedAnalysis}) and the adjusted difference
 * ({@link ArmComparison}'s {@code lm(post ~ pre + group + covariates)}) repeated without the
 * respondents with any red flag answered yes (they need a doctor, not a mattress) and for
 * persistent pain only (pain duration above the plan's persistent_after weeks). Each subset is a
 * {@link RowFilter} over the same survey, one bit per row: the analyses read the survey's columns
 * and skip the rows left out, so no subset copies the survey.
 *
 * <pre>{@code
 * SensitivityResult r = Sensitivity.analyze(survey, design);
 * }</pre>
 */
public final class Sensitivity {
  private Sensitivity() {}

  /** The main analyses and both subsets' (see the class comment). */
  public static SensitivityResult analyze(Survey survey, StudyDesign design) {
    return compute(survey, design, true);
  }

  /**
   * The subsets' analyses only, for {@link #withMain} to join with the main results the survey's
   * analysis computed already.
   */
  static SensitivityResult subsets(Survey survey, StudyDesign design) {
    return compute(survey, design, false);
  }

  /**
   * {@code subsets} with the main results in front: {@code paired} one per outcome with both
   * columns, {@code arms} (whose adjusted difference is the main one) the same or empty.
   */
  static SensitivityResult withMain(SensitivityResult subsets, int respondents,
      List<PairedResult> paired, List<ArmComparisonResult> arms) {
    List<SensitivityResult.Subset> parts = new ArrayList<>();
    parts.add(main(respondents));
    parts.addAll(subsets.subsets());
    List<SensitivityResult.Outcome> outcomes = new ArrayList<>();
    for (int k = 0; k < subsets.outcomes().size(); k++) {
      SensitivityResult.Outcome o = subsets.outcomes().get(k);
      List<SensitivityResult.Repeat> repeats = new ArrayList<>();
      repeats.add(new SensitivityResult.Repeat(SensitivityResult.Kind.MAIN, paired.get(k),
          arms.isEmpty() ? Optional.empty() : Optional.of(arms.get(k).adjusted())));
      repeats.addAll(o.repeats());
      outcomes.add(new SensitivityResult.Outcome(o.outcome(), repeats));
    }
    return new SensitivityResult(parts, outcomes);
  }

  private static SensitivityResult.Subset main(int respondents) {
    return new SensitivityResult.Subset(SensitivityResult.Kind.MAIN, "every respondent",
        Optional.empty(), respondents, 0, 0, 0, List.of());
  }

  private static SensitivityResult compute(Survey survey, StudyDesign d, boolean withMain) {
    List<Part> parts = new ArrayList<>();
    if (withMain) {
      parts.add(new Part(main(survey.size()), RowFilter.ALL));
    }
    parts.add(withoutRedFlags(survey, d));
    parts.add(persistentOnly(survey, d));
    Optional<LevelColumn> groupColumn = d.groupName().flatMap(survey::levels);
    LevelColumn group = groupColumn.orElse(null);
    int treated = d.treatedCode().orElse(-1);
    String selection = PairedSelection.describe(d, groupColumn.isPresent(), survey);
    int size = survey.size();
    List<SensitivityResult.Outcome> outcomes = new ArrayList<>();
    List<PairedColumns> outcomeColumns = PairedColumns.of(survey, d);
    // the adjusted models of every outcome and subset are fitted together: one pass over the rows
    List<RowFilter> formed = parts.stream().map(Part::rows).filter(r -> r != null).toList();
    List<List<AdjustedDifference>> adjustedAll = group == null || formed.isEmpty() ? List.of()
        : ArmComparison.adjusted(survey, d, outcomeColumns, LinearModel.MAX_HELD, formed);
    for (int index = 0; index < outcomeColumns.size(); index++) {
      PairedColumns columns = outcomeColumns.get(index);
      StudyDesign.Outcome o = columns.outcome();
      PairedAnalysis.Pairs[] pairs = new PairedAnalysis.Pairs[parts.size()];
      for (int k = 0; k < pairs.length; k++) {
        pairs[k] = new PairedAnalysis.Pairs(o.direction(), o.responder());
      }
      NumberColumn pre = columns.pre();
      NumberColumn post = columns.post();
      for (int i = 0; i < size; i++) {
        if (group != null && group.code(i) != treated) {
          continue;
        }
        double before = pre.get(i);
        double after = post.get(i);
        if (Double.isNaN(before) || Double.isNaN(after)) {
          continue;
        }
        for (int k = 0; k < pairs.length; k++) {
          if (parts.get(k).rows != null && parts.get(k).rows.keeps(i)) {
            pairs[k].add(before, after);
          }
        }
      }
      List<AdjustedDifference> adjusted = adjustedAll.isEmpty() ? List.of()
          : adjustedAll.get(index);
      List<SensitivityResult.Repeat> repeats = new ArrayList<>();
      int formedAt = 0;
      for (int k = 0; k < pairs.length; k++) {
        Part part = parts.get(k);
        if (part.rows == null) {
          continue;
        }
        String who = part.subset.kind() == SensitivityResult.Kind.MAIN ? selection
            : selection + "; " + part.subset.rule();
        PairedResult paired = PairedAnalysis.compute(o.name(), who, o.direction(),
            o.responder(), pairs[k]);
        Optional<AdjustedDifference> fit = adjusted.isEmpty() ? Optional.empty()
            : Optional.of(adjusted.get(formedAt));
        formedAt++;
        repeats.add(new SensitivityResult.Repeat(part.subset.kind(), paired, fit));
      }
      outcomes.add(new SensitivityResult.Outcome(o.name(), repeats));
    }
    return new SensitivityResult(parts.stream().map(p -> p.subset).toList(), outcomes);
  }

  /** A subset and its rows; rows null when it cannot be formed. */
  private record Part(SensitivityResult.Subset subset, RowFilter rows) {}

  private static Part unavailable(SensitivityResult.Kind kind, String rule, String why,
      int size) {
    return new Part(new SensitivityResult.Subset(kind, rule, Optional.of(why), 0, size, 0, 0,
        List.of()), null);
  }

  /**
   * Respondents with no red flag answered yes; one with a flag unanswered and none answered yes
   * stays in (an unanswered flag is not a red flag), and is counted.
   */
  private static Part withoutRedFlags(Survey survey, StudyDesign d) {
    SensitivityResult.Kind kind = SensitivityResult.Kind.WITHOUT_RED_FLAGS;
    List<LevelColumn> columns = new ArrayList<>();
    List<String> absent = new ArrayList<>();
    for (Variable v : d.redFlags()) {
      Optional<LevelColumn> c = survey.levels(v.name());
      if (c.isPresent()) {
        columns.add(c.get());
      } else {
        absent.add(v.name());
      }
    }
    List<String> names = columns.stream().map(LevelColumn::name).toList();
    String rule = "no red flag answered yes (" + String.join(", ", names) + ")";
    int size = survey.size();
    if (d.redFlags().isEmpty()) {
      return unavailable(kind, "no red flag answered yes", "the plan names no red flags", size);
    }
    if (columns.isEmpty()) {
      return unavailable(kind, "no red flag answered yes", "the survey has none of the red-flag"
          + " columns (" + String.join(", ", absent) + ")", size);
    }
    int[] yes = new int[columns.size()];
    for (int c = 0; c < yes.length; c++) {
      yes[c] = columns.get(c).levels().indexOf(StudyDesign.YES);
    }
    RowFilter.Builder rows = new RowFilter.Builder(size);
    int flagged = 0;
    int unanswered = 0;
    for (int i = 0; i < size; i++) {
      boolean any = false;
      boolean missing = false;
      for (int c = 0; c < yes.length; c++) {
        int code = columns.get(c).code(i);
        any |= code == yes[c];
        missing |= code == LevelColumn.MISSING;
      }
      if (any) {
        flagged++;
      } else {
        rows.keep(i);
        if (missing) {
          unanswered++;
        }
      }
    }
    List<String> notes = new ArrayList<>();
    if (unanswered > 0) {
      notes.add(unanswered + (unanswered == 1 ? " respondent" : " respondents")
          + " with a red flag unanswered but none answered yes stay in");
    }
    if (!absent.isEmpty()) {
      notes.add(String.join(", ", absent) + ": no column, not checked");
    }
    return new Part(new SensitivityResult.Subset(kind, rule, Optional.empty(), size - flagged,
        flagged, 0, unanswered, notes), rows.build());
  }

  /**
   * Respondents whose pain has lasted more than the plan's persistent_after weeks; those without
   * a duration are left out, and counted.
   */
  private static Part persistentOnly(Survey survey, StudyDesign d) {
    SensitivityResult.Kind kind = SensitivityResult.Kind.PERSISTENT_ONLY;
    StudyDesign.Advice advice = d.models().advice();
    double after = advice.persistentAfter();
    int size = survey.size();
    if (advice.painDuration().isEmpty()) {
      return unavailable(kind, "persistent pain", "the plan names no pain duration", size);
    }
    String name = advice.painDuration().get().name();
    String rule = name + " > " + NumberText.format(after);
    Optional<NumberColumn> column = survey.numbers(name);
    if (column.isEmpty()) {
      return unavailable(kind, rule, "the survey has no " + name + " column", size);
    }
    NumberColumn duration = column.get();
    RowFilter.Builder rows = new RowFilter.Builder(size);
    int missing = 0;
    int shorter = 0;
    for (int i = 0; i < size; i++) {
      double weeks = duration.get(i);
      if (Double.isNaN(weeks)) {
        missing++;
      } else if (weeks > after) {
        rows.keep(i);
      } else {
        shorter++;
      }
    }
    List<String> notes = new ArrayList<>();
    if (missing > 0) {
      notes.add(missing + (missing == 1 ? " respondent" : " respondents") + " without " + name
          + " left out");
    }
    return new Part(new SensitivityResult.Subset(kind, rule, Optional.empty(),
        size - missing - shorter, missing + shorter, missing, 0, notes), rows.build());
  }
}
