package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sleepstat.stats.Stat;
import org.sleepstat.stats.mixed.Contrast;
import org.sleepstat.stats.mixed.Hypothesis;
import org.sleepstat.stats.mixed.RandomInterceptFit;
import org.sleepstat.stats.mixed.RandomInterceptModel;
import org.sleepstat.stats.mixed.WaveGroupDesign;

/**
 * Fits the model of one outcome from its pass over the respondents and reads every result of
 * the contract from the fit: the coefficients, the type III F tests, the model means and the
 * contrasts between groups and against the first wave. A model that cannot be fitted leaves the
 * observed means and gives the reason instead of the rest.
 */
final class RepeatedFit {
  private RepeatedFit() {}

  /**
   * The result of one outcome.
   *
   * @param design the fixed effects, null when the model was refused before the pass
   * @param groups the group levels in the model's order (empty for one group)
   * @param refused why no model is fitted, decided before the fit
   */
  static RepeatedResult of(RepeatedAnalysis.Outcome o, WaveGroupDesign design,
      RepeatedAnalysis.Pass pass, Optional<String> group, List<String> groups, String formula,
      List<String> notes, Optional<String> refused) {
    List<String> labels = o.labels();
    Optional<String> reason = refused.or(() -> emptyCell(o.name(), labels, pass, group, groups));
    RandomInterceptFit fit = null;
    if (reason.isEmpty()) {
      try {
        fit = RandomInterceptModel.fit(pass.sums(), design.names());
      } catch (IllegalArgumentException e) {
        reason = Optional.of(e.getMessage());
      }
    }
    List<RepeatedResult.Cell> means = new ArrayList<>();
    if (pass.sums() != null) {
      for (int w = 0; w < labels.size(); w++) {
        for (int g = 0; g < Math.max(groups.size(), 1); g++) {
          RepeatedCell c = pass.cells()[w][g];
          RepeatedResult.Inference model = fit == null
              ? RepeatedResult.Inference.undefined(reason.orElseThrow())
              : inference(fit, design.cell(w, g));
          means.add(new RepeatedResult.Cell(labels.get(w), level(groups, g), c.n(), c.mean(),
              c.sd(), model));
        }
      }
    }
    int respondents = pass.sums() == null ? 0 : (int) pass.sums().clusters();
    long observations = pass.sums() == null ? 0 : pass.sums().observations();
    List<String> allNotes = new ArrayList<>(notes);
    if (fit == null) {
      allNotes.add("no model: " + reason.orElseThrow());
      Stat none = Stat.undefined(reason.orElseThrow());
      return new RepeatedResult(o.name(), o.waves(), group, groups, formula, respondents,
          observations, pass.withoutGroup(), none, none, Optional.empty(), List.of(), List.of(),
          means, List.of(), List.of(), allNotes);
    }
    if (fit.singular()) {
      allNotes.add("boundary fit (lme4's singular fit): the respondent SD is estimated as 0, "
          + "and Satterthwaite's df are those of a linear model, n - p");
    }
    return new RepeatedResult(o.name(), o.waves(), group, groups, formula, respondents,
        observations, pass.withoutGroup(), Stat.of(fit.sigma()), Stat.of(fit.sdIntercept()),
        Optional.of(fit.singular()), fixed(fit), anova(fit, design, pass), means,
        between(fit, design, labels, groups), within(fit, design, labels, groups), allNotes);
  }

  private static Optional<String> level(List<String> groups, int g) {
    return groups.isEmpty() ? Optional.empty() : Optional.of(groups.get(g));
  }

  /** A wave (in a group) without values: its model mean cannot be estimated. */
  private static Optional<String> emptyCell(String outcome, List<String> labels,
      RepeatedAnalysis.Pass pass, Optional<String> group, List<String> groups) {
    for (int w = 0; w < labels.size(); w++) {
      for (int g = 0; g < Math.max(groups.size(), 1); g++) {
        if (pass.cells()[w][g].n() == 0) {
          String where = group.isPresent()
              ? " in " + group.get() + " = " + groups.get(g) : "";
          return Optional.of(String.format(Locale.ROOT, "no values of %s at %s%s: that wave's "
              + "mean cannot be estimated (lme4 would drop a column of the model)", outcome,
              labels.get(w), where));
        }
      }
    }
    return Optional.empty();
  }

  private static RepeatedResult.Inference inference(RandomInterceptFit fit, double[] l) {
    Contrast c = fit.contrast(l);
    return RepeatedResult.Inference.of(c);
  }

  private static List<RepeatedResult.Coefficient> fixed(RandomInterceptFit fit) {
    List<RepeatedResult.Coefficient> out = new ArrayList<>();
    List<Contrast> table = fit.coefficientTable();
    for (int j = 0; j < table.size(); j++) {
      out.add(new RepeatedResult.Coefficient(fit.names().get(j),
          RepeatedResult.Inference.of(table.get(j))));
    }
    return out;
  }

  private static List<RepeatedResult.TermTest> anova(RandomInterceptFit fit,
      WaveGroupDesign design, RepeatedAnalysis.Pass pass) {
    List<RepeatedResult.TermTest> out = new ArrayList<>();
    for (Hypothesis h : design.typeIII(pass.sums())) {
      out.add(new RepeatedResult.TermTest(h.term(), fit.test(h.rows())));
    }
    return out;
  }

  /** Each level − the reference at each wave, wave by wave (emmeans' "revpairwise"). */
  private static List<RepeatedResult.Difference> between(RandomInterceptFit fit,
      WaveGroupDesign design, List<String> labels, List<String> groups) {
    List<RepeatedResult.Difference> out = new ArrayList<>();
    for (int w = 0; w < labels.size(); w++) {
      for (int g = 1; g < groups.size(); g++) {
        out.add(new RepeatedResult.Difference(labels.get(w), Optional.of(groups.get(g)),
            groups.get(g) + " - " + groups.get(0), inference(fit, design.between(w, g))));
      }
    }
    return out;
  }

  /** Each later wave − the first wave, group by group ("trt.vs.ctrl", ref = 1). */
  private static List<RepeatedResult.Difference> within(RandomInterceptFit fit,
      WaveGroupDesign design, List<String> labels, List<String> groups) {
    List<RepeatedResult.Difference> out = new ArrayList<>();
    for (int g = 0; g < Math.max(groups.size(), 1); g++) {
      for (int w = 1; w < labels.size(); w++) {
        out.add(new RepeatedResult.Difference(labels.get(w), level(groups, g),
            labels.get(w) + " - " + labels.get(0), inference(fit, design.within(g, w))));
      }
    }
    return out;
  }
}
