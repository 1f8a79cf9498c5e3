package org.sleepstat.report.charts;

import java.awt.Color;
import org.sleepstat.analysis.Selection;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.stats.MeanInterval;

/**
 * One group's pairs of one outcome as the before-and-after chart draws them, read in place from
 * the rows the analysis selected for the group ({@link
 * org.sleepstat.analysis.AnalysisResult.Rows}): the means before and after with their 95% CIs
 * ({@code t.test(x)$conf.int}), computed as the report's paired samples compute them, and at
 * most {@link #MAX_LINES} pairs for thin lines: every k-th pair in file order from the first, so
 * that the same data always draw the same lines.
 *
 * @param label the group's name on the chart, e.g. "Yes"
 * @param color the group's colour ({@link Palette#TREATED}, {@link Palette#UNTREATED})
 * @param before the mean before with its 95% CI
 * @param after the mean after with its 95% CI
 * @param step 1 when every pair is drawn, k when every k-th is
 * @param pre the values before of the pairs drawn
 * @param post the values after of the same pairs
 */
record ArmPairs(String label, Color color, MeanInterval before, MeanInterval after, int step,
    double[] pre, double[] post) {
  /** Pairs drawn as lines at most, per group. */
  static final int MAX_LINES = 200;

  /** Pairs. */
  int n() {
    return before.n();
  }

  /** The pairs of {@code rows}: {@code pre.get(row)} and {@code post.get(row)} for each row. */
  static ArmPairs read(String label, Color color, Selection rows, NumberColumn pre,
      NumberColumn post) {
    int n = rows.size();
    int[] at = rows.toArray(); // visited in several passes
    int step = Math.max(1, (n + MAX_LINES - 1) / MAX_LINES);
    double[] drawnPre = new double[(n + step - 1) / step];
    double[] drawnPost = new double[drawnPre.length];
    double sumBefore = 0;
    double sumAfter = 0;
    for (int k = 0; k < n; k++) {
      sumBefore += pre.get(at[k]);
      sumAfter += post.get(at[k]);
      if (k % step == 0) {
        drawnPre[k / step] = pre.get(at[k]);
        drawnPost[k / step] = post.get(at[k]);
      }
    }
    if (n == 0) {
      return new ArmPairs(label, color, MeanInterval.of(new double[0]),
          MeanInterval.of(new double[0]), step, drawnPre, drawnPost);
    }
    // as the report's paired samples: the mean, refined by a second pass, then the squares
    double before = sumBefore / n;
    double after = sumAfter / n;
    double refineBefore = 0;
    double refineAfter = 0;
    for (int k = 0; k < n; k++) {
      refineBefore += pre.get(at[k]) - before;
      refineAfter += post.get(at[k]) - after;
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
    return new ArmPairs(label, color, MeanInterval.of(n, before, squaresBefore),
        MeanInterval.of(n, after, squaresAfter), step, drawnPre, drawnPost);
  }
}
