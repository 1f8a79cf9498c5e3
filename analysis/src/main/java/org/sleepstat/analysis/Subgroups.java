package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.stats.Distributions;
import org.sleepstat.stats.Stat;
import org.sleepstat.stats.model.LinearModel;
import org.sleepstat.stats.model.RegressionFit;

/**
 * The subgroup analyses (docs/analysis-json.md, subgroups): per outcome with a pre and a post
 * column and per subgroup of the plan ({@code design.models().subgroups()}), over the
 * respondents with pre, post, the group and the subgroup value, the treated − untreated
 * difference adjusted for the value before within each level ({@code lm(post ~ pre +
 * changed_mattress, subset = level)}) and the interaction F test ({@code anova(lm(post ~ pre +
 * changed_mattress + sub), lm(post ~ pre + changed_mattress * sub))}). The {@link
 * StudyDesign#BASELINE_BAND} subgroup is the outcome's own value before cut at {@code
 * design.models().baselineBands(outcome)}. Fits follow R's lm (pivoted QR, tolerance 1e-7,
 * aliased columns dropped); the rows are streamed from the survey's columns, so a million
 * respondents take a few int arrays. Nothing here throws because of the data: what cannot be
 * computed is an undefined {@link Stat} with the reason.
 *
 * <pre>{@code
 * List<SubgroupResult> r = Subgroups.analyze(survey, design);
 * }</pre>
 */
public final class Subgroups {
  private Subgroups() {}

  /**
   * One result per outcome of {@code design} with both columns and per subgroup of its plan, in
   * that order (a subgroup whose column the file lacks, or an outcome without bands for the
   * baseline band, gets a result without levels and a note); empty without a group or its
   * column.
   */
  public static List<SubgroupResult> analyze(Survey survey, StudyDesign design) {
    return analyze(survey, design, LinearModel.MAX_HELD);
  }

  /** {@link #analyze(Survey, StudyDesign)} with the largest design held whole. */
  static List<SubgroupResult> analyze(Survey survey, StudyDesign design, long maxHeld) {
    Optional<LevelColumn> group = design.groupName().flatMap(survey::levels);
    if (group.isEmpty()) {
      return List.of();
    }
    int treated = design.treatedCode().getAsInt();
    List<SubgroupResult> out = new ArrayList<>();
    for (PairedColumns columns : PairedColumns.of(survey, design)) {
      for (Variable v : design.models().subgroups()) {
        String outcome = columns.outcome().name();
        Optional<LevelColumn> column = survey.levels(v.name());
        if (column.isPresent()) {
          out.add(analyze(outcome, v.name(), SubgroupCoding.of(column.get()), columns,
              group.get(), treated, maxHeld));
        } else if (v.name().equals(StudyDesign.BASELINE_BAND)) {
          Optional<List<Double>> bands = design.models().baselineBands(columns.outcome());
          if (bands.isPresent()) {
            List<String> names = bands.get().equals(StudyDesign.BASELINE_BANDS) ? v.levels() : null;
            out.add(analyze(outcome, v.name(),
                SubgroupCoding.bands(columns.pre(), bands.get(), names), columns, group.get(),
                treated, maxHeld));
          } else {
            out.add(left(outcome, v.name(), "no bands for " + columns.pre().name()
                + ": the plan sets none (bands: " + columns.pre().name() + ") and its scale is "
                + "not 0-10"));
          }
        } else {
          out.add(left(outcome, v.name(), v.name() + " left out: the file has no column"));
        }
      }
    }
    return out;
  }

  /** A subgroup that could not be analysed, and why. */
  private static SubgroupResult left(String outcome, String subgroup, String why) {
    return new SubgroupResult(outcome, subgroup, List.of(),
        SubgroupResult.Interaction.undefined(why), List.of(why));
  }

  private static SubgroupResult analyze(String outcome, String subgroup, SubgroupCoding coding,
      PairedColumns columns, LevelColumn group, int treated, long maxHeld) {
    NumberColumn pre = columns.pre();
    NumberColumn post = columns.post();
    int levels = coding.labels().size();
    int[] n = new int[levels];
    int[] nTreated = new int[levels];
    int[] codes = new int[pre.size()];
    Arrays.fill(codes, -1);
    for (int i = 0; i < codes.length; i++) {
      int g = group.code(i);
      if (g == LevelColumn.MISSING || Double.isNaN(pre.get(i)) || Double.isNaN(post.get(i))) {
        continue;
      }
      int code = coding.code(i);
      if (code < 0) {
        continue;
      }
      codes[i] = code;
      n[code]++;
      if (g == treated) {
        nTreated[code]++;
      }
    }
    List<String> notes = new ArrayList<>();
    List<String> empty = new ArrayList<>();
    int[] indicator = new int[levels];
    Arrays.fill(indicator, -1);
    boolean[] fitLevel = new boolean[levels];
    int present = 0;
    int total = 0;
    int totalTreated = 0;
    for (int code = 0; code < levels; code++) {
      if (n[code] == 0) {
        empty.add(coding.labels().get(code));
        continue;
      }
      // the first level with respondents is the reference, as R's factor after droplevels
      indicator[code] = present++ - 1;
      total += n[code];
      totalTreated += nTreated[code];
      fitLevel[code] = comparable(n[code], nTreated[code]) == null;
    }
    String noInteraction = null;
    if (present < 2) {
      noInteraction = String.format(Locale.ROOT,
          "%s has %s with respondents: no interaction test", subgroup,
          present == 0 ? "no level" : "one level");
    } else if (totalTreated == 0 || totalTreated == total) {
      noInteraction =
          "no respondents of both kinds (treated and untreated): no interaction test";
    }
    // one pass over the rows feeds every model of this subgroup
    SubgroupFits fits = SubgroupFits.of(new SubgroupRows.Source(pre, post, group, treated, codes),
        n, fitLevel, indicator, noInteraction == null, total, maxHeld);
    List<SubgroupResult.Level> out = new ArrayList<>();
    for (int code = 0; code < levels; code++) {
      if (n[code] > 0) {
        out.add(level(coding.labels().get(code), n[code], nTreated[code], fits.levels[code]));
      }
    }
    if (!empty.isEmpty()) {
      notes.add(subgroup + ": no respondents with " + String.join(", ", empty)
          + " (left out, as lm drops unused levels)");
    }
    SubgroupResult.Interaction interaction = noInteraction != null
        ? SubgroupResult.Interaction.undefined(noInteraction)
        : interaction(fits.reduced, fits.full, total);
    return new SubgroupResult(outcome, subgroup, out, interaction, notes);
  }

