package org.sleepstat.analysis;

import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.stats.model.DesignRows;

/**
 * The rows of one subgroup model, read from the survey's columns on demand (no object per row):
 * within one level, {@code post ~ 1 + pre + treated}; over all levels, the same plus the
 * indicators of the levels other than the reference ({@code + sub}) and, for the full model,
 * their products with treated ({@code changed_mattress * sub}), in R's column order. Who takes
 * part, and in which level, is {@code codes} (−1: not taking part).
 */
final class SubgroupRows implements DesignRows {
  private final NumberColumn pre;
  private final NumberColumn post;
  private final LevelColumn group;
  private final int treated;
  private final int[] codes;
  /** The level of a within-level model, or −1 for a model over all levels. */
  private final int level;
  /** Per level code, the column of its indicator among the indicators (−1: reference). */
  private final int[] indicator;
  private final int indicators;
  private final boolean interaction;
  private final int size;
  private int cursor;

  private SubgroupRows(Source source, int level, int[] indicator, int indicators,
      boolean interaction, int size) {
    this.pre = source.pre;
    this.post = source.post;
    this.group = source.group;
    this.treated = source.treated;
    this.codes = source.codes;
    this.level = level;
    this.indicator = indicator;
    this.indicators = indicators;
    this.interaction = interaction;
    this.size = size;
  }

  /**
   * The columns and who takes part.
   *
   * @param codes per row, its level code, or −1 when it does not take part
   */
  record Source(NumberColumn pre, NumberColumn post, LevelColumn group, int treated,
      int[] codes) {}

  /** {@code post ~ pre + treated} over the {@code n} rows of {@code level}. */
  static SubgroupRows within(Source source, int level, int n) {
    return new SubgroupRows(source, level, new int[0], 0, false, n);
  }

  /**
   * {@code post ~ pre + treated + sub} ({@code interaction}: {@code * sub}) over all {@code n}
   * rows taking part.
   *
   * @param indicator per level code, its indicator's index among the indicators, −1 for none
   */
  static SubgroupRows across(Source source, int[] indicator, boolean interaction, int n) {
    int count = 0;
    for (int i : indicator) {
      count = Math.max(count, i + 1);
    }
    return new SubgroupRows(source, -1, indicator, count, interaction, n);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public int columns() {
    return 3 + (interaction ? 2 : 1) * indicators;
  }

  @Override
  public void rewind() {
    cursor = 0;
  }

  @Override
  public int next(double[] out, int max) {
    int p = columns();
    int total = codes.length;
    int r = 0;
    while (r < max && cursor < total) {
      int i = cursor++;
      int code = codes[i];
      if (code < 0 || (level >= 0 && code != level)) {
        continue;
      }
      int base = (p + 1) * r++;
      double t = group.code(i) == treated ? 1 : 0;
      out[base] = 1;
      out[base + 1] = pre.get(i);
      out[base + 2] = t;
      for (int j = 3; j < p; j++) {
        out[base + j] = 0;
      }
      if (level < 0) {
        int k = indicator[code];
        if (k >= 0) {
          out[base + 3 + k] = 1;
          if (interaction) {
            out[base + 3 + indicators + k] = t;
          }
        }
      }
      out[base + p] = post.get(i);
    }
    return r;
  }
}
