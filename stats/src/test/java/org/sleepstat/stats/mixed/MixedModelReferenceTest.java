package org.sleepstat.stats.mixed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sleepstat.stats.Reference;

/**
 * Every value of reference/mixed/mixed-expected.tsv (mixed.R: lme4 1.1.31, lmerTest 3.1.3,
 * emmeans 1.8.4.1 on the nine data sets of reference/mixed/data) against the Java fit; the L
 * table (show_tests) is checked by {@link MixedTypeThreeTest}.
 *
 * <p>Tolerances, each from where R's number comes from:
 * <ul>
 *   <li>the REML criterion: {@value #CRITERION} relative (R's value at its optimum, which is
 *       flat there);
 *   <li>β̂ and every estimate l'β̂ (model means, contrasts): {@value #ESTIMATE} relative;
 *   <li>θ, σ, the SD of the intercept, vcov, se and t: {@value #VARIANCE} relative. lme4's
 *       optimiser (nloptwrap with ftol_rel 1e-15) stops up to 3e-8 relative from the optimum in
 *       θ, where the criterion is flat to 1e-16; Java's θ is the zero of the analytic
 *       derivative, and on complete data equals the closed form to 1e-12
 *       ({@link MixedClosedFormTest});
 *   <li>Satterthwaite's df, F's df2, F, and the confidence bounds (through qt(df)), and
 *       lmerTest's vcov_varpar = 2 H⁺ ("hessian"): {@value #NUMERICAL} relative, as R takes the
 *       Hessian and the Jacobian of vcov(β) numerically (numDeriv) where Java's are analytic;
 *       vcov_varpar with a floor of {@value #NUMERICAL} of its largest entry (at the boundary
 *       R's off-diagonal is −9e-12 of numerical noise, Java's 0). At the boundary θ = 0
 *       numDeriv steps 1e-4 absolute in θ and its ∂²dev/∂θ² is 143.99371 where its own
 *       differences converge to 143.99511 (checked in R with smaller steps), Java's 143.99512:
 *       {@value #BOUNDARY_HESSIAN} there; no df depends on it, as ∂V/∂θ = 0 at θ = 0;
 *   <li>p-values: {@value #P_VALUE} absolute.
 * </ul>
 */
class MixedModelReferenceTest {
  static final double CRITERION = 1e-12;
  static final double ESTIMATE = 1e-8;
  static final double VARIANCE = 1e-7;
  static final double NUMERICAL = 1e-6;
  static final double P_VALUE = 1e-7;
  static final double BOUNDARY_HESSIAN = 1e-4;

