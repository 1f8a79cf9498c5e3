package org.sleepstat.analysis;

import java.util.List;
import java.util.Objects;
import org.sleepstat.stats.Stat;

/**
 * Does the difference between the treated and the untreated after, adjusted for the value
 * before, differ between the levels of a subgroup? For one outcome and one subgroup variable
 * (docs/analysis-json.md, subgroups), over the respondents with pre, post, the group and the
 * subgroup value: the difference within each level from its own fit ({@code lm(post ~ pre +
 * changed_mattress, subset = level)}: each level its own slope on pre), and the interaction test,
 * which assumes a common slope ({@code anova(lm(post ~ pre + changed_mattress + sub), lm(post ~
 * pre + changed_mattress * sub))}). The interaction p-value is exploratory and unadjusted.
 *
 * @param outcome e.g. "pain_morning"
 * @param subgroup the subgroup variable, e.g. "sex", or "baseline_band"
 * @param levels the levels with respondents, in codebook (or band) order
 * @param interaction the interaction F test
 * @param notes what was left out and why (a subgroup without a column, an outcome without bands,
 *     levels without respondents)
 */
public record SubgroupResult(String outcome, String subgroup, List<Level> levels,
    Interaction interaction, List<String> notes) {
  public SubgroupResult {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(subgroup, "subgroup");
    levels = List.copyOf(levels);
    Objects.requireNonNull(interaction, "interaction");
    notes = List.copyOf(notes);
  }

  /** Respondents over all levels. */
  public int n() {
    return levels.stream().mapToInt(Level::n).sum();
  }

  /**
   * One level's difference, {@code lm(post ~ pre + changed_mattress, subset = sub == level)}:
   * the treated level's coefficient, undefined with the reason unless it is estimable with
   * residual df &gt; 0.
   *
   * @param level the level, e.g. "side", "low" or "[0,5)"
   * @param n respondents in the level
   * @param nTreated of them treated
   * @param difference the coefficient with its 95% interval ({@code confint(fit)})
   * @param se its standard error
   * @param df the residual df, n − rank
   * @param p its two-sided p-value
   * @param notes what the fit dropped (pre constant within the level)
   */
  public record Level(String level, int n, int nTreated, Estimate difference, Stat se, Stat df,
      Stat p, List<String> notes) {
    public Level {
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(difference, "difference");
      Objects.requireNonNull(se, "se");
      Objects.requireNonNull(df, "df");
      Objects.requireNonNull(p, "p");
      notes = List.copyOf(notes);
    }
  }

  /**
   * The F test of the group × subgroup interaction.
   *
   * @param f the F statistic
   * @param df1 rank(full) − rank(reduced)
   * @param df2 n − rank(full)
   * @param p {@code pf(f, df1, df2, lower.tail = FALSE)}: exploratory, unadjusted
   */
  public record Interaction(Stat f, Stat df1, Stat df2, Stat p) {
    public Interaction {
      Objects.requireNonNull(f, "f");
      Objects.requireNonNull(df1, "df1");
      Objects.requireNonNull(df2, "df2");
      Objects.requireNonNull(p, "p");
    }

    /** Every statistic undefined for the same reason. */
    static Interaction undefined(String reason) {
      Stat none = Stat.undefined(reason);
      return new Interaction(none, none, none, none);
    }
  }
}
