package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.PrimitiveIterator;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.schema.NumberText;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.stats.CorrelationInference;
import org.sleepstat.stats.Stat;
import org.sleepstat.stats.Tally;
import org.sleepstat.stats.model.DesignRows;
import org.sleepstat.stats.model.LinearModel;

/**
 * The change after a mattress change against the time since it (the plan's weeks since the
 * change), among the treated with the value before, after and the weeks: {@code lm(change ~
 * weeks)}, Spearman's rho ({@link CorrelationInference}), and the change per band of weeks with
 * the one-way tests of {@link PositionAnalysis} across the bands with at least 2 respondents.
 * Nothing here throws because of the data; what cannot be computed is an undefined {@link Stat}
 * with the reason, and a missing weeks variable or column is a note.
 *
 * <pre>{@code
 * TimeSinceChangeResult r = TimeSinceChange.analyze(survey, design);
 * }</pre>
 */
public final class TimeSinceChange {
  private TimeSinceChange() {}

  /** The analyses of every outcome of {@code design} with both columns (see the class comment). */
  public static TimeSinceChangeResult analyze(Survey survey, StudyDesign design) {
    Optional<LevelColumn> groupColumn = design.groupName().flatMap(survey::levels);
    String selection = PairedSelection.describe(design, groupColumn.isPresent(), survey);
    Optional<Variable> weeksVariable = design.models().advice().weeksSinceChange();
    if (weeksVariable.isEmpty()) {
      return new TimeSinceChangeResult(Optional.empty(), selection,
          List.of("the plan names no weeks since the change: the change is not analysed against"
              + " the time since it"), List.of());
    }
    String name = weeksVariable.get().name();
    Optional<NumberColumn> weeksColumn = survey.numbers(name);
    if (weeksColumn.isEmpty()) {
      return new TimeSinceChangeResult(Optional.of(name), selection,
          List.of("the survey has no " + name + " column: the change is not analysed against"
              + " the time since it"), List.of());
    }
    List<String> notes = new ArrayList<>();
    Optional<List<Double>> limits = design.models().bands(name);
    if (limits.isEmpty()) {
      notes.add("the plan gives no bands of " + name + ": the change is not compared by band");
    }
    WeeksBands bands = new WeeksBands(limits.orElse(List.of()));
    List<TimeSinceChangeResult.Outcome> outcomes = new ArrayList<>();
    for (PairedColumns columns : PairedColumns.of(survey, design)) {
      outcomes.add(outcome(survey, design, groupColumn.orElse(null), columns,
          weeksColumn.get(), bands, notes));
    }
    return new TimeSinceChangeResult(Optional.of(name), selection, notes, outcomes);
  }

  private static TimeSinceChangeResult.Outcome outcome(Survey survey, StudyDesign design,
      LevelColumn group, PairedColumns columns, NumberColumn weeks, WeeksBands bands,
      List<String> notes) {
    int treated = design.treatedCode().orElse(-1);
    NumberColumn pre = columns.pre();
    NumberColumn post = columns.post();
    int size = survey.size();
    Selection.Builder rows = new Selection.Builder(size);
    Tally weekTally = new Tally();
    Tally changeTally = new Tally();
    Tally[] byBand = bands.newTallies();
    int overflowed = 0;
    int below = 0;
    for (int i = 0; i < size; i++) {
      if (group != null && group.code(i) != treated) {
        continue;
      }
      double w = weeks.get(i);
      double change = change(pre, post, i);
      if (Double.isNaN(w) || Double.isNaN(change)) {
        continue;
      }
      rows.add(i);
      if (Double.isInfinite(change)) {
        overflowed++;
        continue;
      }
      weekTally.add(w);
      changeTally.add(change);
      int b = bands.band(w);
      if (b >= 0) {
        byBand[b].add(change);
      } else if (bands.size() > 0) {
        below++;
      }
    }
    Selection selected = rows.build();
    String outcome = columns.outcome().name();
    if (below > 0) {
      notes.add(String.format(Locale.ROOT, "%s: %d respondent(s) below %s weeks are in no band",
          outcome, below, NumberText.format(bands.edges[0])));
    }
    int n = selected.size();
    if (overflowed > 0) {
      Stat none = Stat.undefined(Stat.OVERFLOW + ": a change post - pre is beyond the range of"
          + " doubles");
      PositionResult.OneWayF noF = new PositionResult.OneWayF(none, none, none, none);
      return new TimeSinceChangeResult.Outcome(outcome, n,
          new TimeSinceChangeResult.Slope(none, Estimate.all(none), none, none, none, none),
          new TimeSinceChangeResult.Spearman(none, none), bands.describe(byBand), 0, noF, noF,
          new PositionResult.KruskalWallis(none, none, none));
    }
    weekTally.done();
    changeTally.done();
    TimeSinceChangeResult.Slope slope = slope(selected, weeks, pre, post, weekTally);
    TimeSinceChangeResult.Spearman spearman = spearman(selected, weeks, pre, post, weekTally,
        changeTally);
    return bands.compare(outcome, slope, spearman, n, byBand);
  }

