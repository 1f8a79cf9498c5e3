package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sleepstat.core.survey.Column;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.stats.model.LinearModel;
import org.sleepstat.stats.model.ReducedDesign;
import org.sleepstat.stats.model.RegressionFit;
import org.sleepstat.stats.model.StreamedQr;

/**
 * The designs of the regressions of several outcomes ({@link BaselineRegression}), read from the
 * survey's columns together: one pass finds each outcome's complete rows and levels, and for the
 * designs too large to hold ({@link LinearModel#MAX_HELD}) one more pass decomposes them all at
 * once. Each outcome has its own covariates (the same for all, or, say, each outcome's own value
 * before); a row is complete for an outcome when the outcome and its own covariates have values.
 * Each row goes, with every covariate column any of the outcomes uses (0 where a column no
 * outcome of the row uses has no value) and the outcomes' values, into the {@link StreamedQr} of
 * its pattern (which outcomes it counts for); an outcome's triangle is then made from the
 * triangles of the patterns it is in, taking its own columns ({@link ReducedDesign}). The result
 * is that of decomposing each outcome's design alone, with each row read twice in all instead of
 * three times per outcome. Designs small enough to hold are fitted whole, one by one.
 */
final class RegressionDesigns {
  /** Outcomes per pass: a row's pattern is one bit per outcome in a byte. */
  static final int MAX_OUTCOMES = 8;

  final List<OutcomeDesign> outcomes = new ArrayList<>();
  /** Every covariate any outcome uses, in the order they first appear. */
  private final List<Column> present;
  /** The same covariates, numeric and level ones apart. */
  private final NumberColumn[] numbers;
  private final LevelColumn[] levels;
  /** Per outcome, its own covariates in its formula's order. */
  private final List<List<Column>> own;
  /**
   * Per outcome, its covariates as bits: bit j for {@code numbers[j]}, bit numbers.length + f
   * for {@code levels[f]}.
   */
  private final long[] ownBits;
  /** Per row, the outcomes it counts for, one bit each. */
  final byte[] patterns;
  // the shared layout: intercept, then every covariate column any outcome uses, then the outcomes
  private int width;
  private NumberColumn[] sharedNumbers;
  private int[] sharedNumberColumn;
  private LevelColumn[] sharedLevels;
  private int[][] sharedIndicator;

  /** Per factor's name, the level the others are compared with (default: its first). */
  final Map<String, String> referenceLevels;

  private RegressionDesigns(Survey survey, List<NumberColumn> ys, List<List<Column>> own,
      Map<String, String> referenceLevels) {
    this.referenceLevels = Map.copyOf(referenceLevels);
    if (ys.size() > MAX_OUTCOMES) {
      throw new IllegalArgumentException(ys.size() + " outcomes > " + MAX_OUTCOMES);
    }
    if (own.size() != ys.size()) {
      throw new IllegalArgumentException(own.size() + " covariate lists for " + ys.size()
          + " outcomes");
    }
    this.own = List.copyOf(own);
    List<Column> union = new ArrayList<>();
    for (List<Column> columns : own) {
      for (Column c : columns) {
        if (!union.contains(c)) {
          union.add(c);
        }
      }
    }
    this.present = union;
    List<NumberColumn> numberList = new ArrayList<>();
    List<LevelColumn> levelList = new ArrayList<>();
    for (Column c : present) {
      if (c instanceof LevelColumn lc) {
        levelList.add(lc);
      } else {
        numberList.add((NumberColumn) c);
      }
    }
    this.numbers = numberList.toArray(NumberColumn[]::new);
    this.levels = levelList.toArray(LevelColumn[]::new);
    if (numbers.length + levels.length > Long.SIZE) {
      throw new IllegalArgumentException(numbers.length + levels.length + " covariates > "
          + Long.SIZE);
    }
    this.ownBits = new long[ys.size()];
    for (int k = 0; k < ys.size(); k++) {
      for (Column c : own.get(k)) {
        ownBits[k] |= 1L << (c instanceof LevelColumn lc ? numbers.length + levelList.indexOf(lc)
            : numberList.indexOf(c));
      }
    }
    this.patterns = new byte[survey.size()];
    for (int k = 0; k < ys.size(); k++) {
      outcomes.add(new OutcomeDesign(this, k, ys.get(k)));
    }
  }

  /**
   * The designs of {@code ys} (at most {@link #MAX_OUTCOMES}) on the covariate columns {@code
   * present} (numeric or level columns, in formula order): one pass over the rows.
   *
   * @param referenceLevels per factor, its reference level (absent: the first level)
   */
  static RegressionDesigns of(Survey survey, List<NumberColumn> ys, List<Column> present,
      Map<String, String> referenceLevels) {
    return of(survey, ys, present, referenceLevels, RowFilter.ALL);
  }

  /** {@link #of} over the rows {@code rows} keeps; the others take no part, not even counted. */
  static RegressionDesigns of(Survey survey, List<NumberColumn> ys, List<Column> present,
      Map<String, String> referenceLevels, RowFilter rows) {
    return of(survey, ys, present, referenceLevels,
        Collections.nCopies(ys.size(), rows));
  }

