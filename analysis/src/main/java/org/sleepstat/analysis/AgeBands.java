package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.stats.Stat;
import org.sleepstat.stats.Tally;

/**
 * Baseline outcomes by mattress age band: [0,3), [3,6), [6,9) and [9,∞) years, the bands of the
 * schema (common guidance is to evaluate a mattress every 6–8 years and replace it every 7–10).
 * Per band n, mean, sd and median, equal to R's {@code tapply(y, cut(age, c(0, 3, 6, 9, Inf),
 * right = FALSE), f)} for f = length, mean, sd and median.
 *
 * <pre>{@code
 * List<AgeBandResult> r = AgeBands.analyze(survey);
 * }</pre>
 */
public final class AgeBands {
  /** The band edges in years; the last band has no upper end. */
  private static final double[] EDGES = {0, 3, 6, 9, Double.POSITIVE_INFINITY};
  private static final String[] LABELS = {"[0,3)", "[3,6)", "[6,9)", "[9,Inf)"};

  private AgeBands() {}

  /**
   * One result per baseline outcome column (&lt;outcome&gt;_pre) over respondents with both the
   * outcome and mattress_age_years; empty when the survey has no mattress_age_years column.
   */
  public static List<AgeBandResult> analyze(Survey survey) {
    Optional<NumberColumn> ageColumn = survey.numbers(StudyDesign.MATTRESS_AGE);
    if (ageColumn.isEmpty()) {
      return List.of();
    }
    NumberColumn age = ageColumn.get();
    List<AgeBandResult> out = new ArrayList<>();
    for (Codebook.Outcome o : survey.codebook().outcomes()) {
      if (o.pre() == null) {
        continue;
      }
      Optional<NumberColumn> column = survey.numbers(o.pre().name());
      if (column.isEmpty()) {
        continue;
      }
      NumberColumn y = column.get();
      int size = survey.size();
      Tally[] bands = newBands();
      for (int i = 0; i < size; i++) {
        double a = age.get(i);
        double v = y.get(i);
        if (!Double.isNaN(a) && !Double.isNaN(v)) {
          int b = band(a);
          if (b >= 0) {
            bands[b].add(v);
          }
        }
      }
      out.add(result(y.name(), bands));
    }
    return out;
  }

  /**
   * The bands of one outcome.
   *
   * @param outcome names the outcome in the result
   * @param age mattress ages in years, none missing
   * @param y outcome values, none missing, same length
   * @throws IllegalArgumentException if the lengths differ or a value is NaN
   */
  public static AgeBandResult compute(String outcome, double[] age, double[] y) {
    if (age.length != y.length) {
      throw new IllegalArgumentException(
          "age and outcome lengths differ: " + age.length + " != " + y.length);
    }
    Tally[] bands = newBands();
    for (int i = 0; i < y.length; i++) {
      if (Double.isNaN(age[i]) || Double.isNaN(y[i])) {
        throw new IllegalArgumentException("missing value at index " + i);
      }
      int b = band(age[i]);
      if (b >= 0) {
        bands[b].add(y[i]);
      }
    }
    return result(outcome, bands);
  }

  private static Tally[] newBands() {
    Tally[] bands = new Tally[LABELS.length];
    for (int b = 0; b < bands.length; b++) {
      bands[b] = new Tally();
    }
    return bands;
  }

  private static AgeBandResult result(String outcome, Tally[] bands) {
    List<AgeBand> out = new ArrayList<>(bands.length);
    int total = 0;
    for (int b = 0; b < bands.length; b++) {
      Tally v = bands[b].done();
      total += v.count();
      out.add(describe(b, v));
    }
    return new AgeBandResult(outcome, total, out);
  }

  /** The band of an age, or -1 below 0 (R's cut gives NA there). */
  private static int band(double years) {
    for (int b = LABELS.length - 1; b >= 0; b--) {
      if (years >= EDGES[b]) {
        return b;
      }
    }
    return -1;
  }

  private static AgeBand describe(int b, Tally v) {
    int n = v.count();
    if (n == 0) {
      Stat empty = Stat.undefined("no respondents in band " + LABELS[b]);
      return new AgeBand(LABELS[b], EDGES[b], EDGES[b + 1], 0, empty, empty, empty);
    }
    Stat sd = n >= 2
        ? Stat.finiteOr(Math.sqrt(v.variance()), Stat.OVERFLOW)
        : Stat.undefined("n = 1: sd needs at least 2 values");
    return new AgeBand(LABELS[b], EDGES[b], EDGES[b + 1], n, Stat.of(v.mean()), sd,
        Stat.of(v.median()));
  }
}
