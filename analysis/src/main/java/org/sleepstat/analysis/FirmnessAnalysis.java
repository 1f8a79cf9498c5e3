package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.stats.Stat;
import org.sleepstat.stats.Tally;
import org.sleepstat.stats.WelchDifference;

/**
 * Firmness along the advice ({@link StudyDesign.Advice#firmness()}, {@code newFirmness()},
 * {@code advisedFirmness()}): baseline outcomes by the firmness of the mattress before (the
 * by-position machinery of {@link PositionAnalysis} over its levels, a linear trend across the
 * ordered levels, the advised level against the rest) and the change by the new mattress's
 * firmness among the treated, adjusted for the value before ({@link FirmnessChanges}).
 * Respondents with a missing value are left out of that comparison (available cases).
 *
 * <pre>{@code
 * FirmnessResult firmness = FirmnessAnalysis.analyze(survey, design);
 * }</pre>
 */
public final class FirmnessAnalysis {
  private FirmnessAnalysis() {}

  /** Every firmness comparison the design's advice and the file allow; notes for the rest. */
  public static FirmnessResult analyze(Survey survey, StudyDesign design) {
    StudyDesign.Advice advice = design.models().advice();
    List<String> notes = new ArrayList<>();
    Optional<String> advised = advice.advisedFirmness();
    if (advised.isEmpty()) {
      notes.add("the design names no advised firmness: no advised level against the rest");
    }
    List<FirmnessBaseline> baseline = new ArrayList<>();
    Optional<LevelColumn> before = column(survey, advice.firmness(), "firmness", notes);
    if (before.isPresent()) {
      LevelColumn f = before.get();
      int advisedCode = advisedCode(f, advised, notes);
      for (StudyDesign.Outcome o : design.outcomes()) {
        if (o.pre() != null) {
          survey.numbers(o.pre().name())
              .ifPresent(y -> baseline.add(baseline(y, f, advised.orElse(""), advisedCode)));
        }
      }
    }
    List<FirmnessChange> change = new ArrayList<>();
    Optional<LevelColumn> after = column(survey, advice.newFirmness(), "new firmness", notes);
    if (after.isPresent()) {
      LevelColumn f = after.get();
      int advisedCode = advisedCode(f, advised, notes);
      FirmnessChanges changes = FirmnessChanges.of(survey, design, f, notes);
      for (PairedColumns columns : PairedColumns.of(survey, design)) {
        change.add(changes.compare(columns, advised.orElse(""), advisedCode));
      }
    }
    return new FirmnessResult(advice.firmness().map(Variable::name),
        advice.newFirmness().map(Variable::name), advised, baseline, change, notes);
  }

  private static Optional<LevelColumn> column(Survey survey, Optional<Variable> variable,
      String what, List<String> notes) {
    if (variable.isEmpty()) {
      notes.add("the design names no " + what + " variable");
      return Optional.empty();
    }
    Optional<LevelColumn> c = survey.levels(variable.get().name());
    if (c.isEmpty()) {
      notes.add("the file has no " + variable.get().name() + " column");
    }
    return c;
  }

  /** The advised level's code in {@code f}, or −1 (noted) when it is not one of its levels. */
  private static int advisedCode(LevelColumn f, Optional<String> advised, List<String> notes) {
    if (advised.isEmpty()) {
      return -1;
    }
    int code = f.levels().indexOf(advised.get());
    if (code < 0) {
      notes.add(advised.get() + " is not a level of " + f.name()
          + ": no advised level against the rest");
    }
    return code;
  }

  /** y by the levels of f: groups and tests, the trend on scores 1..k, advised against rest. */
  static FirmnessBaseline baseline(NumberColumn y, LevelColumn f, String advised,
      int advisedCode) {
    List<String> levels = f.levels();
    Tally[] byLevel = IntStream.range(0, levels.size()).mapToObj(g -> new Tally())
        .toArray(Tally[]::new);
    double[] scores = new double[y.size()];
    double[] yv = new double[y.size()];
    int n = 0;
    Tally atAdvised = new Tally();
    Tally rest = new Tally();
    for (int i = 0; i < y.size(); i++) {
      int code = f.code(i);
      double v = y.get(i);
      if (code == LevelColumn.MISSING || Double.isNaN(v)) {
        continue;
      }
      byLevel[code].add(v);
      scores[n] = code + 1;
      yv[n] = v;
      n++;
      (code == advisedCode ? atAdvised : rest).add(v);
    }
    PositionResult groups = PositionAnalysis.compute(y.name(), levels, byLevel);
    yv = Arrays.copyOf(yv, n);
    HeldFit trend = HeldFit.of(List.of(Arrays.copyOf(scores, n)), yv);
    return new FirmnessBaseline(y.name(), groups, trend.coefficient(1, "score"),
        trend.residualDf(), yv.length, advised(advised, advisedCode, atAdvised.done(),
            rest.done()));
  }

  private static FirmnessBaseline.AdvisedContrast advised(String level, int code, Tally at,
      Tally rest) {
    if (code < 0) {
      Stat none = Stat.undefined(level.isEmpty() ? "no advised firmness in the design"
          : level + " is not a level of the firmness variable");
      WelchDifference empty = WelchDifference.of(new Tally().done(), new Tally().done());
      return new FirmnessBaseline.AdvisedContrast(level, 0, 0, none, none,
          new WelchDifference(none, none, none, empty.test()));
    }
    return new FirmnessBaseline.AdvisedContrast(level, at.count(), rest.count(),
        mean(at, "at " + level), mean(rest, "at another level"), WelchDifference.of(at, rest));
  }

  static Stat mean(Tally t, String who) {
    return t.count() == 0 ? Stat.undefined("no respondent " + who + " has a value")
        : Stat.of(t.mean());
  }
}
