package org.sleepstat.report.charts;

import java.util.List;
import org.sleepstat.analysis.Selection;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.report.PositionSample;
import org.sleepstat.stats.BoxSummary;

/**
 * The values a box plot draws as points within its whiskers, per position, read in place from
 * the rows the analysis selected for the result ({@link
 * org.sleepstat.analysis.AnalysisResult.Rows#byPosition()}): at most {@link #MAX_PER_BOX} per
 * position, every k-th in file order from the first, so that the same data always draw the same
 * points. The values beyond the whiskers are drawn apart, each once ({@link
 * PositionSample.Group#beyond()}).
 */
final class PositionPoints {
  /** Points drawn within the whiskers of one box at most. */
  static final int MAX_PER_BOX = 500;

  private PositionPoints() {}

  /** The points within the whiskers, per group of {@code sample}, in its order. */
  static double[][] read(PositionSample sample, Selection rows, LevelColumn position,
      NumberColumn values) {
    List<PositionSample.Group> groups = sample.groups();
    int[] groupOf = new int[position.levels().size()];
    java.util.Arrays.fill(groupOf, -1);
    int[] step = new int[groups.size()];
    int[] seen = new int[groups.size()];
    double[][] out = new double[groups.size()][];
    for (int g = 0; g < groups.size(); g++) {
      groupOf[position.levels().indexOf(groups.get(g).position())] = g;
      BoxSummary b = groups.get(g).box();
      int inside = b.n() - b.outliers();
      step[g] = Math.max(1, (inside + MAX_PER_BOX - 1) / MAX_PER_BOX);
      out[g] = new double[(inside + step[g] - 1) / step[g]];
    }
    int[] filled = new int[groups.size()];
    for (java.util.PrimitiveIterator.OfInt it = rows.iterator(); it.hasNext(); ) {
      int row = it.nextInt();
      int g = groupOf[position.code(row)];
      BoxSummary b = groups.get(g).box();
      double v = values.get(row);
      if (v < b.lowerWhisker() || v > b.upperWhisker()) {
        continue;
      }
      if (seen[g]++ % step[g] == 0 && filled[g] < out[g].length) {
        out[g][filled[g]++] = v;
      }
    }
    for (int g = 0; g < out.length; g++) {
      out[g] = java.util.Arrays.copyOf(out[g], filled[g]);
    }
    return out;
  }
}
