package org.sleepstat.analysis;

import java.util.Locale;
import org.apache.commons.statistics.inference.PValueMethod;
import org.apache.commons.statistics.inference.WilcoxonSignedRankTest;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.schema.Direction;
import org.sleepstat.core.schema.NumberText;
import org.sleepstat.stats.CompensatedSum;
import org.sleepstat.stats.Distributions;
import org.sleepstat.stats.HodgesLehmann;
import org.sleepstat.stats.NoncentralT;
import org.sleepstat.stats.ShiftedSignedRank;
import org.sleepstat.stats.Stat;
import org.sleepstat.stats.Tally;
import org.sleepstat.stats.WilsonInterval;

/**
 * The paired analysis of one outcome over its pairs of pre and post values (already selected),
 * taken as they stream past ({@link Pairs}, no array of them is kept): means, paired t-test,
 * signed-rank test with its Hodges–Lehmann estimate and interval ({@link HodgesLehmann}),
 * Cohen's dz with its noncentral-t interval ({@link NoncentralT}), percent
 * change, and responders by points and by 30% of the own baseline. Undefined statistics become
 * {@link Stat#undefined} with a reason; nothing here throws on data.
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
   * The pairs of one outcome, added one at a time as the rows stream past: the sums of pre and
   * post, a {@link Tally} of the changes and the responder counts, so that no array of the pairs
   * is needed.
   */
  static final class Pairs {
    private final Direction direction;
    private final double responderLimit;
    /** The share of the own baseline a relative responder improves by; NaN when off. */
    private final double share;
    private int n;
    private final CompensatedSum pre = new CompensatedSum();
    private final CompensatedSum post = new CompensatedSum();
    private final Tally change = new Tally();
    private int responders;
    private int relativeResponders;
    private int zeros;
    private int zeroBaselines;
    /** Pairs whose change post − pre is beyond the range of doubles (kept out of the tally). */
    private int overflowed;

    Pairs(Direction direction, StudyDesign.Responder responder) {
      this.direction = direction;
      double threshold = responder.points();
      this.responderLimit = direction == Direction.LOWER_IS_BETTER
          ? -threshold + RESPONDER_SLACK : threshold - RESPONDER_SLACK;
      this.share = responder.percent().isPresent() ? responder.percent().getAsDouble() / 100
          : Double.NaN;
    }

    /** Adds a pair; neither value is missing. */
    void add(double before, double after) {
      double d = after - before;
      n++;
      pre.add(before);
      post.add(after);
      if (Double.isInfinite(d)) {
        overflowed++;
      } else {
        change.add(d);
      }
      double limit = share * before;
      if (direction == Direction.LOWER_IS_BETTER) {
        if (d <= responderLimit) {
          responders++;
        }
        if (d <= -limit + RESPONDER_SLACK && d < 0) {
          relativeResponders++;
        }
      } else {
        if (d >= responderLimit) {
          responders++;
        }
        if (d >= limit - RESPONDER_SLACK && d > 0) {
          relativeResponders++;
        }
      }
      if (d == 0) {
        zeros++;
      }
      if (before == 0) {
        zeroBaselines++;
      }
    }
  }

  /**
   * The analysis of the pairs added to {@code pairs} (made with the same direction and threshold).
   */
  static PairedResult compute(String outcome, String selection, Direction direction,
      StudyDesign.Responder responder, Pairs pairs) {
    int n = pairs.n;
    String rule = rule(direction, responder);
    int responders = pairs.responders;
    String relativeRule = relativeRule(direction, responder, pairs);
    int relativeResponders = pairs.relativeResponders;
    int zeros = pairs.zeros;
    int zeroBaselines = pairs.zeroBaselines;

    if (n == 0) {
      Stat none = Stat.undefined("no pairs (" + selection + ")");
      Estimate noEstimate = Estimate.all(none);
      return new PairedResult(outcome, selection, direction, 0,
          new PairedResult.Means(none, none, none),
          new PairedResult.PairedT(noEstimate, none, none, none),
          new PairedResult.SignedRank(none, none, false, 0,
              "Wilcoxon signed-rank, not computable: no pairs"),
          new PairedResult.HodgesLehmann(noEstimate, none), noEstimate,
          new PairedResult.Responders(rule, 0, noEstimate),
          responder.percent().isEmpty() ? PairedResult.Responders.off()
              : new PairedResult.Responders(relativeRule, 0, noEstimate), 0);
    }

    Tally change = pairs.change.done();
    Stat meanPre = Stat.of(pairs.pre.mean(n));
    Stat meanPost = Stat.of(pairs.post.mean(n));
    Stat rate = Stat.of((double) responders / n);
    double[] wilson = WilsonInterval.of(responders, n, Distributions.Z_975);
    double[] relativeWilson = WilsonInterval.of(relativeResponders, n, Distributions.Z_975);
    PairedResult.Responders absolute = new PairedResult.Responders(rule, responders,
        new Estimate(rate, Stat.of(wilson[0]), Stat.of(wilson[1])));
    if (pairs.overflowed > 0) {
      // responders compare each change with a threshold, which an infinite change still does
      Stat none = Stat.undefined(String.format(Locale.ROOT,
          "%s: the change post - pre of %d pair(s) is beyond the range of doubles",
          Stat.OVERFLOW, pairs.overflowed));
      Estimate noEstimate = Estimate.all(none);
      return new PairedResult(outcome, selection, direction, n,
          new PairedResult.Means(meanPre, meanPost, none),
          new PairedResult.PairedT(noEstimate, none, none, none),
          new PairedResult.SignedRank(none, none, false, zeros,
              "Wilcoxon signed-rank, not computable: " + none.reason()),
          new PairedResult.HodgesLehmann(noEstimate, none), noEstimate,
          absolute, relative(relativeRule, relativeResponders, n, relativeWilson), zeroBaselines);
    }
    double meanChange = change.mean();

    // Paired t-test and its confidence interval, as R's t.test: stderr = sqrt(var / n).
    Stat ciLow;
    Stat ciHigh;
    Stat t;
    Stat df;
    Stat pT;
    Stat dz;
    Stat dzCiLow;
    Stat dzCiHigh;
    if (n < 2) {
      Stat why = Stat.undefined("n = 1: needs at least 2 pairs");
      ciLow = ciHigh = t = df = pT = dz = dzCiLow = dzCiHigh = why;
    } else {
      double variance = change.variance();
      double sd = Math.sqrt(variance);
      double se = Math.sqrt(variance / n);
      String refused = null;
      if (sd == 0) {
        refused = "all changes are equal (zero variance; the sd of the changes is zero): "
            + "no t-test, no dz";
      } else if (!Double.isFinite(variance)) {
        refused = Stat.OVERFLOW + ": the variance of the changes";
      } else if (se < ESSENTIALLY_CONSTANT * Math.abs(meanChange)) {
        // R's t.test stops with "data are essentially constant"; dz = mean / sd is as unstable
        refused = "the changes are essentially constant (standard error below 10 machine "
            + "epsilons of the mean change, as R's t.test refuses): no t-test, no dz";
      }
      if (refused != null) {
        Stat why = Stat.undefined(refused);
        ciLow = ciHigh = t = df = pT = dz = dzCiLow = dzCiHigh = why;
      } else {
        dz = Stat.finiteOr(meanChange / sd, "dz not computable");
        Stat[] interval = dzInterval(meanChange / se, n);
        dzCiLow = interval[0];
        dzCiHigh = interval[1];
        double degrees = n - 1;
        double q = Distributions.tQuantile975(degrees);
        double tstat = meanChange / se;
        String bad = "t-test not computable";
        // As R: (tstat -/+ q) * stderr; t and se are finite, so only an overflow is not
        ciLow = Stat.finiteOr((tstat - q) * se, Stat.OVERFLOW);
        ciHigh = Stat.finiteOr((tstat + q) * se, Stat.OVERFLOW);
        t = Stat.finiteOr(tstat, bad);
        df = Stat.of(degrees);
        pT = Stat.finiteOr(Distributions.tTwoSided(tstat, degrees), bad);
      }
    }

    // Wilcoxon signed-rank as R's wilcox.test(x, y, paired = TRUE): zeros dropped first.
    Stat v;
    Stat pW;
    Stat hl;
    Stat hlLow;
    Stat hlHigh;
    Stat hlLevel;
    boolean exact = false;
    String method;
    int nonZero = n - zeros;
    boolean walshOverflow = Math.max(Math.abs(change.min()), Math.abs(change.max()))
        > Double.MAX_VALUE / 2;
    if (nonZero == 0) {
      String why = String.format(Locale.ROOT, "all %d changes are zero", n);
      v = pW = hl = hlLow = hlHigh = hlLevel = Stat.undefined(why);
      method = "Wilcoxon signed-rank, not computable: " + why;
    } else {
      boolean exactAllowed = nonZero < EXACT_BELOW && zeros == 0;
      double statistic;
      double p;
      boolean ties;
      HodgesLehmann.Result h;
      if (exactAllowed) {
        // a handful of pairs: the test and the Walsh averages on the changes themselves
        double[] nz = change.sorted();
        WilcoxonSignedRankTest.Result r = WilcoxonSignedRankTest.withDefaults()
            .with(PValueMethod.EXACT).test(nz);
        statistic = r.getStatistic();
        p = r.getPValue();
        ties = r.hasTiedValues();
        exact = !ties;
        h = walshOverflow ? null : HodgesLehmann.compute(nz, exact);
      } else {
        ShiftedSignedRank w = ShiftedSignedRank.ofNonZero(change);
        ShiftedSignedRank.Test r = w.test();
        statistic = r.statistic();
        p = r.p();
        ties = r.ties();
        h = walshOverflow ? null : HodgesLehmann.approximate(w);
      }
      String bad = "signed-rank test not computable";
      v = Stat.finiteOr(statistic, bad);
      pW = Stat.finiteOr(p, bad);
      method = wilcoxonMethod(exact, ties, zeros);

      if (h == null) {
        // the Walsh averages (x_i + x_j) / 2 overflow in the sum, as in R's wilcox.test
        hl = hlLow = hlHigh = hlLevel = Stat.undefined(
            Stat.OVERFLOW + ": the sums of two changes (Walsh averages)");
      } else {
        hl = Stat.finiteOr(h.estimate(), "Hodges-Lehmann estimate not computable");
        String noInterval = h.intervalReason() != null ? h.intervalReason()
            : "Hodges-Lehmann interval not computable";
        if (Double.isFinite(h.low()) && Double.isFinite(h.high())
            && Double.isFinite(h.confidenceLevel())) {
          hlLow = Stat.of(h.low());
          hlHigh = Stat.of(h.high());
          hlLevel = Stat.of(h.confidenceLevel());
        } else {
          hlLow = hlHigh = hlLevel = Stat.undefined(noInterval);
        }
      }
    }

    Stat percentChange = meanPre.getAsDouble() == 0
        ? Stat.undefined("mean_pre is 0: no percent change")
        : Stat.finiteOr(100 * meanChange / meanPre.getAsDouble(), Stat.OVERFLOW);

    return new PairedResult(outcome, selection, direction, n,
        new PairedResult.Means(meanPre, meanPost, percentChange),
        new PairedResult.PairedT(new Estimate(Stat.of(meanChange), ciLow, ciHigh), t, df, pT),
        new PairedResult.SignedRank(v, pW, exact, zeros, method),
        new PairedResult.HodgesLehmann(new Estimate(hl, hlLow, hlHigh), hlLevel),
        new Estimate(dz, dzCiLow, dzCiHigh), absolute,
        relative(relativeRule, relativeResponders, n, relativeWilson), zeroBaselines);
  }

  /**
   * The untreated arm's pairs added to {@code pairs} (made with the same direction and
   * responder rules as the treated pairs'): their means and responders by the same rules.
   */
  static UntreatedPairs untreated(String outcome, String selection, Direction direction,
      StudyDesign.Responder responder, Pairs pairs) {
    int n = pairs.n;
    String rule = rule(direction, responder);
    String relativeRule = relativeRule(direction, responder, pairs);
    if (n == 0) {
      Estimate none = Estimate.all(Stat.undefined("no pairs (" + selection + ")"));
      return new UntreatedPairs(outcome, selection, 0, none.value(), none.value(),
          new PairedResult.Responders(rule, 0, none),
          responder.percent().isEmpty() ? PairedResult.Responders.off()
              : new PairedResult.Responders(relativeRule, 0, none));
    }
    double[] wilson = WilsonInterval.of(pairs.responders, n, Distributions.Z_975);
    double[] relativeWilson = WilsonInterval.of(pairs.relativeResponders, n,
        Distributions.Z_975);
    return new UntreatedPairs(outcome, selection, n, Stat.of(pairs.pre.mean(n)),
        Stat.of(pairs.post.mean(n)),
        new PairedResult.Responders(rule, pairs.responders, new Estimate(
            Stat.of((double) pairs.responders / n), Stat.of(wilson[0]), Stat.of(wilson[1]))),
        relative(relativeRule, pairs.relativeResponders, n, relativeWilson));
  }

  /** The rule of responders by points: "change <= -2" or "change >= 2". */
  private static String rule(Direction direction, StudyDesign.Responder responder) {
    double threshold = responder.points();
    return direction == Direction.LOWER_IS_BETTER
        ? "change <= -" + NumberText.format(threshold)
        : "change >= " + NumberText.format(threshold);
  }

  /** The rule of responders by a share of the own baseline, or switched off. */
  private static String relativeRule(Direction direction, StudyDesign.Responder responder,
      Pairs pairs) {
    if (responder.percent().isEmpty()) {
      return PairedResult.Responders.OFF;
    }
    String share = NumberText.format(pairs.share);
    return direction == Direction.LOWER_IS_BETTER
        ? "change <= -" + share + " * pre and change < 0"
        : "change >= " + share + " * pre and change > 0";
  }

  /** The relative (30%) responders: their rate with its Wilson interval; or switched off. */
  private static PairedResult.Responders relative(String rule, int count, int n,
      double[] wilson) {
    if (rule.equals(PairedResult.Responders.OFF)) {
      return PairedResult.Responders.off();
    }
    return new PairedResult.Responders(rule, count, new Estimate(Stat.of((double) count / n),
        Stat.of(wilson[0]), Stat.of(wilson[1])));
  }

  /**
   * The 95% interval of Cohen's dz by inverting the noncentral t distribution (as MBESS and
   * effectsize do): with t = dz·√n on n − 1 df, the noncentrality parameters at which t is the
   * 97.5th and the 2.5th percentile bound the noncentrality √n·δ; dividing by √n bounds δ.
   */
  private static Stat[] dzInterval(double t, int n) {
    double df = n - 1;
    double root = Math.sqrt(n);
    String bad = "noncentral t inversion for the dz interval did not converge";
    return new Stat[] {
        Stat.finiteOr(NoncentralT.noncentrality(t, df, 0.975) / root, bad),
        Stat.finiteOr(NoncentralT.noncentrality(t, df, 0.025) / root, bad)};
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
