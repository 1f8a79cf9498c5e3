package org.sleepstat.analysis;

import java.util.Locale;
import org.apache.commons.statistics.inference.PValueMethod;
import org.apache.commons.statistics.inference.TTest;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;
import org.sleepstat.core.schema.NumberText;

/**
 * The paired analysis of one outcome over arrays of pre and post values (already selected).
 * Undefined statistics become {@link Stat#undefined} with a reason; nothing here throws on data.
 */
final class PairedAnalysis {
  /**
   * Slack in the responder comparison, so that a decimal change of exactly the threshold counts
   * although binary arithmetic gives e.g. 2.1 − 4.1 = −1.9999999999999996. Scores have at most a
   * few decimals, so no real change lies this close to the threshold without being on it.
   */
  static final double RESPONDER_SLACK = 1e-9;

  /** R's t.test refuses data whose standard error is below this multiple of |mean|. */
  private static final double ESSENTIALLY_CONSTANT = 10 * Math.ulp(1.0);

  /** R's wilcox.test gives an exact p-value only below this many non-zero differences. */
  private static final int EXACT_BELOW = 50;

  private PairedAnalysis() {}

  /**
   * @param pre baseline values, one per pair, none missing
   * @param post follow-up values, same length
   * @param threshold the responder change in points, &gt; 0
   */
  static PairedResult compute(String outcome, String selection, Direction direction,
      double threshold, double[] pre, double[] post) {
    int n = pre.length;
    double[] change = new double[n];
    for (int i = 0; i < n; i++) {
      change[i] = post[i] - pre[i];
    }
    String rule = direction == Direction.LOWER_IS_BETTER
        ? "change <= -" + NumberText.format(threshold)
        : "change >= " + NumberText.format(threshold);
    int responders = countResponders(change, direction, threshold);
    int zeros = 0;
    for (double d : change) {
      if (d == 0) {
        zeros++;
      }
    }

    if (n == 0) {
      Stat none = Stat.undefined("no pairs (" + selection + ")");
      return new PairedResult(outcome, selection, direction, 0, none, none, none, none, none,
          none, none, none, none, none, false, 0, "Wilcoxon signed-rank, not computable: no pairs",
          none, rule, 0, none, none, none);
    }

    double meanChange = Moments.mean(change);
    Stat meanPre = Stat.of(Moments.mean(pre));
    Stat meanPost = Stat.of(Moments.mean(post));

    // Paired t-test and its confidence interval.
    Stat ciLow;
    Stat ciHigh;
    Stat t;
    Stat df;
    Stat pT;
    Stat dz;
    if (n < 2) {
      Stat why = Stat.undefined("n = 1: needs at least 2 pairs");
      ciLow = ciHigh = t = df = pT = dz = why;
    } else {
      double sd = Math.sqrt(Moments.variance(change, meanChange));
      double se = sd / Math.sqrt(n);
      if (sd == 0) {
        dz = Stat.undefined("sd of the changes is zero (all changes equal)");
      } else {
        dz = Stat.finiteOr(meanChange / sd, "sd of the changes is zero");
      }
      if (se == 0 || se < ESSENTIALLY_CONSTANT * Math.abs(meanChange)) {
        Stat why = Stat.undefined("all changes are equal (zero variance): no t-test");
        ciLow = ciHigh = t = df = pT = why;
      } else {
        TTest.Result r = TTest.withDefaults().test(change);
        double degrees = n - 1;
        double q = Distributions.tQuantile975(degrees);
        // As R: (tstat -/+ q) * stderr
        double tstat = meanChange / se;
        String bad = "t-test not computable";
        ciLow = Stat.finiteOr((tstat - q) * se, bad);
        ciHigh = Stat.finiteOr((tstat + q) * se, bad);
        t = Stat.finiteOr(r.getStatistic(), bad);
        df = Stat.of(degrees);
        pT = Stat.finiteOr(r.getPValue(), bad);
      }
    }

    // Wilcoxon signed-rank as R's wilcox.test(x, y, paired = TRUE): zeros dropped first.
    Stat v;
    Stat pW;
    boolean exact = false;
    String method;
    int nonZero = n - zeros;
    if (nonZero == 0) {
      String why = String.format(Locale.ROOT, "all %d changes are zero", n);
      v = pW = Stat.undefined(why);
      method = "Wilcoxon signed-rank, not computable: " + why;
    } else {
      double[] nz = new double[nonZero];
      int k = 0;
      for (double d : change) {
        if (d != 0) {
          nz[k++] = d;
        }
      }
      boolean exactAllowed = nonZero < EXACT_BELOW && zeros == 0;
      WilcoxonSignedRankTest.Result r = WilcoxonSignedRankTest.withDefaults()
          .with(exactAllowed ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC)
          .test(nz);
      exact = exactAllowed && !r.hasTiedValues();
      String bad = "signed-rank test not computable";
      v = Stat.finiteOr(r.getStatistic(), bad);
      pW = Stat.finiteOr(r.getPValue(), bad);
      method = wilcoxonMethod(exact, r.hasTiedValues(), zeros);
    }

    Stat rate = Stat.of((double) responders / n);
    double[] wilson = WilsonInterval.of(responders, n, Distributions.Z_975);
    return new PairedResult(outcome, selection, direction, n, meanPre, meanPost,
        Stat.of(meanChange), ciLow, ciHigh, t, df, pT, v, pW, exact, zeros, method, dz, rule,
        responders, rate, Stat.of(wilson[0]), Stat.of(wilson[1]));
  }

  private static int countResponders(double[] change, Direction direction, double threshold) {
    int count = 0;
    if (direction == Direction.LOWER_IS_BETTER) {
      double limit = -threshold + RESPONDER_SLACK;
      for (double d : change) {
        if (d <= limit) {
          count++;
        }
      }
    } else {
      double limit = threshold - RESPONDER_SLACK;
      for (double d : change) {
        if (d >= limit) {
          count++;
        }
      }
    }
    return count;
  }

  private static String wilcoxonMethod(boolean exact, boolean ties, int zeros) {
    StringBuilder s = new StringBuilder("Wilcoxon signed-rank, ");
    if (exact) {
      s.append("exact");
    } else {
      s.append(ties ? "normal approximation with continuity and tie correction"
          : "normal approximation with continuity correction");
    }
    if (zeros > 0) {
      s.append(", ").append(zeros).append(zeros == 1 ? " zero difference" : " zero differences")
          .append(" dropped");
    }
    return s.toString();
  }
}
