package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.stats.HodgesLehmann;
import org.sleepstat.stats.HodgesLehmannShift;
import org.sleepstat.stats.MeanInterval;
import org.sleepstat.stats.RankSum;
import org.sleepstat.stats.Stat;
import org.sleepstat.stats.Tally;
import org.sleepstat.stats.WelchDifference;

/**
 * The props the advice names, position by position ({@link StudyDesign.Advice#props()}): within
 * the respondents of a position, those with the prop (yes) against those without (no), on each
 * baseline outcome and on the change post − pre of the treated. Respondents whose position, prop
 * or value is missing are left out of that comparison (available cases). A prop or position
 * column the file lacks is a note, never an error.
 *
 * <pre>{@code
 * List<PropsResult> props = PropsByPosition.compare(survey, design);
 * }</pre>
 */
public final class PropsByPosition {
  private PropsByPosition() {}

  /** One result per position and prop of the design's advice, in the plan's order. */
  public static List<PropsResult> compare(Survey survey, StudyDesign design) {
    List<PropsResult> out = new ArrayList<>();
    Optional<Variable> positionVariable = design.position();
    Optional<LevelColumn> position = positionVariable.flatMap(v -> survey.levels(v.name()));
    Treated treated = Treated.of(survey, design);
    for (StudyDesign.PositionProps pp : design.models().advice().props()) {
      for (Variable prop : pp.props()) {
        List<String> notes = new ArrayList<>();
        if (positionVariable.isEmpty()) {
          notes.add("the design names no position variable: no comparison within a position");
        } else if (position.isEmpty()) {
          notes.add("the file has no " + positionVariable.get().name() + " column");
        }
        Optional<LevelColumn> propColumn = survey.levels(prop.name());
        if (propColumn.isEmpty()) {
          notes.add("the file has no " + prop.name() + " column");
        }
        int level = position.map(c -> c.levels().indexOf(pp.position())).orElse(-1);
        if (position.isPresent() && level < 0) {
          notes.add(pp.position() + " is not a level of " + position.get().name());
        }
        if (!notes.isEmpty()) {
          out.add(new PropsResult(pp.position(), prop.name(), List.of(), List.of(), notes));
          continue;
        }
        Within within = new Within(position.get(), level, propColumn.get());
        List<Within.Part> parts = new ArrayList<>();
        for (StudyDesign.Outcome o : design.outcomes()) {
          if (o.pre() != null) {
            survey.numbers(o.pre().name()).ifPresent(pre -> parts.add(
                new Within.Part(pre.name(), pre, null, Treated.EVERYONE)));
          }
        }
        int baselines = parts.size();
        for (PairedColumns columns : PairedColumns.of(survey, design)) {
          parts.add(new Within.Part(columns.outcome().name(), columns.pre(), columns.post(),
              treated));
        }
        List<PropComparison> all = within.compare(parts);
        List<PropComparison> baseline = all.subList(0, baselines);
        List<PropComparison> change = all.subList(baselines, all.size());
        if (!change.isEmpty()) {
          treated.note().ifPresent(notes::add);
        }
        out.add(new PropsResult(pp.position(), prop.name(), baseline, change, notes));
      }
    }
    return out;
  }

  /** The respondents of one position with a known prop, split by the prop. */
  private record Within(LevelColumn position, int level, LevelColumn prop) {
    /** with − without on {@code first} (post null) or on post − first, over those who takes. */
    record Part(String outcome, NumberColumn first, NumberColumn post, Treated who) {}

    /** Every part's comparison, from one pass over the respondents. */
    List<PropComparison> compare(List<Part> parts) {
      int yes = prop.levels().indexOf(StudyDesign.YES);
      int k = parts.size();
      DoubleBuffer[] with = new DoubleBuffer[k];
      DoubleBuffer[] without = new DoubleBuffer[k];
      for (int j = 0; j < k; j++) {
        with[j] = new DoubleBuffer();
        without[j] = new DoubleBuffer();
      }
      for (int i = 0; i < position.size(); i++) {
        int p = prop.code(i);
        if (position.code(i) != level || p == LevelColumn.MISSING) {
          continue;
        }
        for (int j = 0; j < k; j++) {
          Part part = parts.get(j);
          if (!part.who().takes(i)) {
            continue;
          }
          double v = part.post() == null ? part.first().get(i)
              : part.post().get(i) - part.first().get(i);
          if (!Double.isNaN(v)) {
            (p == yes ? with[j] : without[j]).add(v);
          }
        }
      }
      List<PropComparison> out = new ArrayList<>();
      for (int j = 0; j < k; j++) {
        out.add(PropsByPosition.compare(parts.get(j).outcome(), with[j].toArray(),
            without[j].toArray()));
      }
      return out;
    }
  }

  /** {@code t.test(with, without)} and {@code wilcox.test(with, without, conf.int = TRUE)}. */
  static PropComparison compare(String outcome, double[] with, double[] without) {
    Tally w = tally(with);
    Tally n = tally(without);
    Stat hlLevel;
    Estimate shift;
    if (with.length == 0 || without.length == 0) {
      Stat none = Stat.undefined(String.format(Locale.ROOT,
          "the shift needs values with and without the prop (%d and %d)", with.length,
          without.length));
      shift = Estimate.all(none);
      hlLevel = none;
    } else {
      HodgesLehmann.Result hl = HodgesLehmannShift.compute(with, without);
      String why = hl.intervalReason() == null ? "not computable" : hl.intervalReason();
      shift = new Estimate(Stat.finiteOr(hl.estimate(), why), Stat.finiteOr(hl.low(), why),
          Stat.finiteOr(hl.high(), why));
      hlLevel = Stat.finiteOr(hl.confidenceLevel(), why);
    }
    return new PropComparison(outcome, with.length, without.length, MeanInterval.of(with),
        MeanInterval.of(without), WelchDifference.of(w, n), RankSum.of(w, n), shift, hlLevel);
  }

  private static Tally tally(double[] values) {
    Tally t = new Tally();
    for (double v : values) {
      t.add(v);
    }
    return t.done();
  }

  /**
   * Who the change is compared over: the treated level of the design's group, or everyone (a
   * single-arm study, or no group column, which the note says).
   */
  private record Treated(LevelColumn group, int code, String why) {
    static final Treated EVERYONE = new Treated(null, -1, null);

    static Treated of(Survey survey, StudyDesign design) {
      if (design.group().isEmpty()) {
        return new Treated(null, -1, design.singleArm() ? null
            : "the design has no group: the change covers every respondent with both values");
      }
      StudyDesign.Group g = design.group().get();
      Optional<LevelColumn> column = survey.levels(g.variable().name());
      if (column.isEmpty()) {
        return new Treated(null, -1, "the file has no " + g.variable().name()
            + " column: the change covers every respondent with both values");
      }
      return new Treated(column.get(), column.get().levels().indexOf(g.treated()), null);
    }

    boolean takes(int row) {
      return group == null || group.code(row) == code;
    }

    Optional<String> note() {
      return Optional.ofNullable(why);
    }
  }
}
