package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.schema.NumberText;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.stats.CompensatedSum;
import org.sleepstat.stats.Distributions;
import org.sleepstat.stats.Stat;
import org.sleepstat.stats.Tally;
import org.sleepstat.stats.model.DesignRows;
import org.sleepstat.stats.model.LinearModel;

/**
 * Changed against not changed: for each outcome with a pre and a post column, the respondents
 * who changed mattress against those who did not, by ANCOVA ({@code lm(post ~ pre + changed)},
 * the difference adjusted for the baseline) and by Welch's t-test on the change scores. Only
 * respondents whose changed_mattress is known and who have both values take part (available
 * cases per outcome). Statistics that cannot be computed (an empty arm, an arm of one for
 * Welch, too few respondents or a singular design for the ANCOVA, no variance) are undefined
 * {@link Stat}s with the reason; comparing never throws because of the data.
 *
 * <pre>{@code
 * List<ArmComparisonResult> results = ArmComparison.compare(importResult.survey());
 * }</pre>
 */
public final class ArmComparison {
  /** R's t.test refuses data whose standard error is below this multiple of the larger mean. */
  private static final double ESSENTIALLY_CONSTANT = 10 * Math.ulp(1.0);

  private static final String CHANGE_OVERFLOW =
      Stat.OVERFLOW + ": a change post - pre is beyond the range of doubles";

  private ArmComparison() {}

  /**
   * One result per outcome with both a pre and a post column, in codebook order; empty when the
   * survey has no changed_mattress column (nothing to compare).
   */
  public static List<ArmComparisonResult> compare(Survey survey) {
    return compare(survey, StudyDesign.of(survey.codebook()), LinearModel.MAX_HELD);
  }

  /**
   * One result per outcome of {@code design} with both a pre and a post column: its treated
   * level against every other level of its group; empty without a group or its column.
   */
  public static List<ArmComparisonResult> compare(Survey survey, StudyDesign design) {
    return compare(survey, design, LinearModel.MAX_HELD);
  }

  /**
   * {@link #compare(Survey)} with the largest ANCOVA design (n × 3 values) held and decomposed
   * whole; larger ones are decomposed block by block ({@link LinearModel}).
   */
  static List<ArmComparisonResult> compare(Survey survey, StudyDesign design, long maxHeld) {
    Optional<LevelColumn> changedColumn = design.groupName().flatMap(survey::levels);
    if (changedColumn.isEmpty()) {
      return List.of();
    }
    LevelColumn changed = changedColumn.get();
    int yes = design.treatedCode().getAsInt();
    List<PairedColumns> outcomes = PairedColumns.of(survey, design);
    List<List<AdjustedDifference>> adjusted =
        adjusted(survey, design, outcomes, maxHeld, List.of(RowFilter.ALL));
    List<ArmComparisonResult> out = new ArrayList<>();
    for (int k = 0; k < outcomes.size(); k++) {
      PairedColumns columns = outcomes.get(k);
      out.add(compute(columns.outcome().name(),
          new Rows(changed, yes, columns.pre(), columns.post()), maxHeld,
          adjusted.get(k).get(0)));
    }
    return out;
  }

