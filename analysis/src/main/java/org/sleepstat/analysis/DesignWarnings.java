package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sleepstat.analysis.DesignWarning.Rule;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.core.survey.TextColumn;

/**
 * Finds the design variables an analysis needs that a survey file lacks, so that a misnamed
 * column never silently changes what the results mean: a group variable without a column makes
 * the paired analyses cover every respondent, an outcome with only one of its {@code _pre} and
 * {@code _post} columns is left out. Each warning names the unmatched column most likely meant,
 * by its values and its name (the rule is {@link ColumnGuess}'s), or none. Only columns count:
 * missing values in a column that exists are never warnings.
 *
 * <pre>{@code
 * List<DesignWarning> warnings = DesignWarnings.check(survey, needed, outcomes,
 *     Map.of("changed_mattress", "the paired analyses cover every respondent"));
 * }</pre>
 */
public final class DesignWarnings {
  private static final String ADVICE = ": rename it, or map it with --map";

  private DesignWarnings() {}

  /**
   * The warnings for the variables {@code design}'s analyses need: its group, sleep position and
   * mattress age, then its outcomes with one of their two columns and the primary outcome, each
   * with what its absence means; with {@code everyName} (a plan of one's own, whose every name
   * is meant) also its covariates, its red flags, its subgroups, the variables of its advice
   * keys and every outcome.
   */
  public static List<DesignWarning> check(Survey survey, StudyDesign design,
      boolean everyName) {
    List<Variable> needed = new ArrayList<>();
    Map<String, String> consequences = new HashMap<>();
    design.group().ifPresent(g -> {
      needed.add(g.variable());
      consequences.put(g.variable().name(), "the paired analyses cover every respondent and"
          + " nobody is compared with the untreated");
    });
    design.position().ifPresent(v -> {
      needed.add(v);
      consequences.put(v.name(), "outcomes are not compared across its levels");
    });
    design.mattressAge().ifPresent(v -> {
      needed.add(v);
      consequences.put(v.name(), "outcomes are not related to it");
    });
    if (everyName) {
      for (Variable v : design.models().covariates()) {
        if (!needed.contains(v)) {
          needed.add(v);
          consequences.putIfAbsent(v.name(), "the models of baseline outcomes leave it out");
        }
      }
      for (Variable v : design.redFlags()) {
        needed.add(v);
        consequences.put(v.name(), "respondents with it are not listed for follow-up");
      }
      advice(design, needed, consequences);
    }
    List<Codebook.Outcome> outcomes = new ArrayList<>();
    for (StudyDesign.Outcome o : design.outcomes()) {
      boolean any = o.pre() != null && survey.column(o.pre().name()).isPresent()
          || o.post() != null && survey.column(o.post().name()).isPresent();
      if (everyName || any || o.name().equals(design.primaryOutcome())) {
        outcomes.add(new Codebook.Outcome(o.name(), o.pre(), o.post()));
      }
    }
    return check(survey, needed, outcomes, consequences);
  }

  /**
   * The subgroups and what the plan's advice keys name (props, firmness, weeks since the change,
   * the duration of the pain), each once, with what its absence means. The baseline-band
   * subgroup is no column.
   */
  private static void advice(StudyDesign design, List<Variable> needed,
      Map<String, String> consequences) {
    StudyDesign.Models m = design.models();
    StudyDesign.Advice a = m.advice();
    for (Variable v : m.subgroups()) {
      if (!v.name().equals(StudyDesign.BASELINE_BAND)) {
        need(needed, consequences, v, "the subgroup analyses leave it out");
      }
    }
    for (StudyDesign.PositionProps p : a.props()) {
      for (Variable v : p.props()) {
        need(needed, consequences, v, "the props of " + p.position() + " leave it out");
      }
    }
    a.firmness().ifPresent(v -> need(needed, consequences, v,
        "outcomes are not compared by firmness"));
    a.newFirmness().ifPresent(v -> need(needed, consequences, v,
        "the change is not compared by the new mattress's firmness"));
    a.weeksSinceChange().ifPresent(v -> need(needed, consequences, v,
        "the change is not related to the time since it"));
    a.painDuration().ifPresent(v -> need(needed, consequences, v,
        "the analyses of persistent pain are not made"));
  }

  private static void need(List<Variable> needed, Map<String, String> consequences, Variable v,
      String consequence) {
    if (needed.stream().noneMatch(n -> n.name().equals(v.name()))) {
      needed.add(v);
      consequences.putIfAbsent(v.name(), consequence);
    }
  }

  /** The warnings of {@link #check(Survey, List, List, Map)}, each with the generic consequence. */
  public static List<DesignWarning> check(Survey survey, List<Variable> needed,
      List<Codebook.Outcome> outcomes) {
    return check(survey, needed, outcomes, Map.of());
  }

