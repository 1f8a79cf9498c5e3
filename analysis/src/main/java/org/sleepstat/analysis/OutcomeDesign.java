package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sleepstat.core.survey.Column;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.stats.model.DesignRows;

/**
 * One outcome's design among {@link RegressionDesigns}: its terms, notes and complete rows (those
 * of the rows' patterns with its bit), given row by row from the survey's columns, and where its
 * columns are in the shared layout the outcomes are decomposed in together.
 */
final class OutcomeDesign implements DesignRows {
  /** R's name of the intercept term. */
  static final String INTERCEPT = "(Intercept)";

  final String name;
  final List<String> used = new ArrayList<>();
  final List<String> terms = new ArrayList<>();
  final List<String> notes = new ArrayList<>();
  int n;
  int dropped;
  boolean constantY = true;
  double firstY;
  private final int bit;
  private final NumberColumn y;
  private final RegressionDesigns designs;
  private int p;
  /** Per design column, its column in the shared layout. */
  private int[] layout;
  /** The numeric covariates in the model and their design columns. */
  private NumberColumn[] termNumbers;
  private int[] termColumn;
  /** The factors in the model and, per level code, the design column of its indicator (−1 for
   *  the reference and dropped levels). */
  private LevelColumn[] termLevels;
  private int[][] indicatorColumn;
  private int cursor;

  OutcomeDesign(RegressionDesigns designs, int k, NumberColumn y) {
    this.designs = designs;
    this.bit = 1 << k;
    this.y = y;
    this.name = y.name();
  }

  /**
   * The outcome's design columns from its terms: the survey column of each, and its column in
   * the shared layout.
   *
   * @param dummies per covariate: the level codes that get an indicator (factors in the model)
   */
  void layOut(List<Column> present, List<int[]> dummies) {
    layout = new int[p];
    List<NumberColumn> numberList = new ArrayList<>();
    List<Integer> numberColumns = new ArrayList<>();
    List<LevelColumn> levelList = new ArrayList<>();
    List<int[]> indicators = new ArrayList<>();
    int col = 1;
    for (int c = 0; c < present.size(); c++) {
      Column column = present.get(c);
      if (column instanceof LevelColumn lc) {
        int[] codes = dummies.get(c);
        if (codes == null) {
          continue; // left out
        }
        int[] target = new int[lc.levels().size()];
        Arrays.fill(target, -1);
        for (int code : codes) {
          layout[col] = designs.sharedColumnOf(lc, code);
          target[code] = col++;
        }
        levelList.add(lc);
        indicators.add(target);
      } else {
        NumberColumn nc = (NumberColumn) column;
        layout[col] = designs.sharedColumnOf(nc);
        numberList.add(nc);
        numberColumns.add(col++);
      }
    }
    termNumbers = numberList.toArray(NumberColumn[]::new);
    termColumn = numberColumns.stream().mapToInt(Integer::intValue).toArray();
    termLevels = levelList.toArray(LevelColumn[]::new);
    indicatorColumn = indicators.toArray(int[][]::new);
  }

  /** The outcome's column. */
  NumberColumn y() {
    return y;
  }

  /** The shared-layout columns of the outcome's design columns, in design order. */
  int[] layout() {
    return layout.clone();
  }

  @Override
  public int size() {
    return n;
  }

  @Override
  public int columns() {
    return p;
  }

  @Override
  public void rewind() {
    cursor = 0;
  }

  @Override
  public int next(double[] out, int max) {
    int q = p + 1;
    byte[] patterns = designs.patterns;
    int r = 0;
    while (r < max && cursor < patterns.length) {
      int i = cursor++;
      if ((patterns[i] & bit) == 0) {
        continue;
      }
      int base = r * q;
      out[base] = 1;
      for (int j = 1; j < p; j++) {
        out[base + j] = 0;
      }
      for (int k = 0; k < termNumbers.length; k++) {
        out[base + termColumn[k]] = termNumbers[k].get(i);
      }
      for (int k = 0; k < termLevels.length; k++) {
        int target = indicatorColumn[k][termLevels[k].code(i)];
        if (target >= 0) {
          out[base + target] = 1;
        }
      }
      out[base + p] = y.get(i);
      r++;
    }
    return r;
  }

  /**
   * Makes the outcome's terms (intercept, numeric covariates, factor indicators) and notes from
   * the level counts of its complete rows. Per covariate in {@code present}: null for a numeric
   * one or a factor left out, else the level codes that get an indicator.
   */
  List<int[]> terms(List<Column> present, int[][] levelCounts) {
    terms.add(INTERCEPT);
    List<int[]> dummiesPerCovariate = new ArrayList<>();
    int f = 0;
    for (Column c : present) {
      if (c instanceof LevelColumn lc) {
        int[] kept = factorLevels(lc, levelCounts[f++]);
        if (kept == null) {
          dummiesPerCovariate.add(null);
          continue;
        }
        int[] dummies = kept.length < 2 ? new int[0] : Arrays.copyOfRange(kept, 1, kept.length);
        for (int code : dummies) {
          terms.add(lc.name() + lc.levels().get(code));
        }
        dummiesPerCovariate.add(dummies);
      } else {
        terms.add(c.name());
        dummiesPerCovariate.add(null);
      }
      used.add(c.name());
    }
    p = terms.size();
    return dummiesPerCovariate;
  }

  /**
   * The codes of the levels with complete rows, the reference first (the plan's reference level
   * when it has complete rows, as R's {@code relevel}, else the first), then the others in
   * codebook order; null when fewer than two: the factor is then left out, with a note.
   */
  private int[] factorLevels(LevelColumn c, int[] counts) {
    List<String> empty = new ArrayList<>();
    List<Integer> kept = new ArrayList<>();
    for (int code = 0; code < counts.length; code++) {
      if (counts[code] > 0) {
        kept.add(code);
      } else {
        empty.add(c.levels().get(code));
      }
    }
    if (n > 0 && kept.size() < 2) {
      notes.add(String.format(Locale.ROOT, "%s left out: %s among the %d complete rows "
          + "(lm needs 2 or more levels for contrasts)", c.name(),
          kept.isEmpty() ? "no level" : "one level (" + c.levels().get(kept.get(0)) + ")", n));
      return null;
    }
    if (n > 0 && !empty.isEmpty()) {
      notes.add(String.format(Locale.ROOT,
          "%s: no complete rows with %s; dropped (lm drops unused levels), reference level %s",
          c.name(), String.join(", ", empty), c.levels().get(kept.get(0))));
    }
    int reference = c.levels().indexOf(designs.referenceLevels.getOrDefault(c.name(), ""));
    if (kept.remove(Integer.valueOf(reference))) {
      kept.add(0, reference);
    }
    int[] out = new int[kept.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = kept.get(k);
    }
    return out;
  }
}