  /**
   * {@code lm(post ~ pre + group + covariates)} of several outcomes, each over each of the
   * subsets {@code rows}: the treated level's coefficient, the group's reference being its first
   * level other than the treated one. Per outcome of {@code columns}, one per subset in that
   * order. Every model is fitted in the same passes over the survey, each outcome on its own
   * value before, so a respondent in several subsets or outcomes is read and decomposed once.
   */
  static List<List<AdjustedDifference>> adjusted(Survey survey, StudyDesign design,
      List<PairedColumns> columns, long maxHeld, List<RowFilter> rows) {
    StudyDesign.Group group = design.group().orElseThrow();
    String name = group.variable().name();
    Map<String, String> references = new HashMap<>(design.models().referenceLevels());
    references.put(name, group.variable().levels().stream()
        .filter(l -> !l.equals(group.treated())).findFirst().orElse(group.treated()));
    List<String> ys = new ArrayList<>();
    List<List<String>> termsEach = new ArrayList<>();
    List<RowFilter> filters = new ArrayList<>();
    List<List<String>> plans = new ArrayList<>();
    for (PairedColumns c : columns) {
      List<String> plan = new ArrayList<>();
      for (Variable v : design.models().covariates()) {
        if (!v.name().equals(name) && !v.name().equals(c.pre().name())
            && !v.name().equals(c.post().name())) {
          plan.add(v.name());
        }
      }
      List<String> terms = new ArrayList<>(List.of(c.pre().name(), name));
      terms.addAll(plan);
      plans.add(plan);
      for (RowFilter r : rows) {
        ys.add(c.post().name());
        termsEach.add(terms);
        filters.add(r);
      }
    }
    List<RegressionResult> fits = BaselineRegression.fitEach(survey, ys, termsEach, references,
        maxHeld, filters);
    List<List<AdjustedDifference>> out = new ArrayList<>();
    for (int k = 0; k < columns.size(); k++) {
      List<AdjustedDifference> each = new ArrayList<>();
      for (int s = 0; s < rows.size(); s++) {
        each.add(difference(fits.get(k * rows.size() + s), name, group.treated(), plans.get(k)));
      }
      out.add(each);
    }
    return out;
  }

  private static AdjustedDifference difference(RegressionResult fit, String name,
      String treated, List<String> plan) {
    List<String> notes = new ArrayList<>(fit.notes());
    fit.absentCovariates().forEach(c -> notes.add(c + " left out: the file has no column"));
    Optional<RegressionCoefficient> c = fit.coefficient(name + treated);
    Stat none = Stat.undefined(fit.n() == 0 ? "no respondent has every value"
        : name + " has no respondents of both kinds among the complete cases");
    return new AdjustedDifference(fit.n(), plan,
        c.map(x -> new Estimate(x.estimate(), x.ciLow(), x.ciHigh())).orElse(Estimate.all(none)),
        c.map(RegressionCoefficient::standardError).orElse(none), fit.residualDf(),
        c.map(RegressionCoefficient::t).orElse(none), c.map(RegressionCoefficient::p)
            .orElse(none), notes);
  }

  /**
   * The respondents of one outcome with a group (the treated level, or any other: untreated) and
   * both values,
   * as the rows of the ANCOVA's design (1, pre, changed = yes; y = post), read from the columns:
   * who takes part and in which arm is marked (one bit each) by the pass that tallies the arms.
   */
  private static final class Rows implements DesignRows {
    private final LevelColumn changed;
    private final int yes;
    private final NumberColumn pre;
    private final NumberColumn post;
    private final long[] taking;
    private final long[] changedYes;
    private int size;
    private int cursor;

    Rows(LevelColumn changed, int yes, NumberColumn pre, NumberColumn post) {
      this.changed = changed;
      this.yes = yes;
      this.pre = pre;
      this.post = post;
      int words = (pre.size() + 63) >>> 6;
      this.taking = new long[words];
      this.changedYes = new long[words];
    }

    /** Tallies the arms, marking who takes part. */
    void tally(Arm yesArm, Arm noArm) {
      int total = pre.size();
      int n = 0;
      for (int i = 0; i < total; i++) {
        int code = changed.code(i);
        if (code == LevelColumn.MISSING) {
          continue;
        }
        double before = pre.get(i);
        double after = post.get(i);
        if (Double.isNaN(before) || Double.isNaN(after)) {
          continue;
        }
        long bit = 1L << i;
        taking[i >>> 6] |= bit;
        Arm arm = noArm;
        if (code == yes) {
          changedYes[i >>> 6] |= bit;
          arm = yesArm;
        }
        arm.add(before, after);
        n++;
      }
      size = n;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public int columns() {
      return 3;
    }

    @Override
    public void rewind() {
      cursor = 0;
    }

    @Override
    public int next(double[] out, int max) {
      int total = pre.size();
      int r = 0;
      while (r < max && cursor < total) {
        int i = cursor++;
        long bit = 1L << i;
        if ((taking[i >>> 6] & bit) == 0) {
          continue;
        }
        int base = 4 * r++;
        out[base] = 1;
        out[base + 1] = pre.get(i);
        out[base + 2] = (changedYes[i >>> 6] & bit) != 0 ? 1 : 0;
        out[base + 3] = post.get(i);
      }
      return r;
    }
  }

