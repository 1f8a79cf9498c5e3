package org.sleepstat.analysis;

import java.util.List;
import java.util.Objects;
import org.sleepstat.stats.Stat;

/**
 * The difference between the treated and the untreated after, adjusted for the value before and
 * for the plan's covariates: the treated level's coefficient of {@code lm(post ~ pre + group +
 * covariates)} over the respondents with every one of those values (complete cases), with
 * categorical covariates in treatment coding and aliased columns dropped, as R's {@code lm}.
 *
 * @param n complete cases used
 * @param covariates the plan's covariates in its order (beside pre and the group)
 * @param difference the coefficient ({@code coef(fit)["changed_mattressyes"]}) with its 95%
 *     interval ({@code confint(fit)})
 * @param se its standard error
 * @param df the residual degrees of freedom, n − rank
 * @param t its t statistic
 * @param p its two-sided p-value
 * @param notes what the fit left out (covariates without a column, factors of one level, aliased
 *     terms)
 */
public record AdjustedDifference(int n, List<String> covariates, Estimate difference, Stat se,
    Stat df, Stat t, Stat p, List<String> notes) {
  public AdjustedDifference {
    covariates = List.copyOf(covariates);
    Objects.requireNonNull(difference, "difference");
    Objects.requireNonNull(se, "se");
    Objects.requireNonNull(df, "df");
    Objects.requireNonNull(t, "t");
    Objects.requireNonNull(p, "p");
    notes = List.copyOf(notes);
  }
}
