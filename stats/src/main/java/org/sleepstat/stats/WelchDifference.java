package org.sleepstat.stats;

/**
 * The difference of two means with its 95% interval and Welch's test, as R's {@code t.test(x,
 * y)} gives them: the difference mean x − mean y ({@code diff(rev($estimate))}), the interval
 * (t ∓ qt(0.975, df)) · se ({@code $conf.int}) and the test ({@link WelchT}). Where the test is
 * undefined, so is the interval (R stops); the difference is given whenever both samples have a
 * value.
 *
 * @param difference mean x − mean y
 * @param ciLow lower end of the 95% interval
 * @param ciHigh upper end
 * @param test Welch's t, df and p
 */
public record WelchDifference(Stat difference, Stat ciLow, Stat ciHigh, WelchT test) {

  /** The difference of {@code x} against {@code y} (both done). */
  public static WelchDifference of(Tally x, Tally y) {
    WelchT test = WelchT.of(x, y);
    Stat difference = x.count() == 0 || y.count() == 0
        ? Stat.undefined("a difference needs values in both groups (" + x.count() + " and "
            + y.count() + ")")
        : Stat.finiteOr(x.meanMinus(y), Stat.OVERFLOW);
    if (!test.t().isDefined() || !test.df().isDefined()) {
      Stat none = test.t().isDefined() ? test.df() : test.t();
      return new WelchDifference(difference, none, none, test);
    }
    double t = test.t().getAsDouble();
    double se = Math.sqrt(x.variance() / x.count() + y.variance() / y.count());
    double q = Distributions.tQuantile975(test.df().getAsDouble());
    String bad = "interval not computable";
    // as R: (tstat -/+ qt) * stderr
    return new WelchDifference(difference, Stat.finiteOr((t - q) * se, bad),
        Stat.finiteOr((t + q) * se, bad), test);
  }
}