  /** One arm's pre, post and change values, tallied as they stream past. */
  private static final class Arm {
    final CompensatedSum pre = new CompensatedSum();
    final CompensatedSum post = new CompensatedSum();
    final Tally change = new Tally();
    double minPre = Double.POSITIVE_INFINITY;
    double maxPre = Double.NEGATIVE_INFINITY;
    int n;
    /** Changes post − pre beyond the range of doubles, kept out of the tally. */
    int overflowed;

    void add(double before, double after) {
      n++;
      minPre = Math.min(minPre, before);
      maxPre = Math.max(maxPre, before);
      pre.add(before);
      post.add(after);
      double d = after - before;
      if (Double.isInfinite(d)) {
        overflowed++;
      } else {
        change.add(d);
      }
    }

    ArmComparisonResult.Arm result() {
      change.done();
      if (n == 0) {
        Stat none = Stat.undefined("no respondents in this arm");
        return new ArmComparisonResult.Arm(0, none, none, none);
      }
      return new ArmComparisonResult.Arm(n, Stat.of(pre.mean(n)), Stat.of(post.mean(n)),
          overflowed > 0 ? Stat.undefined(CHANGE_OVERFLOW) : Stat.of(change.mean()));
    }
  }

  /**
   * The comparison over the respondents of {@code rows}.
   *
   * @param maxHeld the largest ANCOVA design (values) held whole ({@link LinearModel})
   */
  private static ArmComparisonResult compute(String outcome, Rows rows, long maxHeld,
      AdjustedDifference adjusted) {
    Arm yesArm = new Arm();
    Arm noArm = new Arm();
    rows.tally(yesArm, noArm);
    ArmComparisonResult.Arm yes = yesArm.result();
    ArmComparisonResult.Arm no = noArm.result();
    int nYes = yes.n();
    int nNo = no.n();

    // ANCOVA: post ~ 1 + pre + (changed == yes)
    Stat[] ancova = new Stat[8];
    String method = "ANCOVA lm(post ~ pre + changed), difference yes - no";
    String emptyArm = nYes == 0 ? "no respondent with changed_mattress = yes"
        : nNo == 0 ? "no respondent with changed_mattress = no" : null;
    if (emptyArm != null) {
      Arrays.fill(ancova, Stat.undefined(emptyArm));
      method += ", not computable: " + emptyArm;
    } else {
      LinearModel.Result result = LinearModel.fit(rows, true, maxHeld);
      if (result instanceof LinearModel.Fitted fit) {
        LinearModel.Coefficient c = fit.coefficients().get(2);
        String problem = fit.inferenceProblem();
        String why = problem != null ? problem : "ANCOVA not computable";
        ancova[0] = Stat.finiteOr(c.estimate(), "ANCOVA not computable");
        ancova[1] = Stat.finiteOr(c.standardError(), why);
        ancova[2] = Stat.finiteOr(c.t(), why);
        ancova[3] = Stat.of(fit.residualDf());
        ancova[4] = Stat.finiteOr(c.p(), why);
        ancova[5] = Stat.finiteOr(c.ciLow(), why);
        ancova[6] = Stat.finiteOr(c.ciHigh(), why);
        ancova[7] = Stat.finiteOr(fit.rSquared(), "R² not computable");
        if (problem != null) {
          method += ", no standard error: " + problem;
        }
      } else {
        LinearModel.Unfitted unfitted = (LinearModel.Unfitted) result;
        String why = switch (unfitted.aliasedColumn()) {
          case 1 -> preAliased(Math.min(yesArm.minPre, noArm.minPre),
              Math.max(yesArm.maxPre, noArm.maxPre));
          case 2 -> "singular design: pre is collinear with the arm (changed_mattress)";
          default -> unfitted.reason();
        };
        Arrays.fill(ancova, Stat.undefined(why));
        method += ", not computable: " + why;
      }
    }

    Stat[] welch;
    if (yesArm.overflowed + noArm.overflowed > 0) {
      welch = new Stat[6];
      Arrays.fill(welch, Stat.undefined(CHANGE_OVERFLOW));
    } else {
      welch = welch(yesArm.change, noArm.change);
    }
    return new ArmComparisonResult(outcome, yes, no,
        new ArmComparisonResult.Ancova(new Estimate(ancova[0], ancova[5], ancova[6]), ancova[1],
            ancova[2], ancova[3], ancova[4], ancova[7], method),
        new ArmComparisonResult.Welch(new Estimate(welch[0], welch[4], welch[5]), welch[1],
            welch[2], welch[3]), adjusted);
  }

