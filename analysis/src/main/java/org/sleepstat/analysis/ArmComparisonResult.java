package org.sleepstat.analysis;

import java.util.Objects;
import org.sleepstat.stats.Stat;

/**
 * Changed against not changed, for one outcome: respondents with changed_mattress yes or no (not
 * missing) and both the pre and the post value; change = post − pre. Every difference is changed
 * (yes) minus not changed (no), whichever way the outcome improves. Each statistic equals the R
 * call named beside it, with {@code changed = factor(changed_mattress, levels = c("no", "yes"))}.
 *
 * @param outcome outcome name, e.g. "pain_morning"
 * @param changed the arm with changed_mattress = yes
 * @param unchanged the arm with changed_mattress = no
 * @param ancovaDifference the baseline-adjusted difference yes − no: the coefficient {@code
 *     changedyes} of {@code lm(post ~ pre + changed)}
 * @param ancovaSe its standard error ({@code summary(fit)$coefficients["changedyes", "Std.
 *     Error"]})
 * @param ancovaT its t value
 * @param ancovaDf residual degrees of freedom, n − 3 ({@code fit$df.residual})
 * @param pAncova its two-sided p-value ({@code Pr(>|t|)})
 * @param ancovaCiLow lower end of its 95% interval ({@code confint(fit)["changedyes", 1]})
 * @param ancovaCiHigh upper end ({@code confint(fit)["changedyes", 2]})
 * @param ancovaRSquared R² of the model ({@code summary(fit)$r.squared})
 * @param ancovaMethod the model in words, with the reason when part of it is undefined
 * @param welchDifference mean change yes − mean change no, from Welch's t-test {@code
 *     t.test(change[changed == "yes"], change[changed == "no"])}. R's formula interface {@code
 *     t.test(change ~ changed)} orders the groups by factor level and so reports no − yes: the
 *     same p and df, with t, the estimate and the interval negated (and the interval's ends
 *     swapped)
 * @param welchT Welch's t statistic for yes − no ({@code $statistic})
 * @param welchDf Welch–Satterthwaite degrees of freedom ({@code $parameter})
 * @param pWelch two-sided p-value ({@code $p.value})
 * @param welchCiLow lower end of the 95% interval of yes − no ({@code $conf.int[1]})
 * @param welchCiHigh upper end ({@code $conf.int[2]})
 */
public record ArmComparisonResult(
    String outcome,
    Arm changed,
    Arm unchanged,
    Stat ancovaDifference,
    Stat ancovaSe,
    Stat ancovaT,
    Stat ancovaDf,
    Stat pAncova,
    Stat ancovaCiLow,
    Stat ancovaCiHigh,
    Stat ancovaRSquared,
    String ancovaMethod,
    Stat welchDifference,
    Stat welchT,
    Stat welchDf,
    Stat pWelch,
    Stat welchCiLow,
    Stat welchCiHigh) {

  /** Checks that nothing is null. */
  public ArmComparisonResult {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(changed, "changed");
    Objects.requireNonNull(unchanged, "unchanged");
    Objects.requireNonNull(ancovaMethod, "ancovaMethod");
    for (Stat s : new Stat[] {ancovaDifference, ancovaSe, ancovaT, ancovaDf, pAncova, ancovaCiLow,
        ancovaCiHigh, ancovaRSquared, welchDifference, welchT, welchDf, pWelch, welchCiLow,
        welchCiHigh}) {
      Objects.requireNonNull(s, "statistic");
    }
  }

  /** Respondents used (both arms). */
  public int n() {
    return changed.n() + unchanged.n();
  }

  /**
   * One arm's respondents with both values.
   *
   * @param n respondents ({@code sum(changed == arm)})
   * @param meanPre {@code mean(pre[changed == arm])}
   * @param meanPost {@code mean(post[changed == arm])}
   * @param meanChange {@code mean(change[changed == arm])}
   */
  public record Arm(int n, Stat meanPre, Stat meanPost, Stat meanChange) {

    /** Checks the count and that nothing is null. */
    public Arm {
      if (n < 0) {
        throw new IllegalArgumentException("arm n " + n + " < 0");
      }
      Objects.requireNonNull(meanPre, "meanPre");
      Objects.requireNonNull(meanPost, "meanPost");
      Objects.requireNonNull(meanChange, "meanChange");
    }
  }
}
