package org.sleepstat.report;

import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.schema.NumberText;
import org.sleepstat.core.schema.Variable;

/**
 * Names and units for readers, taken from the codebook's labels: the built-in label "Back pain on
 * waking before the change (NRS 0–10; lower is better)" gives the title "Back pain on waking" and
 * the unit "NRS 0–10". A codebook of one's own without such labels falls back to the variable
 * name and its valid range.
 */
public final class OutcomeText {
  private static final Pattern WAVE = Pattern.compile("\\s+(before|after) the change$");
  private static final Pattern PARENTHESES = Pattern.compile("\\s*\\(([^)]*)\\)");

  private final Codebook codebook;
  /** The plan's label of each outcome that has one beyond its name. */
  private final Map<String, String> outcomeLabels = new HashMap<>();
  /** The plan's labels of levels, per variable. */
  private final Map<String, Map<String, String>> levelLabels;

  /** Names from the codebook's labels alone. */
  public OutcomeText(Codebook codebook) {
    this.codebook = codebook;
    this.levelLabels = Map.of();
  }

  /** Names from the plan's labels of outcomes and levels, else from the codebook's labels. */
  public OutcomeText(Codebook codebook, StudyDesign design) {
    this.codebook = codebook;
    for (StudyDesign.Outcome o : design.outcomes()) {
      if (!o.label().equals(o.name())) {
        outcomeLabels.put(o.name(), o.label());
      }
    }
    this.levelLabels = design.levelLabels();
  }

  /** The label of {@code level} of {@code variable}: the plan's, else the level itself. */
  public String level(String variable, String level) {
    return levelLabels.getOrDefault(variable, Map.of()).getOrDefault(level, level);
  }

  /** The title of an outcome ("pain_morning") or of one of its columns ("pain_morning_pre"). */
  public String title(String name) {
    Optional<Variable> v = variable(name);
    String planned = outcomeLabels.get(v.map(Variable::outcome).orElse(name));
    if (planned != null) {
      return planned;
    }
    String label = v.map(Variable::label).orElse("").strip();
    if (label.isEmpty()) {
      String base = v.map(Variable::outcome).orElse(name).replace('_', ' ');
      return upperFirst(base);
    }
    String text = PARENTHESES.matcher(label).replaceAll("").strip();
    return WAVE.matcher(text).replaceAll("");
  }

  /** The title in the middle of a sentence: "back pain on waking" (acronyms kept: "BMI"). */
  public String inSentence(String name) {
    return lowerFirst(title(name));
  }

  /**
   * The unit of an outcome or column: the label's parenthesis up to its first semicolon ("NRS
   * 0–10"), otherwise the valid range ("0–10"), otherwise "points".
   */
  public String unit(String name) {
    Optional<Variable> v = variable(name);
    if (v.isEmpty()) {
      return "points";
    }
    Matcher m = PARENTHESES.matcher(v.get().label());
    if (m.find()) {
      String unit = m.group(1).split(";")[0].strip();
      if (!unit.isEmpty()) {
        return unit;
      }
    }
    Double min = v.get().min();
    Double max = v.get().max();
    if (min != null && max != null) {
      return NumberText.format(min) + "–" + NumberText.format(max);
    }
    return "points";
  }

  /** The smallest valid value of the outcome or column, when the codebook gives one. */
  public Optional<Double> min(String name) {
    return variable(name).map(Variable::min);
  }

  /** The largest valid value of the outcome or column, when the codebook gives one. */
  public Optional<Double> max(String name) {
    return variable(name).map(Variable::max);
  }

  /** The variable itself, or for an outcome name its baseline (else follow-up) variable. */
  private Optional<Variable> variable(String name) {
    Optional<Variable> direct = codebook.variable(name);
    if (direct.isPresent()) {
      return direct;
    }
    return codebook.outcomes().stream().filter(o -> o.name().equals(name)).findFirst()
        .map(o -> o.pre() != null ? o.pre() : o.post());
  }

  static String upperFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  static String lowerFirst(String s) {
    if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
      return s; // an acronym: BMI
    }
    if (s.matches("\\S+( \\S+)* \\p{Lu}\\S*.*")) {
      return s; // a name in title case: Oswestry Disability Index
    }
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }
}
