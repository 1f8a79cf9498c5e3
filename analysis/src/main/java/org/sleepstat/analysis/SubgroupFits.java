package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.List;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.stats.model.ReducedDesign;
import org.sleepstat.stats.model.RegressionFit;
import org.sleepstat.stats.model.StreamedQr;

/**
 * The fits of one subgroup from ONE pass over the survey's rows: each respondent taking part goes
 * to its level's model ({@code post ~ pre + treated}) and to the two interaction models over all
 * levels ({@code + sub}, {@code * sub}), as {@link SubgroupRows} would give them. A model held
 * whole (at most {@code maxHeld} values) gets its rows in the same order as a separate pass would,
 * so its fit is exactly that of {@code RegressionFit.of(rows, maxHeld)}. A larger interaction
 * model is put together from the triangles of each level's rows {@code [1, pre, treated, post]}
 * (on a level's rows every column of the model is one of those four, or zero), which is
 * decomposing it block by block with the blocks taken level by level: the same fit to rounding,
 * at the cost of a four-column decomposition per row instead of one of up to {@code 4 + 2k}
 * columns for each of the two models.
 */
final class SubgroupFits {
  /** Per level code, its fit, or null where no fit was asked for. */
  final RegressionFit[] levels;
  /** {@code post ~ pre + treated + sub}, or null. */
  final RegressionFit reduced;
  /** {@code post ~ pre + treated * sub}, or null. */
  final RegressionFit full;

  private SubgroupFits(RegressionFit[] levels, RegressionFit reduced, RegressionFit full) {
    this.levels = levels;
    this.reduced = reduced;
    this.full = full;
  }

  /**
   * The fits asked for.
   *
   * @param n per level code, its respondents taking part
   * @param fitLevel per level code, whether its model is fitted
   * @param indicator per level code, its indicator's index among the indicators (−1: none)
   * @param interaction whether the two models over all levels are fitted
   * @param total the respondents taking part
   */
  static SubgroupFits of(SubgroupRows.Source source, int[] n, boolean[] fitLevel,
      int[] indicator, boolean interaction, int total, long maxHeld) {
    int levels = n.length;
    Sink[] within = new Sink[levels];
    for (int code = 0; code < levels; code++) {
      if (fitLevel[code]) {
        within[code] = new Sink(n[code], 3, maxHeld);
      }
    }
    SubgroupRows reducedRows = SubgroupRows.across(source, indicator, false, total);
    SubgroupRows fullRows = SubgroupRows.across(source, indicator, true, total);
    int k = fullRows.columns() - reducedRows.columns();
    boolean heldReduced = isHeld(total, reducedRows.columns(), maxHeld);
    boolean heldFull = isHeld(total, fullRows.columns(), maxHeld);
    Sink reduced = interaction && heldReduced ? new Sink(total, reducedRows.columns(), maxHeld)
        : null;
    Sink full = interaction && heldFull ? new Sink(total, fullRows.columns(), maxHeld) : null;
    // a streamed model over all levels is put together from each level's own triangle
    StreamedQr[] parts = new StreamedQr[levels];
    if (interaction && !(heldReduced && heldFull)) {
      for (int code = 0; code < levels; code++) {
        if (n[code] > 0) {
          parts[code] = within[code] != null && within[code].qr != null ? within[code].qr
              : new StreamedQr(4, true);
        }
      }
    }
    double[] levelRow = new double[4];
    double[] reducedRow = new double[4 + k];
    double[] fullRow = new double[4 + 2 * k];
    levelRow[0] = 1;
    reducedRow[0] = 1;
    fullRow[0] = 1;
    NumberColumn pre = source.pre();
    NumberColumn post = source.post();
    LevelColumn group = source.group();
    int[] codes = source.codes();
    for (int i = 0; i < codes.length; i++) {
      int code = codes[i];
      if (code < 0 || (within[code] == null && !interaction)) {
        continue;
      }
      double x = pre.get(i);
      double t = group.code(i) == source.treated() ? 1 : 0;
      double y = post.get(i);
      levelRow[1] = x;
      levelRow[2] = t;
      levelRow[3] = y;
      if (within[code] != null) {
        within[code].add(levelRow);
      }
      StreamedQr part = parts[code];
      if (part != null && (within[code] == null || part != within[code].qr)) {
        part.add(levelRow, 0);
      }
      if (reduced != null) {
        reducedRow[1] = x;
        reducedRow[2] = t;
        for (int j = 3; j < 3 + k; j++) {
          reducedRow[j] = 0;
        }
        int ind = indicator[code];
        if (ind >= 0) {
          reducedRow[3 + ind] = 1;
        }
        reducedRow[3 + k] = y;
        reduced.add(reducedRow);
      }
      if (full != null) {
        fullRow[1] = x;
        fullRow[2] = t;
        for (int j = 3; j < 3 + 2 * k; j++) {
          fullRow[j] = 0;
        }
        int ind = indicator[code];
        if (ind >= 0) {
          fullRow[3 + ind] = 1;
          fullRow[3 + k + ind] = t;
        }
        fullRow[3 + 2 * k] = y;
        full.add(fullRow);
      }
    }
    RegressionFit[] fits = new RegressionFit[levels];
    for (int code = 0; code < levels; code++) {
      if (within[code] != null) {
        fits[code] = within[code].fit(SubgroupRows.within(source, code, n[code]));
      }
    }
    if (!interaction) {
      return new SubgroupFits(fits, null, null);
    }
    return new SubgroupFits(fits,
        reduced != null ? reduced.fit(reducedRows) : combined(parts, indicator, k, false,
            reducedRows),
        full != null ? full.fit(fullRows) : combined(parts, indicator, k, true, fullRows));
  }

