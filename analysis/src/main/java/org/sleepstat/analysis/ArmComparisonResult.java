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
 * @param ancova the baseline-adjusted comparison, {@code fit <- lm(post ~ pre + changed)}
 * @param welch Welch's t-test on the change scores
 */
public record ArmComparisonResult(
    String outcome, Arm changed, Arm unchanged, Ancova ancova, Welch welch,
    AdjustedDifference adjusted) {

  /** Checks that nothing is null. */
  public ArmComparisonResult {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(changed, "changed");
    Objects.requireNonNull(unchanged, "unchanged");
    Objects.requireNonNull(ancova, "ancova");
    Objects.requireNonNull(welch, "welch");
    Objects.requireNonNull(adjusted, "adjusted");
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

  /**
   * The ANCOVA {@code fit <- lm(post ~ pre + changed)}.
   *
   * @param difference the baseline-adjusted difference yes − no: the coefficient {@code
   *     changedyes} ({@link Estimate#value()}), with the lower ({@code confint(fit)["changedyes",
   *     1]}) and upper end ({@code confint(fit)["changedyes", 2]}) of its 95% interval
   * @param se its standard error ({@code summary(fit)$coefficients["changedyes", "Std.
   *     Error"]})
   * @param t its t value
   * @param df residual degrees of freedom, n − 3 ({@code fit$df.residual})
   * @param p its two-sided p-value ({@code Pr(>|t|)})
   * @param rSquared R² of the model ({@code summary(fit)$r.squared})
   * @param method the model in words, with the reason when part of it is undefined
   */
  public record Ancova(
      Estimate difference, Stat se, Stat t, Stat df, Stat p, Stat rSquared, String method) {

    /** Checks that nothing is null. */
    public Ancova {
      Objects.requireNonNull(difference, "difference");
      Objects.requireNonNull(se, "se");
      Objects.requireNonNull(t, "t");
      Objects.requireNonNull(df, "df");
      Objects.requireNonNull(p, "p");
      Objects.requireNonNull(rSquared, "rSquared");
      Objects.requireNonNull(method, "method");
    }
  }

  /**
   * Welch's t-test on the change scores, {@code t.test(change[changed == "yes"],
   * change[changed == "no"])}. R's formula interface {@code t.test(change ~ changed)} orders the
   * groups by factor level and so reports no − yes: the same p and df, with t, the estimate and
   * the interval negated (and the interval's ends swapped).
   *
   * @param difference mean change yes − mean change no ({@link Estimate#value()}), with the lower
   *     ({@code $conf.int[1]}) and upper end ({@code $conf.int[2]}) of the 95% interval of yes −
   *     no
   * @param t Welch's t statistic for yes − no ({@code $statistic})
   * @param df Welch–Satterthwaite degrees of freedom ({@code $parameter})
   * @param p two-sided p-value ({@code $p.value})
   */
  public record Welch(Estimate difference, Stat t, Stat df, Stat p) {

    /** Checks that nothing is null. */
    public Welch {
      Objects.requireNonNull(difference, "difference");
      Objects.requireNonNull(t, "t");
      Objects.requireNonNull(df, "df");
      Objects.requireNonNull(p, "p");
    }
  }
}