  /**
   * {@link #of} with each outcome over its own rows ({@code rows.get(k)} for {@code ys.get(k)}):
   * the same outcome over several subsets of the respondents is then one design per subset, and
   * a row they share is decomposed once for all of them.
   */
  static RegressionDesigns of(Survey survey, List<NumberColumn> ys, List<Column> present,
      Map<String, String> referenceLevels, List<RowFilter> rows) {
    return ofEach(survey, ys, Collections.nCopies(ys.size(), present), referenceLevels, rows);
  }

  /**
   * {@link #of} with each outcome on its own covariates ({@code present.get(k)} for {@code
   * ys.get(k)}, in formula order) and over its own rows ({@code rows.get(k)}).
   */
  static RegressionDesigns ofEach(Survey survey, List<NumberColumn> ys,
      List<List<Column>> present, Map<String, String> referenceLevels, List<RowFilter> rows) {
    RegressionDesigns d = new RegressionDesigns(survey, ys, present, referenceLevels);
    int m = ys.size();
    if (rows.size() != m) {
      throw new IllegalArgumentException(rows.size() + " row filters for " + m + " outcomes");
    }
    RowFilter[] keeps = rows.toArray(RowFilter[]::new);
    boolean all = rows.stream().allMatch(r -> r == RowFilter.ALL);
    NumberColumn[] y = ys.toArray(NumberColumn[]::new);
    OutcomeDesign[] outcome = d.outcomes.toArray(OutcomeDesign[]::new);
    // per outcome, per factor, per level code: complete rows
    int[][][] levelCounts = new int[m][d.levels.length][];
    for (int k = 0; k < m; k++) {
      for (int f = 0; f < d.levels.length; f++) {
        levelCounts[k][f] = new int[d.levels[f].levels().size()];
      }
    }
    int size = survey.size();
    for (int i = 0; i < size; i++) {
      int pattern = 0;
      boolean known = false; // the covariates without a value, found once a row needs them
      long missing = 0;
      for (int k = 0; k < m; k++) {
        if (!all && !keeps[k].keeps(i)) {
          continue;
        }
        double v = y[k].get(i);
        if (Double.isNaN(v)) {
          continue;
        }
        if (!known) {
          missing = d.missing(i);
          known = true;
        }
        OutcomeDesign o = outcome[k];
        if ((missing & d.ownBits[k]) != 0) {
          o.dropped++;
          continue;
        }
        if (o.n == 0) {
          o.firstY = v;
        } else if (v != o.firstY) {
          o.constantY = false;
        }
        o.n++;
        pattern |= 1 << k;
      }
      if (pattern != 0) {
        d.patterns[i] = (byte) pattern;
        for (int f = 0; f < d.levels.length; f++) {
          int code = d.levels[f].code(i);
          if (code == LevelColumn.MISSING) {
            continue; // a factor none of the row's outcomes uses
          }
          for (int k = 0; k < m; k++) {
            if ((pattern & (1 << k)) != 0) {
              levelCounts[k][f][code]++;
            }
          }
        }
      }
    }
    List<int[]> sharedLevels = new ArrayList<>(); // per factor: used levels, as a mask per code
    for (LevelColumn lc : d.levels) {
      sharedLevels.add(new int[lc.levels().size()]);
    }
    List<List<int[]>> dummiesByOutcome = new ArrayList<>();
    for (int k = 0; k < m; k++) {
      List<Column> columns = d.own.get(k);
      int[][] counts = new int[columns.size()][];
      int factors = 0;
      for (Column c : columns) {
        if (c instanceof LevelColumn lc) {
          counts[factors++] = levelCounts[k][d.factorIndex(lc)];
        }
      }
      List<int[]> dummies = outcome[k].terms(columns, counts);
      dummiesByOutcome.add(dummies);
      for (int c = 0; c < columns.size(); c++) {
        if (columns.get(c) instanceof LevelColumn lc) {
          int[] kept = dummies.get(c);
          if (kept != null) {
            for (int code : kept) {
              sharedLevels.get(d.factorIndex(lc))[code] = 1;
            }
          }
        }
      }
    }
    d.layOut(sharedLevels);
    for (int k = 0; k < m; k++) {
      outcome[k].layOut(d.own.get(k), dummiesByOutcome.get(k));
    }
    return d;
  }

  private int factorIndex(LevelColumn column) {
    for (int f = 0; f < levels.length; f++) {
      if (levels[f] == column) {
        return f;
      }
    }
    throw new IllegalStateException("no factor " + column.name());
  }

  /** The covariates without a value in row {@code i}, as bits ({@link #ownBits}). */
  private long missing(int i) {
    long bits = 0;
    for (int j = 0; j < numbers.length; j++) {
      if (numbers[j].isMissing(i)) {
        bits |= 1L << j;
      }
    }
    for (int f = 0; f < levels.length; f++) {
      if (levels[f].isMissing(i)) {
        bits |= 1L << (numbers.length + f);
      }
    }
    return bits;
  }