  /**
   * Why pre cannot be estimated beside the intercept, given its smallest and largest value: it is
   * constant, or it varies by less than lm's tolerance of its size. R's lm would then drop pre
   * (coefficient NA) and report the arms' difference unadjusted, which is no ANCOVA.
   */
  static String preAliased(double min, double max) {
    if (min == max) {
      return "singular design: pre is constant (" + NumberText.format(min) + ")";
    }
    return String.format(Locale.ROOT, "singular design: pre varies too little against its size "
        + "to be told apart from the intercept (from %s to %s; its spread is below lm's "
        + "tolerance 1e-7 of its size, and R's lm would drop it)", NumberText.format(min),
        NumberText.format(max));
  }

  /**
   * R's t.test(yes, no) (Welch): {difference yes − no, t, df, p, ci low, ci high}.
   */
  private static Stat[] welch(Tally yes, Tally no) {
    Stat[] out = new Stat[6];
    int nYes = yes.count();
    int nNo = no.count();
    if (nYes < 2 || nNo < 2) {
      String why = String.format(Locale.ROOT,
          "Welch's t-test needs at least 2 respondents per arm (yes %d, no %d)", nYes, nNo);
      Arrays.fill(out, Stat.undefined(why));
      return out;
    }
    double meanYes = yes.mean();
    double meanNo = no.mean();
    double seYes = Math.sqrt(yes.variance() / nYes);
    double seNo = Math.sqrt(no.variance() / nNo);
    double se = Math.sqrt(seYes * seYes + seNo * seNo);
    String refused = null;
    if (se == 0) {
      refused = "the change scores are constant within both arms (zero variance): no Welch test";
    } else if (!Double.isFinite(se)) {
      refused = Stat.OVERFLOW + ": the variance of the change scores";
    } else if (se < ESSENTIALLY_CONSTANT * Math.max(Math.abs(meanYes), Math.abs(meanNo))) {
      refused = "the change scores are essentially constant within both arms (standard error "
          + "below 10 machine epsilons of the means, as R's t.test refuses): no Welch test";
    }
    if (refused != null) {
      Arrays.fill(out, Stat.undefined(refused));
      return out;
    }
    double df = Math.pow(se, 4)
        / (Math.pow(seYes, 4) / (nYes - 1) + Math.pow(seNo, 4) / (nNo - 1));
    double t = yes.meanMinus(no) / se;
    double q = Distributions.tQuantile975(df);
    String bad = "Welch's t-test not computable";
    out[0] = Stat.finiteOr(yes.meanMinus(no), bad);
    out[1] = Stat.finiteOr(t, bad);
    out[2] = Stat.finiteOr(df, bad);
    out[3] = Stat.finiteOr(Distributions.tTwoSided(t, df), bad);
    // as R: (tstat -/+ q) * stderr
    out[4] = Stat.finiteOr((t - q) * se, bad);
    out[5] = Stat.finiteOr((t + q) * se, bad);
    return out;
  }
}
