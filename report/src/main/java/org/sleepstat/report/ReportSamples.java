package org.sleepstat.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;
import org.sleepstat.analysis.AnalysisResult;
import org.sleepstat.analysis.MattressAgeResult;
import org.sleepstat.analysis.PairedResult;
import org.sleepstat.analysis.PositionGroup;
import org.sleepstat.analysis.PositionResult;
import org.sleepstat.analysis.Selection;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.stats.BoxSummary;
import org.sleepstat.stats.FittedLine;
import org.sleepstat.stats.LineBand;
import org.sleepstat.stats.MeanInterval;
import org.sleepstat.stats.OutsideValues;

/**
 * Summarises out of a survey the values behind each analysis result (the charts need more than
 * the analysis's statistics), over the rows the analysis selected for it ({@link
 * AnalysisResult.Rows#paired()}, {@link AnalysisResult.Rows#byPosition()},
 * {@link AnalysisResult.Rows#mattressAge()}). The values are read in place from the survey's
 * columns, a few passes per result, and never copied, so the samples stay small however large
 * the survey; the arithmetic is that of the summaries of arrays ({@link PairedSample#of},
 * {@link AgeSample#of}), value for value in the same order.
 */
final class ReportSamples {
  private ReportSamples() {}

  /**
   * The widest spread of the changes drawn as a histogram: the widest bin is 5e6, and 1e9 / 5e6
   * is 200 bins.
   */
  private static final double MAX_CHANGE_RANGE = 1e9;

  /**
   * The pairs of each paired result: the rows the analysis selected for it ({@link
   * AnalysisResult.Rows#paired()}), read in three passes (sums; refinements and histogram;
   * squares), each value in file order as {@link MeanInterval#of(double[])} and {@link
   * ChangeHistogram#of} read them; responders by the points of each outcome's design.
   */
  static List<PairedSample> paired(Survey survey, AnalysisResult analysis) {
    List<PairedSample> out = new ArrayList<>();
    for (int k = 0; k < analysis.paired().size(); k++) {
      PairedResult result = analysis.paired().get(k);
      Codebook.Outcome o = outcome(survey, result.outcome());
      NumberColumn pre = survey.numbers(o.pre().name()).orElseThrow();
      NumberColumn post = survey.numbers(o.post().name()).orElseThrow();
      double points = analysis.design().outcome(result.outcome()).orElseThrow().responder()
          .points();
      out.add(paired(result, analysis.rows().paired().get(k), pre, post, points));
    }
    return out;
  }