  private static boolean isHeld(int n, int p, long maxHeld) {
    return (long) n * p <= maxHeld || n <= p;
  }

  /**
   * The model over all levels ({@code + sub}, or {@code * sub} when {@code interaction}) from the
   * triangles of each level's rows {@code [1, pre, treated, post]}: on a level's rows the
   * indicator of another level is zero, its own indicator is the intercept's column and its
   * interaction the treated column.
   */
  private static RegressionFit combined(StreamedQr[] parts, int[] indicator, int k,
      boolean interaction, SubgroupRows rows) {
    int p = 3 + (interaction ? 2 * k : k);
    List<StreamedQr> used = new ArrayList<>();
    List<int[]> columns = new ArrayList<>();
    for (int code = 0; code < parts.length; code++) {
      if (parts[code] == null) {
        continue;
      }
      int[] map = new int[p];
      map[0] = 0;
      map[1] = 1;
      map[2] = 2;
      for (int j = 0; j < k; j++) {
        boolean own = indicator[code] == j;
        map[3 + j] = own ? 0 : -1;
        if (interaction) {
          map[3 + k + j] = own ? 2 : -1;
        }
      }
      used.add(parts[code].finish());
      columns.add(map);
    }
    return RegressionFit.of(ReducedDesign.of(used, p, columns.toArray(int[][]::new), 3, rows));
  }

  /**
   * One model's rows as they come: held column by column when the design has at most {@code
   * maxHeld} values (or no more rows than columns), else decomposed block by block: the two ways
   * {@link RegressionFit#of(org.sleepstat.stats.model.DesignRows, long)} takes.
   */
  private static final class Sink {
    private final int p;
    private final double[][] columns;
    private final double[] y;
    /** The triangle so far, when the rows are decomposed block by block; else null. */
    final StreamedQr qr;
    private int at;

    Sink(int n, int p, long maxHeld) {
      this.p = p;
      boolean held = (long) n * p <= maxHeld || n <= p;
      this.columns = held ? new double[p][n] : null;
      this.y = held ? new double[n] : null;
      this.qr = held ? null : new StreamedQr(p + 1, true);
    }

    /** Adds the row {@code values}: p design values, then y. */
    void add(double[] values) {
      if (qr != null) {
        qr.add(values, 0);
        return;
      }
      for (int j = 0; j < p; j++) {
        columns[j][at] = values[j];
      }
      y[at++] = values[p];
    }

    /** The fit; {@code rows} (the same rows) are read again only if a column test needs them. */
    RegressionFit fit(SubgroupRows rows) {
      if (qr == null) {
        return RegressionFit.of(columns, y);
      }
      int[] all = new int[p];
      for (int j = 0; j < p; j++) {
        all[j] = j;
      }
      return RegressionFit.of(ReducedDesign.of(List.of(qr.finish()), all, p, rows));
    }
  }
}
