package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.schema.NumberText;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.stats.Stat;
import org.sleepstat.stats.Tally;

/**
 * Baseline outcomes by mattress age band, in the plan's bands (built in [0,6), [6,8), [8,10) and
 * [10,∞) years, along the advice to evaluate a mattress at 6–8 years and replace it at 7–10).
 * Per band n, mean, sd and median, equal to R's {@code tapply(y, cut(age, c(0, 6, 8, 10, Inf),
 * right = FALSE), f)} for f = length, mean, sd and median; the linear trend across the bands,
 * R's {@code lm(y ~ score)} with score = {@code as.integer(band)}, the band's position 1..k
 * among all the plan's bands (an empty band keeps its score and has no rows); and for the
 * primary outcome with a threshold (the plan's {@code high_at}) the share at or above it per
 * band with R's {@code prop.trend.test(x, n)} ({@link AgeBandTrends}).
 *
 * <pre>{@code
 * List<AgeBandResult> r = AgeBands.analyze(survey);
 * }</pre>
 */
public final class AgeBands {
  /**
   * The built-in plan's band limits in years (built-in-plan.yaml), for a plan that does not band
   * its mattress-age variable; the last band has no upper end.
   */
  static final List<Double> BUILT_IN = List.of(0.0, 6.0, 8.0, 10.0);

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
      Banded banded = new Banded(size);
      for (int i = 0; i < size; i++) {
        double a = age.get(i);
        double v = y.get(i);
        if (!Double.isNaN(a) && !Double.isNaN(v)) {
          banded.add(bands.band(a), v);
        }
      }
      boolean primary = design.primary().filter(p -> p.name().equals(o.name())).isPresent();
      OptionalDouble threshold = primary ? o.highAt() : OptionalDouble.empty();
      out.add(bands.result(y.name(), banded, threshold));
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
    Banded banded = new Banded(y.length);
    for (int i = 0; i < y.length; i++) {
      if (Double.isNaN(age[i]) || Double.isNaN(y[i])) {
        throw new IllegalArgumentException("missing value at index " + i);
      }
      banded.add(builtIn.band(age[i]), y[i]);
    }
    return builtIn.result(outcome, banded, OptionalDouble.empty());
  }

  /** The respondents with both values and a band: band and value of each, in survey order. */
  private static final class Banded {
    final int[] band;
    final double[] y;
    int n;

    Banded(int capacity) {
      band = new int[capacity];
      y = new double[capacity];
    }

    /** Adds a respondent; an age in no band (-1) is left out, as R's cut gives NA there. */
    void add(int b, double value) {
      if (b >= 0) {
        band[n] = b;
        y[n++] = value;
      }
    }
  }

  private AgeBandResult result(String outcome, Banded banded, OptionalDouble threshold) {
    Tally[] tallies = new Tally[labels.length];
    for (int b = 0; b < tallies.length; b++) {
      tallies[b] = new Tally();
    }
    for (int i = 0; i < banded.n; i++) {
      tallies[banded.band[i]].add(banded.y[i]);
    }
    List<AgeBand> out = new ArrayList<>(tallies.length);
    for (int b = 0; b < tallies.length; b++) {
      out.add(describe(b, tallies[b].done()));
    }
    int[] band = Arrays.copyOf(banded.band, banded.n);
    double[] y = Arrays.copyOf(banded.y, banded.n);
    Optional<AgeBandShares> shares = threshold.isPresent()
        ? Optional.of(AgeBandTrends.shares(labels, band, y, threshold.getAsDouble()))
        : Optional.empty();
    return new AgeBandResult(outcome, banded.n, out, AgeBandTrends.trend(band, y), shares);
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