  static Stream<Reference.Row> rows() {
    return Reference.rows(MixedReferenceData.FOLDER, MixedReferenceData.TABLE,
        MixedReferenceData.SCRIPT).stream().filter(r -> !r.outcome().equals("L"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void matchesLme4LmerTestAndEmmeans(Reference.Row row) {
    MixedReferenceData data = MixedReferenceData.of(row.dataset());
    Object actual = switch (row.outcome()) {
      case "fit" -> fitValue(data.fit, row.key());
      case "fixed" -> contrastValue(data.fit.contrast(unit(data, row.group())), row.key());
      case "vcov" -> vcov(data, row.group());
      case "hessian" -> hessian(data, row.group());
      case "anova" -> anovaValue(data.fit.test(data.typeIII(row.group())), row.key());
      case "emmeans" -> contrastValue(data.fit.contrast(cell(data, row.group())),
          row.key().equals("emmean") ? "estimate" : row.key());
      case "between" -> contrastValue(data.fit.contrast(between(data, row.group())), row.key());
      case "within" -> contrastValue(data.fit.contrast(within(data, row.group())), row.key());
      default -> throw new IllegalStateException("unknown table " + row.outcome());
    };
    Reference.assertMatches(row + ": " + row.reproduce(), row.expected(), actual,
        absoluteTolerance(row));
  }

  /** The tolerance as the class comment says, made absolute for the R value. */
  private static double absoluteTolerance(Reference.Row row) {
    String key = row.key();
    if (key.startsWith("p_")) {
      return P_VALUE;
    }
    if (key.equals("vcov_varpar")) {
      double relative = row.dataset().equals("boundary") ? BOUNDARY_HESSIAN : NUMERICAL;
      return relative * largestVarpar(row.dataset());
    }
    double relative = switch (key) {
      case "reml_criterion" -> CRITERION;
      case "estimate", "emmean" -> ESTIMATE;
      case "df", "df2", "f", "ci_low", "ci_high" -> NUMERICAL;
      default -> VARIANCE;
    };
    return relative * Math.abs(row.value()) + 1e-14;
  }

  private static double largestVarpar(String dataset) {
    return rows().filter(r -> r.dataset().equals(dataset) && r.key().equals("vcov_varpar"))
        .mapToDouble(r -> Math.abs(r.value())).max().orElseThrow();
  }

  private static Object fitValue(RandomInterceptFit fit, String key) {
    return switch (key) {
      case "theta" -> fit.theta();
      case "sigma" -> fit.sigma();
      case "sd_respondent" -> fit.sdIntercept();
      case "reml_criterion" -> fit.remlCriterion();
      case "singular" -> fit.singular();
      case "n_observations" -> (int) fit.observations();
      case "n_respondents" -> (int) fit.clusters();
      default -> throw new IllegalStateException("unknown key " + key);
    };
  }

  private static Object contrastValue(Contrast c, String key) {
    return switch (key) {
      case "estimate" -> c.estimate();
      case "se" -> c.se();
      case "df" -> c.df();
      case "t" -> c.t();
      case "p_value" -> c.p();
      case "ci_low" -> c.ciLow();
      case "ci_high" -> c.ciHigh();
      default -> throw new IllegalStateException("unknown key " + key);
    };
  }

  private static Object anovaValue(FTestResult f, String key) {
    return switch (key) {
      case "f" -> f.f();
      case "df1" -> f.df1();
      case "df2" -> f.df2();
      case "p_value" -> f.p();
      default -> throw new IllegalStateException("unknown key " + key);
    };
  }

  private static double[] unit(MixedReferenceData data, String term) {
    int j = data.fit.names().indexOf(term);
    if (j < 0) {
      fail("%s: no coefficient %s in %s", data, term, data.fit.names());
    }
    double[] l = new double[data.fit.names().size()];
    l[j] = 1;
    return l;
  }

  private static double vcov(MixedReferenceData data, String pair) {
    String[] ij = pair.split("\\|");
    List<String> names = data.fit.names();
    return data.fit.covariance()[names.indexOf(ij[0])][names.indexOf(ij[1])];
  }

  private static double hessian(MixedReferenceData data, String pair) {
    String[] ij = pair.split("\\|");
    return data.fit.varparCovariance()[Integer.parseInt(ij[0]) - 1][Integer.parseInt(ij[1]) - 1];
  }

  /** "week 2|yes" (or "week 2|" for a single group). */
  private static double[] cell(MixedReferenceData data, String what) {
    String[] f = what.split("\\|", -1);
    return data.design.cell(data.wave(f[0]), data.group(f[1]));
  }

  /** "week 2|yes - no". */
  private static double[] between(MixedReferenceData data, String what) {
    String[] f = what.split("\\|", -1);
    assertThat(f[1]).isEqualTo("yes - no");
    return data.design.between(data.wave(f[0]), data.group("yes"));
  }

  /** "yes|week 2 - baseline" (or "|week 2 - baseline" for a single group). */
  private static double[] within(MixedReferenceData data, String what) {
    String[] f = what.split("\\|", -1);
    String[] waves = f[1].split(" - ");
    assertThat(data.wave(waves[1])).isZero();
    return data.design.within(data.group(f[0]), data.wave(waves[0]));
  }

}
