package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.sleepstat.core.io.CellCheck;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.survey.TextColumn;

/**
 * Picks, for each variable the file lacks, the unmatched (extra) column most likely meant, by its
 * values and its name. The rule, in order:
 *
 * <ol>
 *   <li>A column is a candidate only if its values fit the variable: at least {@value
 *       #FIT_TENTHS} in ten of its non-missing values are ones the importer would accept for it
 *       ({@link CellCheck}; missing tokens and the variable's missing codes do not count). A
 *       column with no value, or with values that do not fit, is never proposed, whatever its
 *       name.
 *   <li>A candidate whose name is {@linkplain NameSimilarity#related related} to the variable's
 *       is proposed by name, the most similar first.
 *   <li>A candidate whose name shares nothing is proposed only when the variable is yes/no or
 *       has levels, it is the only column whose values fit, and at least two different levels
 *       occur in it: numbers within a range say too little about what they measure, and a
 *       column of one answer (Qualtrics' Finished, a consent) says nothing about a group.
 *   <li>A column is proposed for one variable at most: names before values alone, then the more
 *       similar name, the larger share of fitting values, the earlier variable, the earlier
 *       column in the file. Deterministic for a given survey.
 * </ol>
 */
final class ColumnGuess {
  /** Tenths of a column's non-missing values that must fit the variable. */
  static final int FIT_TENTHS = 9;

  private record Candidate(int wanted, int column, double name, double fit) {}

  private static final Comparator<Candidate> MOST_LIKELY_FIRST =
      // a related name scores above any unrelated one, so names come before values alone
      Comparator.comparingDouble(Candidate::name).reversed()
          .thenComparing(Comparator.comparingDouble(Candidate::fit).reversed())
          .thenComparingInt(Candidate::wanted)
          .thenComparingInt(Candidate::column);

  private ColumnGuess() {}

  /**
   * For each of {@code wanted}, the column of {@code extras} most likely meant, or null.
   *
   * @return a list as long as {@code wanted}, in its order
   */
  static List<TextColumn> assign(List<Variable> wanted, List<TextColumn> extras) {
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < wanted.size(); i++) {
      Variable v = wanted.get(i);
      List<Candidate> byValues = new ArrayList<>();
      int fitting = 0;
      for (int j = 0; j < extras.size(); j++) {
        Fit fit = Fit.of(v, extras.get(j));
        if (!fit.fits()) {
          continue;
        }
        fitting++;
        double name = NameSimilarity.score(extras.get(j).name(), v.name());
        if (NameSimilarity.related(name)) {
          candidates.add(new Candidate(i, j, name, fit.share()));
        } else if (fit.levels() >= 2) { // never for numbers, which have no levels
          byValues.add(new Candidate(i, j, name, fit.share()));
        }
      }
      if (fitting == 1) {
        candidates.addAll(byValues);
      }
    }
    candidates.sort(MOST_LIKELY_FIRST);
    TextColumn[] chosen = new TextColumn[wanted.size()];
    boolean[] taken = new boolean[extras.size()];
    for (Candidate c : candidates) {
      if (chosen[c.wanted()] == null && !taken[c.column()]) {
        chosen[c.wanted()] = extras.get(c.column());
        taken[c.column()] = true;
      }
    }
    return Arrays.asList(chosen);
  }

  /**
   * How a column's values fit a variable.
   *
   * <p>The values are counted until the column cannot fit any more, so the counts of a column
   * that does not fit may stop short of its end.
   *
   * @param accepted values the importer would accept
   * @param refused values it would refuse
   * @param levels different levels among the accepted values (0 for numbers and text)
   */
  record Fit(int accepted, int refused, int levels) {
    /** Whether the column has values and at least FIT_TENTHS in ten of them fit. */
    boolean fits() {
      long present = (long) accepted + refused;
      return present > 0 && 10L * accepted >= (long) FIT_TENTHS * present;
    }

    /** The share of non-missing values that fit. */
    double share() {
      return accepted + refused == 0 ? 0 : (double) accepted / (accepted + refused);
    }

    /** Reads the column's values as values of {@code v}. */
    static Fit of(Variable v, TextColumn column) {
      CellCheck check = new CellCheck();
      boolean[] seen = new boolean[v.levels().size()];
      int n = column.size();
      // more refusals than this and the column cannot fit, however many values are missing
      long allowed = (long) (10 - FIT_TENTHS) * n / 10;
      int accepted = 0;
      int refused = 0;
      for (int row = 0; row < n && refused <= allowed; row++) {
        String raw = column.get(row);
        CellCheck.Verdict verdict = check.check(v, raw);
        if (verdict == CellCheck.Verdict.ACCEPTED) {
          accepted++;
          if (seen.length > 0) {
            seen[v.levelCode(raw)] = true;
          }
        } else if (verdict == CellCheck.Verdict.REFUSED) {
          refused++;
        }
      }
      int levels = 0;
      for (boolean s : seen) {
        levels += s ? 1 : 0;
      }
      return new Fit(accepted, refused, levels);
    }
  }
}
