package org.sleepstat.core.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.schema.VariableType;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads the plan's keys for the analyses along the advice: {@code props} (per level of the
 * position variable, its yes/no props), {@code firmness} (before, after, advised level), {@code
 * weeks_since_change} and {@code persistent_pain} (duration variable, weeks after which pain is
 * persistent). Names and levels are checked against the codebook as the other design keys are.
 */
final class AdviceReader {
  private static final List<String> FIRMNESS_KEYS = List.of("before", "after", "advised");
  private static final List<String> PERSISTENT_KEYS = List.of("duration", "after");

  private final DesignReader design;
  private final PlanNodes yaml;
  private final boolean lenient;

  AdviceReader(DesignReader design, PlanNodes yaml, boolean lenient) {
    this.design = design;
    this.yaml = yaml;
    this.lenient = lenient;
  }

  StudyDesign.Advice read(Map<String, Node> keys, Optional<Variable> position) {
    List<StudyDesign.PositionProps> props = props(keys.get("props"), position);
    Optional<Variable> before = Optional.empty();
    Optional<Variable> after = Optional.empty();
    Optional<String> advised = Optional.empty();
    Node firmness = keys.get("firmness");
    if (firmness != null && !PlanNodes.isNone(firmness)) {
      Optional<Map<String, Node>> f = yaml.mapping(firmness, "firmness", FIRMNESS_KEYS);
      if (f.isPresent()) {
        before = ordinal(f.get().get("before"), "firmness before");
        after = ordinal(f.get().get("after"), "firmness after");
        advised = advised(f.get(), firmness, before, after);
      }
    }
    Optional<Variable> weeks = design.optionalVariable(keys.get("weeks_since_change"),
        "weeks_since_change", DesignReader.Kind.NUMBER);
    Optional<Variable> duration = Optional.empty();
    double persistentAfter = StudyDesign.PERSISTENT_AFTER_WEEKS;
    Node persistent = keys.get("persistent_pain");
    if (persistent != null && !PlanNodes.isNone(persistent)) {
      Optional<Map<String, Node>> p =
          yaml.mapping(persistent, "persistent_pain", PERSISTENT_KEYS);
      if (p.isPresent()) {
        duration = design.optionalVariable(p.get().get("duration"), "persistent_pain duration",
            DesignReader.Kind.NUMBER);
        if (!p.get().containsKey("duration") && !lenient) {
          yaml.problem(persistent, "persistent_pain needs the duration of the pain in weeks"
              + " (duration: " + StudyDesign.PAIN_DURATION + ")");
        }
        OptionalDouble weeksAfter =
            yaml.optionalNumber(p.get(), "after", "persistent_pain after");
        if (weeksAfter.isPresent()) {
          if (weeksAfter.getAsDouble() >= 0) {
            persistentAfter = weeksAfter.getAsDouble();
          } else {
            yaml.problem(p.get().get("after"), "persistent_pain after must be 0 or more weeks");
          }
        }
      }
    }
    return new StudyDesign.Advice(props, before, after, advised, weeks, duration,
        persistentAfter);
  }

  /**
   * The advised level: a level of the firmness before, or of the new mattress's when the plan
   * names only that one (as the codebook spells it).
   */
  private Optional<String> advised(Map<String, Node> keys, Node firmness,
      Optional<Variable> before, Optional<Variable> after) {
    Node a = keys.get("advised");
    if (a == null) {
      return Optional.empty();
    }
    Optional<Variable> scale = keys.containsKey("before") ? before : after;
    if (scale.isEmpty()) {
      if (!keys.containsKey("before") && !keys.containsKey("after") && !lenient) {
        yaml.problem(firmness, "firmness: advised needs the firmness it is a level of (before: "
            + StudyDesign.MATTRESS_FIRMNESS + ", or after: " + StudyDesign.NEW_MATTRESS_FIRMNESS
            + ")");
      }
      return Optional.empty(); // the variable's own problem has been said
    }
    return design.level(scale.get(), a, "firmness advised");
  }

  /**
   * An ordinal variable (levels in order), for the firmness keys. Any other variable is refused
   * with this key's own need, not the general "a variable with levels".
   */
  private Optional<Variable> ordinal(Node node, String key) {
    Optional<Variable> v = design.optionalVariable(node, key, DesignReader.Kind.ANY);
    if (v.isPresent() && v.get().type() != VariableType.ORDINAL) {
      if (!lenient) {
        yaml.problem(node, key + ": " + v.get().name() + " is " + v.get().type().name()
            .toLowerCase(Locale.ROOT) + "; " + key + " needs an ordinal variable"
            + " (levels in order)");
      }
      return Optional.empty();
    }
    return v;
  }

  private List<StudyDesign.PositionProps> props(Node node, Optional<Variable> position) {
    List<StudyDesign.PositionProps> out = new ArrayList<>();
    if (node == null || PlanNodes.isNone(node)) {
      return out;
    }
    Optional<Map<String, Node>> map = yaml.mapping(node, "props", List.of());
    if (map.isEmpty()) {
      return out;
    }
    if (position.isEmpty()) {
      if (!lenient) {
        yaml.problem(node, "props: the plan has no position variable whose levels they follow"
            + " (position: none)");
      }
      return out;
    }
    Variable pos = position.get();
    Map<Integer, String> named = new HashMap<>();
    map.get().forEach((level, list) -> {
      int code = pos.levelCode(level);
      if (code < 0) {
        if (!lenient) {
          yaml.problem(list, "props: \"" + level + "\" is not a level of " + pos.name() + " ("
              + pos.validValues() + ")");
        }
        return;
      }
      if (named.putIfAbsent(code, level) != null) {
        // a second spelling of the same position would make two comparisons of one level
        yaml.problem(list, "props: \"" + level + "\" is " + pos.levels().get(code)
            + ", which props already lists");
        return;
      }
      List<Variable> vars = design.variables(list, "props of " + level,
          DesignReader.Kind.YES_NO);
      if (!vars.isEmpty()) {
        out.add(new StudyDesign.PositionProps(pos.levels().get(code), vars));
      }
    });
    return out;
  }
}