  /**
   * The warnings for {@code survey}: first each variable of {@code needed} without a column, in
   * that order ({@link Rule#DESIGN_VARIABLE_MISSING}), then each outcome in order: with one of
   * its two columns, the other ({@link Rule#OUTCOME_INCOMPLETE}); with neither, both ({@link
   * Rule#DESIGN_VARIABLE_MISSING}, since the outcome is lost as a whole). A variable is warned
   * about once: one of {@code needed} that is also a column of one of {@code outcomes} is left to
   * the outcome's check. An outcome of a codebook that has only one of the two columns warns only
   * when the file lacks that one.
   *
   * @param needed the design variables the analyses use: group, position, covariates, bands…
   * @param outcomes the outcomes the analyses use, each pre/post pair
   * @param consequences what the absence means, a phrase to follow "so " (e.g. "the paired
   *     analyses cover every respondent"), by the warned variable's name or, for an outcome's
   *     column, by the outcome's name; without one, "the analyses that need it are not made" or
   *     "OUTCOME is not analysed"
   * @return the warnings, empty when the file has every column
   */
  public static List<DesignWarning> check(Survey survey, List<Variable> needed,
      List<Codebook.Outcome> outcomes, Map<String, String> consequences) {
    Objects.requireNonNull(survey, "survey");
    Objects.requireNonNull(consequences, "consequences");
    Set<String> outcomeColumns = new HashSet<>();
    for (Codebook.Outcome o : outcomes) {
      for (Variable side : new Variable[] {o.pre(), o.post()}) {
        if (side != null) {
          outcomeColumns.add(side.name());
        }
      }
    }
    List<Gap> gaps = new ArrayList<>();
    Set<String> warned = new HashSet<>();
    for (Variable v : needed) {
      if (!survey.has(v.name()) && !outcomeColumns.contains(v.name()) && warned.add(v.name())) {
        gaps.add(new Gap(v, null, consequences.getOrDefault(v.name(),
            "the analyses that need it are not made")));
      }
    }
    for (Codebook.Outcome o : outcomes) {
      String consequence = consequences.getOrDefault(o.name(), o.name() + " is not analysed");
      Variable pre = o.pre();
      Variable post = o.post();
      boolean hasPre = pre != null && survey.has(pre.name());
      boolean hasPost = post != null && survey.has(post.name());
      for (Variable side : new Variable[] {pre, post}) {
        if (side == null || survey.has(side.name()) || !warned.add(side.name())) {
          continue;
        }
        Variable other = side == pre ? post : pre;
        boolean otherPresent = side == pre ? hasPost : hasPre;
        gaps.add(new Gap(side, otherPresent ? other : null,
            consequences.getOrDefault(side.name(), consequence)));
      }
    }
    List<Variable> wanted = gaps.stream().map(Gap::variable).toList();
    List<TextColumn> columns = ColumnGuess.assign(wanted, survey.extraColumns());
    List<DesignWarning> warnings = new ArrayList<>();
    for (int i = 0; i < gaps.size(); i++) {
      warnings.add(gaps.get(i).warning(columns.get(i)));
    }
    return List.copyOf(warnings);
  }

  /**
   * A variable without a column.
   *
   * @param present the outcome's other column, which the file has; null when the variable is
   *     missing on its own
   */
  private record Gap(Variable variable, Variable present, String consequence) {
    DesignWarning warning(TextColumn column) {
      String name = variable.name();
      StringBuilder m = new StringBuilder(name).append(": the file has ");
      if (present == null) {
        m.append("no column for it");
      } else {
        m.append(present.name()).append(" but no ").append(name);
      }
      m.append(", so ").append(consequence);
      if (column != null) {
        m.append("; column ").append(quote(column.name())).append(" (")
            .append(values(variable)).append(") looks like it").append(ADVICE);
      }
      Rule rule = present == null ? Rule.DESIGN_VARIABLE_MISSING : Rule.OUTCOME_INCOMPLETE;
      return new DesignWarning(rule, name, column == null ? null : column.name(), m.toString());
    }
  }

  /** The values that made the column fit: "yes/no values", "values in 0–10". */
  private static String values(Variable v) {
    return switch (v.type()) {
      case BOOLEAN -> "yes/no values";
      case CATEGORY, ORDINAL -> String.join("/", v.levels()) + " values";
      case INTEGER, DECIMAL -> v.min() != null && v.max() != null
          ? "values in " + v.validValues() : "numeric values";
      case ID -> "text values";
    };
  }

  /** A header in quotes, on one line whatever it holds. */
  private static String quote(String header) {
    return '"' + header.replace("\r", "\\r").replace("\n", "\\n") + '"';
  }
}