  private static PairedSample paired(PairedResult result, Selection rows, NumberColumn pre,
      NumberColumn post, double points) {
    int n = rows.size();
    int[] at = rows.toArray(); // visited in several passes
    if (n == 0) {
      return PairedSample.of(result, new double[0], new double[0], points);
    }
    double sumBefore = 0;
    double sumAfter = 0;
    double lowest = Double.POSITIVE_INFINITY;
    double highest = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < n; k++) {
      double a = pre.get(at[k]);
      double b = post.get(at[k]);
      sumBefore += a;
      sumAfter += b;
      lowest = Math.min(lowest, b - a);
      highest = Math.max(highest, b - a);
    }
    // changes that overflow, or spread over more bins than a chart holds, are not drawn
    boolean drawable = highest - lowest <= MAX_CHANGE_RANGE;
    double before = sumBefore / n;
    double after = sumAfter / n;
    double refineBefore = 0;
    double refineAfter = 0;
    ChangeHistogram.Binning change = drawable ? new ChangeHistogram.Binning(lowest, highest, n,
        result.direction(), points) : null;
    for (int k = 0; k < n; k++) {
      double a = pre.get(at[k]);
      double b = post.get(at[k]);
      refineBefore += a - before;
      refineAfter += b - after;
      if (change != null) {
        change.add(b - a);
      }
    }
    before += refineBefore / n;
    after += refineAfter / n;
    double squaresBefore = 0;
    double squaresAfter = 0;
    for (int k = 0; n > 1 && k < n; k++) {
      double a = pre.get(at[k]);
      double b = post.get(at[k]);
      squaresBefore += (a - before) * (a - before);
      squaresAfter += (b - after) * (b - after);
    }
    return new PairedSample(result, MeanInterval.of(n, before, squaresBefore),
        MeanInterval.of(n, after, squaresAfter),
        Optional.ofNullable(change).map(ChangeHistogram.Binning::histogram));
  }

  /**
   * The boxes of each by-position result, per position with at least one value: the quartiles
   * are the analysis's, the whiskers and the values beyond them come from one pass over the rows
   * the analysis selected ({@link AnalysisResult.Rows#byPosition()}) for all positions.
   */
  static List<PositionSample> byPosition(Survey survey, AnalysisResult analysis) {
    List<PositionSample> out = new ArrayList<>();
    for (int r = 0; r < analysis.byPosition().size(); r++) {
      PositionResult result = analysis.byPosition().get(r);
      Selection rows = analysis.rows().byPosition().get(r);
      int[] at = rows.toArray(); // visited in several passes
      LevelColumn position = analysis.design().position().flatMap(v -> survey.levels(v.name()))
          .orElseThrow();
      NumberColumn y = survey.numbers(result.outcome()).orElseThrow();
      List<PositionGroup> groups = result.groups();
      // the group of each level code: every selected row has a position with a value
      int[] groupOf = new int[position.levels().size()];
      for (int k = 0; k < groups.size(); k++) {
        groupOf[position.levels().indexOf(groups.get(k).position())] = k;
      }
      IntUnaryOperator group = k -> groupOf[position.code(at[k])];
      IntToDoubleFunction value = k -> y.get(at[k]);
      List<BoxSummary> boxes = boxes(groups, rows.size(), group, value);
      double[][] beyond = OutsideValues.of(boxes, rows.size(), group, value);
      List<PositionSample.Group> samples = new ArrayList<>();
      for (int k = 0; k < groups.size(); k++) {
        samples.add(new PositionSample.Group(groups.get(k).position(), boxes.get(k),
            beyond[k]));
      }
      out.add(new PositionSample(result, samples));
    }
    return out;
  }

  /**
   * The (mattress age, outcome) points of each mattress-age result: the points drawn, the range
   * of ages and the line, in two passes over the rows the analysis selected ({@link
   * AnalysisResult.Rows#mattressAge()}), each value in file order as
   * {@link AgeSample#of(MattressAgeResult, double[], double[])} reads them.
   */
  static List<AgeSample> mattressAge(Survey survey, AnalysisResult analysis) {
    List<AgeSample> out = new ArrayList<>();
    for (int r = 0; r < analysis.mattressAge().size(); r++) {
      MattressAgeResult result = analysis.mattressAge().get(r);
      Selection rows = analysis.rows().mattressAge().get(r);
      NumberColumn age = survey.numbers(StudyDesign.MATTRESS_AGE).orElseThrow();
      NumberColumn y = survey.numbers(result.outcome()).orElseThrow();
      int n = rows.size();
      int[] at = rows.toArray(); // visited in several passes
      int step = AgeSample.step(n);
      double[] drawnAge = new double[(n + step - 1) / step];
      double[] drawnY = new double[drawnAge.length];
      double youngest = Double.NaN;
      double oldest = Double.NaN;
      double mx = 0;
      double my = 0;
      for (int k = 0; k < n; k++) {
        double a = age.get(at[k]);
        double v = y.get(at[k]);
        youngest = k == 0 ? a : Math.min(youngest, a);
        oldest = k == 0 ? a : Math.max(oldest, a);
        mx += a;
        my += v;
        if (k % step == 0) {
          drawnAge[k / step] = a;
          drawnY[k / step] = v;
        }
      }
      double sxx = 0;
      double sxy = 0;
      if (n >= 2) {
        mx /= n;
        my /= n;
        for (int k = 0; k < n; k++) {
          double a = age.get(at[k]);
          double v = y.get(at[k]);
          sxx += (a - mx) * (a - mx);
          sxy += (a - mx) * (v - my);
        }
      }
      FittedLine line = FittedLine.of(n, mx, my, sxx, sxy);
      double rss = 0;
      for (int k = 0; line.slope().isDefined() && k < n; k++) {
        double e = y.get(at[k]) - line.at(age.get(at[k]));
        rss += e * e;
      }
      out.add(new AgeSample(result, LineBand.of(line, n, n == 0 ? Double.NaN : mx, sxx, rss),
          youngest, oldest,
          new AgeSample.Drawn(step, drawnAge, drawnY)));
    }
    return out;
  }

  /** The boxes of the analysis's groups: its quartiles, the whiskers from one pass over rows. */
  private static List<BoxSummary> boxes(List<PositionGroup> groups, int size,
      IntUnaryOperator groupOf, IntToDoubleFunction value) {
    double[] q1 = groups.stream().mapToDouble(PositionGroup::q1).toArray();
    double[] median = groups.stream().mapToDouble(PositionGroup::median).toArray();
    double[] q3 = groups.stream().mapToDouble(PositionGroup::q3).toArray();
    return BoxSummary.of(q1, median, q3, size, groupOf, value);
  }

  private static Codebook.Outcome outcome(Survey survey, String name) {
    return survey.codebook().outcomes().stream().filter(o -> o.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no outcome " + name + " in the codebook"));
  }
}