  /** The shared layout: intercept, each numeric covariate, each level any outcome needs. */
  private void layOut(List<int[]> sharedLevelsUsed) {
    List<NumberColumn> numberList = new ArrayList<>();
    List<Integer> numberColumns = new ArrayList<>();
    List<LevelColumn> levelList = new ArrayList<>();
    List<int[]> indicators = new ArrayList<>();
    int col = 1;
    int f = 0;
    for (Column c : present) {
      if (c instanceof LevelColumn lc) {
        int[] used = sharedLevelsUsed.get(f++);
        int[] target = new int[used.length];
        Arrays.fill(target, -1);
        boolean any = false;
        for (int code = 0; code < used.length; code++) {
          if (used[code] != 0) {
            target[code] = col++;
            any = true;
          }
        }
        if (any) {
          levelList.add(lc);
          indicators.add(target);
        }
      } else {
        numberList.add((NumberColumn) c);
        numberColumns.add(col++);
      }
    }
    width = col;
    sharedNumbers = numberList.toArray(NumberColumn[]::new);
    sharedNumberColumn = numberColumns.stream().mapToInt(Integer::intValue).toArray();
    sharedLevels = levelList.toArray(LevelColumn[]::new);
    sharedIndicator = indicators.toArray(int[][]::new);
  }

  /** The shared column of the indicator of {@code code} of the factor {@code column}. */
  int sharedColumnOf(LevelColumn column, int code) {
    for (int k = 0; k < sharedLevels.length; k++) {
      if (sharedLevels[k] == column) {
        return sharedIndicator[k][code];
      }
    }
    throw new IllegalStateException("no shared indicator for " + column.name() + " " + code);
  }

  /** The shared column of the numeric covariate {@code column}. */
  int sharedColumnOf(NumberColumn column) {
    for (int k = 0; k < sharedNumbers.length; k++) {
      if (sharedNumbers[k] == column) {
        return sharedNumberColumn[k];
      }
    }
    throw new IllegalStateException("no shared column for " + column.name());
  }

  /**
   * The fit of every outcome: held whole when its design has at most {@code maxHeld} values,
   * otherwise from the pass that decomposes all such outcomes at once.
   */
  List<RegressionFit> fit(long maxHeld) {
    int m = outcomes.size();
    RegressionFit[] fits = new RegressionFit[m];
    int streamed = 0;
    for (int k = 0; k < m; k++) {
      OutcomeDesign o = outcomes.get(k);
      if (o.n == 0) {
        continue;
      }
      if ((long) o.n * o.columns() <= maxHeld || o.n <= o.columns()) {
        fits[k] = RegressionFit.of(o, maxHeld);
      } else {
        streamed |= 1 << k;
      }
    }
    if (streamed != 0) {
      StreamedQr[] byPattern = decompose(streamed);
      for (int k = 0; k < m; k++) {
        if ((streamed & (1 << k)) == 0) {
          continue;
        }
        List<StreamedQr> parts = new ArrayList<>();
        for (int pattern = 1; pattern < byPattern.length; pattern++) {
          if ((pattern & (1 << k)) != 0 && byPattern[pattern] != null) {
            parts.add(byPattern[pattern].finish());
          }
        }
        OutcomeDesign o = outcomes.get(k);
        fits[k] = RegressionFit.of(ReducedDesign.of(parts, o.layout(), width + k, o));
      }
    }
    return Arrays.asList(fits);
  }

  /** One pass: every row of a streamed outcome into the decomposition of its pattern. */
  private StreamedQr[] decompose(int streamed) {
    int m = outcomes.size();
    int q = width + m;
    StreamedQr[] byPattern = new StreamedQr[1 << m];
    NumberColumn[] y = new NumberColumn[m];
    for (int k = 0; k < m; k++) {
      y[k] = outcomes.get(k).y();
    }
    double[] row = new double[q];
    for (int i = 0; i < patterns.length; i++) {
      int pattern = patterns[i] & streamed;
      if (pattern == 0) {
        continue;
      }
      Arrays.fill(row, 0);
      row[0] = 1;
      // a covariate without a value is one none of the row's outcomes uses: 0 stands in
      for (int k = 0; k < sharedNumbers.length; k++) {
        double v = sharedNumbers[k].get(i);
        row[sharedNumberColumn[k]] = Double.isNaN(v) ? 0 : v;
      }
      for (int k = 0; k < sharedLevels.length; k++) {
        int code = sharedLevels[k].code(i);
        int target = code == LevelColumn.MISSING ? -1 : sharedIndicator[k][code];
        if (target >= 0) {
          row[target] = 1;
        }
      }
      for (int k = 0; k < m; k++) {
        if ((pattern & (1 << k)) != 0) {
          row[width + k] = y[k].get(i);
        }
      }
      StreamedQr qr = byPattern[pattern];
      if (qr == null) {
        qr = new StreamedQr(q, true);
        byPattern[pattern] = qr;
      }
      qr.add(row, 0);
    }
    return byPattern;
  }
}