  /**
   * post − pre of row {@code i} to 12 significant digits: changes equal in decimal (3.8 − 3.7 and
   * 4.6 − 4.5) differ in binary by rounding noise, which would break their ties in the ranks of
   * Spearman and Kruskal–Wallis (R's kruskal.test even ranks them apart but counts them as tied).
   * The reference takes {@code signif(post - pre, 12)} too.
   */
  static double change(NumberColumn pre, NumberColumn post, int i) {
    return Significant.round(post.get(i) - pre.get(i));
  }

  /** {@code lm(change ~ weeks)}: the weeks' coefficient, as ArmComparison reads its ANCOVA. */
  private static TimeSinceChangeResult.Slope slope(Selection selected, NumberColumn weeks,
      NumberColumn pre, NumberColumn post, Tally weekTally) {
    int n = selected.size();
    if (n < 2) {
      Stat few = Stat.undefined("n = " + n + ": a regression line needs at least 2 respondents");
      return new TimeSinceChangeResult.Slope(few, Estimate.all(few), few, few, few, few);
    }
    if (weekTally.isConstant()) {
      Stat none = Stat.undefined(weeks.name() + " is constant (" + NumberText.format(
          weekTally.min()) + "): no slope (R's lm gives NA)");
      return new TimeSinceChangeResult.Slope(none, Estimate.all(none), none, none, none, none);
    }
    LinearModel.Result result = LinearModel.fit(new ChangeRows(selected, weeks, pre, post), true,
        LinearModel.MAX_HELD);
    if (result instanceof LinearModel.Unfitted unfitted) {
      Stat none = Stat.undefined(unfitted.reason());
      return new TimeSinceChangeResult.Slope(none, Estimate.all(none), none, none, none, none);
    }
    LinearModel.Fitted fit = (LinearModel.Fitted) result;
    LinearModel.Coefficient a = fit.coefficients().get(0);
    LinearModel.Coefficient b = fit.coefficients().get(1);
    String problem = fit.inferenceProblem();
    String why = problem != null ? problem : "regression not computable";
    return new TimeSinceChangeResult.Slope(Stat.finiteOr(a.estimate(), why),
        new Estimate(Stat.finiteOr(b.estimate(), "regression not computable"),
            Stat.finiteOr(b.ciLow(), why), Stat.finiteOr(b.ciHigh(), why)),
        Stat.finiteOr(b.standardError(), why), Stat.finiteOr(b.t(), why),
        Stat.of(fit.residualDf()), Stat.finiteOr(b.p(), why));
  }

  /**
   * Spearman's rho from the average ranks of both variables, summed in row order as R's cor
   * sums them, and its test as cor.test's with exact = FALSE.
   */
  private static TimeSinceChangeResult.Spearman spearman(Selection selected, NumberColumn weeks,
      NumberColumn pre, NumberColumn post, Tally weekTally, Tally changeTally) {
    int n = selected.size();
    if (n < 3) {
      Stat few = Stat.undefined(String.format(Locale.ROOT,
          "n = %d: a correlation test needs at least 3 respondents", n));
      return new TimeSinceChangeResult.Spearman(few, few);
    }
    if (weekTally.isConstant() || changeTally.isConstant()) {
      Stat none = Stat.undefined((weekTally.isConstant() ? weeks.name() : "the change")
          + " has zero variance");
      return new TimeSinceChangeResult.Spearman(none, none);
    }
    double meanRank = ((double) n * (n + 1) / 2) / n;
    double rxx = 0;
    double ryy = 0;
    double rxy = 0;
    for (PrimitiveIterator.OfInt it = selected.iterator(); it.hasNext(); ) {
      int i = it.nextInt();
      double rx = weekTally.averageRank(weekTally.indexOf(weeks.get(i))) - meanRank;
      double ry = changeTally.averageRank(changeTally.indexOf(change(pre, post, i)))
          - meanRank;
      rxx += rx * rx;
      ryy += ry * ry;
      rxy += rx * ry;
    }
    double rho = CorrelationInference.clamp(rxy / Math.sqrt(rxx) / Math.sqrt(ryy));
    CorrelationInference.Result r = CorrelationInference.spearman(rho, n);
    return new TimeSinceChangeResult.Spearman(r.estimate(), r.p());
  }

  /** The rows of {@code lm(change ~ weeks)}: (1, weeks; change), read from the columns. */
  private static final class ChangeRows implements DesignRows {
    private final Selection selected;
    private final NumberColumn weeks;
    private final NumberColumn pre;
    private final NumberColumn post;
    private PrimitiveIterator.OfInt cursor;

    ChangeRows(Selection selected, NumberColumn weeks, NumberColumn pre, NumberColumn post) {
      this.selected = selected;
      this.weeks = weeks;
      this.pre = pre;
      this.post = post;
      rewind();
    }

    @Override
    public int size() {
      return selected.size();
    }

    @Override
    public int columns() {
      return 2;
    }

    @Override
    public void rewind() {
      cursor = selected.iterator();
    }

    @Override
    public int next(double[] out, int max) {
      int r = 0;
      while (r < max && cursor.hasNext()) {
        int i = cursor.nextInt();
        int base = 3 * r++;
        out[base] = 1;
        out[base + 1] = weeks.get(i);
        out[base + 2] = change(pre, post, i);
      }
      return r;
    }
  }
}
