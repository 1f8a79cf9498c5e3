package org.sleepstat.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sleepstat.stats.Stat;

/**
 * The change after a mattress change against the weeks since the change, among the treated with
 * the value before, after and the weeks: the regression {@code lm(change ~ weeks)}, Spearman's
 * rho, and the change by band of weeks (the plan's bands) with one-way tests across the bands.
 * change = post − pre.
 *
 * @param weeks the weeks variable, empty when the plan names none
 * @param selection whom the analyses cover, e.g. "changed_mattress = yes, both values present"
 * @param notes why nothing was analysed (no weeks variable or column, no bands), respondents
 *     below the first band
 * @param outcomes one per outcome with both a pre and a post column; empty without the weeks
 *     column
 */
public record TimeSinceChangeResult(Optional<String> weeks, String selection, List<String> notes,
    List<Outcome> outcomes) {
  public TimeSinceChangeResult {
    Objects.requireNonNull(weeks, "weeks");
    Objects.requireNonNull(selection, "selection");
    notes = List.copyOf(notes);
    outcomes = List.copyOf(outcomes);
  }

  /**
   * One outcome.
   *
   * @param outcome the outcome, e.g. "pain_morning"
   * @param n treated respondents with the value before, after and the weeks
   * @param slope {@code lm(change ~ weeks)}
   * @param spearman {@code cor.test(weeks, change, method = "spearman", exact = FALSE)}
   * @param bands the change per band of weeks, every band of the plan in order (empty ones too)
   * @param bandsTested bands with at least 2 respondents: the ones the tests compare
   * @param anova {@code oneway.test(change ~ band, var.equal = TRUE)} over the tested bands
   * @param welch {@code oneway.test(change ~ band)} over the tested bands
   * @param kruskalWallis {@code kruskal.test(change ~ band)} over the tested bands
   */
  public record Outcome(String outcome, int n, Slope slope, Spearman spearman, List<Band> bands,
      int bandsTested, PositionResult.OneWayF anova, PositionResult.OneWayF welch,
      PositionResult.KruskalWallis kruskalWallis) {
    public Outcome {
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(slope, "slope");
      Objects.requireNonNull(spearman, "spearman");
      bands = List.copyOf(bands);
      Objects.requireNonNull(anova, "anova");
      Objects.requireNonNull(welch, "welch");
      Objects.requireNonNull(kruskalWallis, "kruskalWallis");
    }
  }

  /**
   * The regression of the change on the weeks, {@code fit <- lm(change ~ weeks)}.
   *
   * @param intercept {@code coef(fit)[1]}
   * @param slope the change per week, {@code coef(fit)["weeks"]}, with its 95% interval
   *     {@code confint(fit)["weeks", ]}
   * @param se, t, p {@code summary(fit)$coefficients["weeks", 2:4]}
   * @param df {@code fit$df.residual}
   */
  public record Slope(Stat intercept, Estimate slope, Stat se, Stat t, Stat df, Stat p) {
    public Slope {
      Objects.requireNonNull(intercept, "intercept");
      Objects.requireNonNull(slope, "slope");
      Objects.requireNonNull(se, "se");
      Objects.requireNonNull(t, "t");
      Objects.requireNonNull(df, "df");
      Objects.requireNonNull(p, "p");
    }
  }

  /**
   * Spearman's rank correlation of the weeks and the change.
   *
   * @param rho {@code $estimate}
   * @param p {@code $p.value} (t approximation, exact = FALSE)
   */
  public record Spearman(Stat rho, Stat p) {
    public Spearman {
      Objects.requireNonNull(rho, "rho");
      Objects.requireNonNull(p, "p");
    }
  }

  /**
   * The change within one band of weeks, {@code t.test(change[band == b])}.
   *
   * @param band R's label, e.g. "[0,4)", "[12,Inf)"
   * @param from the band's lower end (included)
   * @param to its upper end (excluded), infinite for the last band
   * @param n respondents in the band
   * @param mean the mean change
   * @param sd its standard deviation
   * @param ciLow, ciHigh its 95% interval, {@code t.test(change)$conf.int}
   */
  public record Band(String band, double from, double to, int n, Stat mean, Stat sd,
      Stat ciLow, Stat ciHigh) {
    public Band {
      Objects.requireNonNull(band, "band");
      Objects.requireNonNull(mean, "mean");
      Objects.requireNonNull(sd, "sd");
      Objects.requireNonNull(ciLow, "ciLow");
      Objects.requireNonNull(ciHigh, "ciHigh");
    }
  }
}