  /** Why a level of {@code n} respondents, {@code nTreated} treated, has no difference; or null. */
  private static String comparable(int n, int nTreated) {
    if (n == 1) {
      return "one respondent: nothing to compare";
    }
    if (nTreated == 0 || nTreated == n) {
      return "only " + (nTreated == 0 ? "untreated" : "treated")
          + " respondents in this level: no difference (lm needs both kinds)";
    }
    return null;
  }

  /** The difference within one level, {@code lm(post ~ pre + changed_mattress)}. */
  private static SubgroupResult.Level level(String label, int n, int nTreated,
      RegressionFit fit) {
    List<String> notes = new ArrayList<>();
    String why = comparable(n, nTreated);
    if (why != null) {
      return undefinedLevel(label, n, nTreated, why, notes);
    }
    if (fit.result instanceof LinearModel.Unfitted unfitted) {
      return undefinedLevel(label, n, nTreated, unfitted.reason(), notes);
    }
    if (fit.aliased[2]) {
      return undefinedLevel(label, n, nTreated,
          "the group is aliased with pre in this level (R: NA)", notes);
    }
    int df = n - fit.rank;
    if (df <= 0) {
      return undefinedLevel(label, n, nTreated, String.format(Locale.ROOT,
          "no residual degrees of freedom (n = %d for %d coefficients)", n, fit.rank), notes);
    }
    if (fit.aliased[1]) {
      notes.add("pre is constant within this level: lm drops it (R: NA), so the difference is "
          + "not adjusted for the value before here");
    }
    LinearModel.Fitted f = (LinearModel.Fitted) fit.result;
    LinearModel.Coefficient c = f.coefficients().get(fit.aliased[1] ? 1 : 2);
    String problem = f.inferenceProblem();
    String bad = problem != null ? problem : "not computable";
    Stat estimate = Stat.finiteOr(c.estimate(), "estimate not computable");
    return new SubgroupResult.Level(label, n, nTreated,
        new Estimate(estimate, Stat.finiteOr(c.ciLow(), bad), Stat.finiteOr(c.ciHigh(), bad)),
        Stat.finiteOr(c.standardError(), bad), Stat.of(df), Stat.finiteOr(c.p(), bad), notes);
  }

  private static SubgroupResult.Level undefinedLevel(String label, int n, int nTreated,
      String why, List<String> notes) {
    Stat none = Stat.undefined(why);
    return new SubgroupResult.Level(label, n, nTreated, Estimate.all(none), none, none, none,
        notes);
  }

  /**
   * R's {@code anova(reduced, full)}: F = ((RSS_reduced − RSS_full) / df1) / (RSS_full / df2),
   * df1 = rank(full) − rank(reduced), df2 = n − rank(full).
   */
  private static SubgroupResult.Interaction interaction(RegressionFit reduced,
      RegressionFit full, int n) {
    for (RegressionFit fit : List.of(reduced, full)) {
      if (fit.result instanceof LinearModel.Unfitted unfitted) {
        return SubgroupResult.Interaction.undefined(unfitted.reason());
      }
    }
    int df1 = full.rank - reduced.rank;
    int df2 = n - full.rank;
    if (df1 <= 0) {
      return SubgroupResult.Interaction.undefined("the interaction is not estimable: each "
          + "level's interaction column is aliased (levels with respondents of one kind only)");
    }
    if (df2 <= 0) {
      return SubgroupResult.Interaction.undefined(String.format(Locale.ROOT,
          "no residual degrees of freedom in the model with the interaction (n = %d, rank %d)",
          n, full.rank));
    }
    LinearModel.Fitted r = (LinearModel.Fitted) reduced.result;
    LinearModel.Fitted f = (LinearModel.Fitted) full.result;
    if (f.inferenceProblem() != null) {
      return SubgroupResult.Interaction.undefined(f.inferenceProblem());
    }
    double rssReduced = r.sigma() * r.sigma() * r.residualDf();
    double rssFull = f.sigma() * f.sigma() * f.residualDf();
    // the reduced model is nested in the full one: a negative difference is rounding
    double fValue = Math.max(0, (rssReduced - rssFull) / df1) / (rssFull / df2);
    String bad = "interaction F not computable";
    Stat fStat = Stat.finiteOr(fValue, bad);
    Stat p = fStat.isDefined() ? Stat.finiteOr(Distributions.fUpper(fValue, df1, df2), bad) : fStat;
    return new SubgroupResult.Interaction(fStat, Stat.of(df1), Stat.of(df2), p);
  }
}
