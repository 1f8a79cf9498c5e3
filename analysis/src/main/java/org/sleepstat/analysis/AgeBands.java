package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.schema.NumberText;
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
  /** The built-in plan's band limits in years; the last band has no upper end. */
  private static final List<Double> BUILT_IN = List.of(0.0, 3.0, 6.0, 9.0);

  /** The band edges (the last infinite) and R's labels of the bands. */
  private final double[] edges;
  private final String[] labels;

  private AgeBands(List<Double> limits) {
    edges = new double[limits.size() + 1];
    labels = new String[limits.size()];
    for (int b = 0; b < limits.size(); b++) {
      edges[b] = limits.get(b);
    }
    edges[limits.size()] = Double.POSITIVE_INFINITY;
    for (int b = 0; b < labels.length; b++) {
      labels[b] = "[" + NumberText.format(edges[b]) + ","
          + (b + 1 < limits.size() ? NumberText.format(edges[b + 1]) : "Inf") + ")";
    }
  }

  /**
   * One result per baseline outcome column (&lt;outcome&gt;_pre) over respondents with both the
   * outcome and mattress_age_years, in the built-in plan's bands.
   */
  public static List<AgeBandResult> analyze(Survey survey) {
    return analyze(survey, StudyDesign.of(survey.codebook()));
  }

  /**
   * One result per baseline outcome column of {@code design} over respondents with both the
   * outcome and the design's mattress age, in the bands the design gives it (else the built-in
   * plan's); empty when the survey has no mattress-age column.
   */
  public static List<AgeBandResult> analyze(Survey survey, StudyDesign design) {
    Optional<NumberColumn> ageColumn =
        design.mattressAge().flatMap(v -> survey.numbers(v.name()));
    if (ageColumn.isEmpty()) {
      return List.of();
    }
    NumberColumn age = ageColumn.get();
    AgeBands bands = new AgeBands(design.models().bands(age.name()).orElse(BUILT_IN));
    List<AgeBandResult> out = new ArrayList<>();
    for (StudyDesign.Outcome o : design.outcomes()) {
      if (o.pre() == null) {
        continue;
      }
      Optional<NumberColumn> column = survey.numbers(o.pre().name());
      if (column.isEmpty()) {
        continue;
      }
      NumberColumn y = column.get();
      int size = survey.size();
      Tally[] tallies = bands.newBands();
      for (int i = 0; i < size; i++) {
        double a = age.get(i);
        double v = y.get(i);
        if (!Double.isNaN(a) && !Double.isNaN(v)) {
          int b = bands.band(a);
          if (b >= 0) {
            tallies[b].add(v);
          }
        }
      }
      out.add(bands.result(y.name(), tallies));
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
    AgeBands builtIn = new AgeBands(BUILT_IN);
    Tally[] bands = builtIn.newBands();
    for (int i = 0; i < y.length; i++) {
      if (Double.isNaN(age[i]) || Double.isNaN(y[i])) {
        throw new IllegalArgumentException("missing value at index " + i);
      }
      int b = builtIn.band(age[i]);
      if (b >= 0) {
        bands[b].add(y[i]);
      }
    }
    return builtIn.result(outcome, bands);
  }

  private Tally[] newBands() {
    Tally[] bands = new Tally[labels.length];
    for (int b = 0; b < bands.length; b++) {
      bands[b] = new Tally();
    }
    return bands;
  }

  private AgeBandResult result(String outcome, Tally[] bands) {
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
  private int band(double years) {
    for (int b = labels.length - 1; b >= 0; b--) {
      if (years >= edges[b]) {
        return b;
      }
    }
    return -1;
  }

  private AgeBand describe(int b, Tally v) {
    int n = v.count();
    if (n == 0) {
      Stat empty = Stat.undefined("no respondents in band " + labels[b]);
      return new AgeBand(labels[b], edges[b], edges[b + 1], 0, empty, empty, empty);
    }
    Stat sd = n >= 2
        ? Stat.finiteOr(Math.sqrt(v.variance()), Stat.OVERFLOW)
        : Stat.undefined("n = 1: sd needs at least 2 values");
    return new AgeBand(labels[b], edges[b], edges[b + 1], n, Stat.of(v.mean()), sd,
        Stat.of(v.median()));
  }
}
