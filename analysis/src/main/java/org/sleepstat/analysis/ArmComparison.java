package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.core.survey.Survey;

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

  private ArmComparison() {}

  /**
   * One result per outcome with both a pre and a post column, in codebook order; empty when the
   * survey has no changed_mattress column (nothing to compare).
   */
  public static List<ArmComparisonResult> compare(Survey survey) {
    Optional<LevelColumn> changedColumn = survey.levels(SurveyAnalysis.CHANGED);
    if (changedColumn.isEmpty()) {
      return List.of();
    }
    LevelColumn changed = changedColumn.get();
    int yes = changed.levels().indexOf("yes");
    int no = changed.levels().indexOf("no");
    List<ArmComparisonResult> out = new ArrayList<>();
    for (PairedColumns columns : PairedColumns.of(survey)) {
      Codebook.Outcome o = columns.outcome();
      NumberColumn pre = columns.pre();
      NumberColumn post = columns.post();
      int size = survey.size();
      double[] y0 = new double[size];
      double[] y1 = new double[size];
      boolean[] arm = new boolean[size];
      int n = 0;
      for (int i = 0; i < size; i++) {
        int code = changed.code(i);
        if (code == LevelColumn.MISSING || (code != yes && code != no)) {
          continue;
        }
        double before = pre.get(i);
        double after = post.get(i);
        if (Double.isNaN(before) || Double.isNaN(after)) {
          continue;
        }
        y0[n] = before;
        y1[n] = after;
        arm[n] = code == yes;
        n++;
      }
      out.add(compute(o.name(), Arrays.copyOf(arm, n), Arrays.copyOf(y0, n),
          Arrays.copyOf(y1, n)));
    }
    return out;
  }

  /**
   * The comparison over already selected respondents.
   *
   * @param changed whether each respondent changed mattress (yes) or not (no)
   * @param pre baseline values, none missing
   * @param post follow-up values, none missing
   */
  static ArmComparisonResult compute(String outcome, boolean[] changed, double[] pre,
      double[] post) {
    int n = changed.length;
    int nYes = 0;
    for (boolean c : changed) {
      if (c) {
        nYes++;
      }
    }
    int nNo = n - nYes;
    double[][] yes = split(changed, pre, post, true, nYes);
    double[][] no = split(changed, pre, post, false, nNo);
    ArmComparisonResult.Arm yesArm = arm(yes);
    ArmComparisonResult.Arm noArm = arm(no);

    // ANCOVA: post ~ 1 + pre + (changed == yes)
    Stat[] ancova = new Stat[8];
    String method = "ANCOVA lm(post ~ pre + changed), difference yes - no";
    String emptyArm = nYes == 0 ? "no respondent with changed_mattress = yes"
        : nNo == 0 ? "no respondent with changed_mattress = no" : null;
    if (emptyArm != null) {
      Arrays.fill(ancova, Stat.undefined(emptyArm));
      method += ", not computable: " + emptyArm;
    } else {
      double[] ones = new double[n];
      double[] arm = new double[n];
      Arrays.fill(ones, 1);
      for (int i = 0; i < n; i++) {
        arm[i] = changed[i] ? 1 : 0;
      }
      LinearModel.Result result = LinearModel.fitColumns(new double[][] {ones, pre, arm}, post,
          true);
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
          case 1 -> "singular design: pre is constant";
          case 2 -> "singular design: pre is collinear with the arm (changed_mattress)";
          default -> unfitted.reason();
        };
        Arrays.fill(ancova, Stat.undefined(why));
        method += ", not computable: " + why;
      }
    }

    Stat[] welch = welch(yes[2], no[2]);
    return new ArmComparisonResult(outcome, yesArm, noArm, ancova[0], ancova[1], ancova[2],
        ancova[3], ancova[4], ancova[5], ancova[6], ancova[7], method, welch[0], welch[1],
        welch[2], welch[3], welch[4], welch[5]);
  }

  /** {pre, post, change} of one arm. */
  private static double[][] split(boolean[] changed, double[] pre, double[] post, boolean which,
      int size) {
    double[][] arm = new double[3][size];
    int k = 0;
    for (int i = 0; i < changed.length; i++) {
      if (changed[i] == which) {
        arm[0][k] = pre[i];
        arm[1][k] = post[i];
        arm[2][k] = post[i] - pre[i];
        k++;
      }
    }
    return arm;
  }

  private static ArmComparisonResult.Arm arm(double[][] values) {
    int n = values[0].length;
    if (n == 0) {
      Stat none = Stat.undefined("no respondents in this arm");
      return new ArmComparisonResult.Arm(0, none, none, none);
    }
    return new ArmComparisonResult.Arm(n, Stat.of(Moments.mean(values[0])),
        Stat.of(Moments.mean(values[1])), Stat.of(Moments.mean(values[2])));
  }

  /**
   * R's t.test(yes, no) (Welch): {difference yes − no, t, df, p, ci low, ci high}.
   */
  private static Stat[] welch(double[] yes, double[] no) {
    Stat[] out = new Stat[6];
    if (yes.length < 2 || no.length < 2) {
      String why = String.format(Locale.ROOT,
          "Welch's t-test needs at least 2 respondents per arm (yes %d, no %d)", yes.length,
          no.length);
      Arrays.fill(out, Stat.undefined(why));
      return out;
    }
    double meanYes = Moments.mean(yes);
    double meanNo = Moments.mean(no);
    double seYes = Math.sqrt(Moments.variance(yes, meanYes) / yes.length);
    double seNo = Math.sqrt(Moments.variance(no, meanNo) / no.length);
    double se = Math.sqrt(seYes * seYes + seNo * seNo);
    if (se == 0 || se < ESSENTIALLY_CONSTANT * Math.max(Math.abs(meanYes), Math.abs(meanNo))) {
      Arrays.fill(out, Stat.undefined(
          "the change scores are constant within both arms (zero variance): no Welch test"));
      return out;
    }
    double df = Math.pow(se, 4)
        / (Math.pow(seYes, 4) / (yes.length - 1) + Math.pow(seNo, 4) / (no.length - 1));
    double t = (meanYes - meanNo) / se;
    double q = Distributions.tQuantile975(df);
    String bad = "Welch's t-test not computable";
    out[0] = Stat.finiteOr(meanYes - meanNo, bad);
    out[1] = Stat.finiteOr(t, bad);
    out[2] = Stat.finiteOr(df, bad);
    out[3] = Stat.finiteOr(Distributions.tTwoSided(t, df), bad);
    // as R: (tstat -/+ q) * stderr
    out[4] = Stat.finiteOr((t - q) * se, bad);
    out[5] = Stat.finiteOr((t + q) * se, bad);
    return out;
  }
}
