package org.sleepstat.core.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.schema.Direction;
import org.sleepstat.core.schema.Nearest;
import org.sleepstat.core.schema.Role;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.schema.VariableType;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads the design keys of a plan against its codebook: every name must be a variable of the
 * kind its key needs (a category for the group, a number for mattress age, a yes/no variable for a
 * red flag) and every level one of its variable's. The built-in plan is read leniently: what a
 * codebook of one's own lacks is left out, and its outcomes the plan does not name are analysed
 * with the built-in rules.
 */
final class DesignReader {
  static final List<String> OUTCOME_KEYS =
      List.of("name", "label", "scale", "better", "responder", "high_at");
  private static final List<String> GROUP_KEYS = List.of("variable", "treated");
  private static final List<String> RESPONDER_KEYS = List.of("points", "percent");
  private static final String OFF = "off";

  /** What a key needs of a variable. */
  enum Kind {
    ANY("a variable"),
    LEVELS("a category, ordinal or yes/no variable"),
    NUMBER("an integer or decimal variable"),
    YES_NO("a yes/no (boolean) variable");

    final String text;

    Kind(String text) {
      this.text = text;
    }

    boolean fits(Variable v) {
      return switch (this) {
        case ANY -> v.type() != VariableType.ID;
        case LEVELS -> v.type().hasLevels() || v.type() == VariableType.BOOLEAN;
        case NUMBER -> v.type().isNumeric();
        case YES_NO -> v.type() == VariableType.BOOLEAN;
      };
    }
  }

  private final PlanNodes yaml;
  private final Codebook codebook;
  private final boolean lenient;
  /** The plan's root, where a problem about a key that is not there goes. */
  private final Node root;

  DesignReader(PlanNodes yaml, Codebook codebook, boolean lenient, Node root) {
    this.yaml = yaml;
    this.codebook = codebook;
    this.lenient = lenient;
    this.root = root;
  }

  StudyDesign read(Map<String, Node> keys, String defaultTitle) {
    String title = keys.containsKey("title")
        ? yaml.word(keys.get("title"), "title").orElse(defaultTitle) : defaultTitle;
    Node id = keys.get("id");
    if (id != null && !lenient) {
      yaml.word(id, "id").filter(n -> !n.equals(codebook.idVariable().name())).ifPresent(n ->
          yaml.problem(id, "id: \"" + n + "\" is not the codebook's id variable; the codebook's"
              + " is \"" + codebook.idVariable().name() + "\""));
    }
    Node groupNode = keys.get("group");
    Optional<StudyDesign.Group> group = Optional.empty();
    boolean singleArm = false;
    if (groupNode == null) {
      if (!lenient) {
        yaml.problem(root, "the plan has no group: name the group"
            + " variable and its treated level (group: {variable: changed_mattress, treated:"
            + " \"yes\"}), or write group: none for a single-arm study");
      }
    } else if (PlanNodes.isNone(groupNode)) {
      singleArm = true;
    } else {
      group = group(groupNode);
    }
    List<StudyDesign.Outcome> outcomes = outcomes(keys.get("outcomes"));
    String primary = primary(keys.get("primary_outcome"), outcomes);
    Optional<Variable> position = optionalVariable(keys.get("position"), "position",
        Kind.LEVELS);
    Optional<Variable> mattressAge = optionalVariable(keys.get("mattress_age"), "mattress_age",
        Kind.NUMBER);
    List<Variable> redFlags = variables(keys.get("red_flags"), "red_flags", Kind.YES_NO);
    StudyDesign.Models models = new StudyDesign.Models(
        variables(keys.get("covariates"), "covariates", Kind.ANY),
        subgroups(keys.get("subgroups")), bands(keys.get("bands")),
        referenceLevels(keys.get("reference_levels")), table1(keys.get("table1")),
        new AdviceReader(this, yaml, lenient).read(keys, position));
    return new StudyDesign(title, codebook.idVariable(), group, singleArm, outcomes, primary,
        position, mattressAge, redFlags, models, levelLabels(keys.get("level_labels")));
  }

  private Optional<StudyDesign.Group> group(Node node) {
    Optional<Map<String, Node>> keys = yaml.mapping(node, "group", GROUP_KEYS);
    if (keys.isEmpty()) {
      return Optional.empty();
    }
    Node v = keys.get().get("variable");
    Node t = keys.get().get("treated");
    if (v == null || t == null) {
      yaml.problem(node, "group needs a variable and its treated level: {variable: "
          + "changed_mattress, treated: \"yes\"}");
      return Optional.empty();
    }
    Optional<Variable> variable = yaml.word(v, "group variable")
        .flatMap(name -> variable(new PlanNodes.Word(name, v), "group", Kind.LEVELS));
    if (lenient && variable.isPresent() && yaml.word(t, "group treated")
        .map(w -> variable.get().levelCode(w) < 0).orElse(true)) {
      return Optional.empty(); // an own codebook's group without the built-in treated level
    }
    Optional<String> level = variable.flatMap(var -> level(var, t, "group treated"));
    return level.map(l -> new StudyDesign.Group(variable.get(), l));
  }

  private List<StudyDesign.Outcome> outcomes(Node node) {
    List<StudyDesign.Outcome> out = new ArrayList<>();
    Set<String> named = new HashSet<>();
    if (node == null) {
      if (!lenient) {
        yaml.problem(root, "the plan has no"
            + " outcomes: list each with its name, better (lower or higher) and responder");
      }
    } else {
      yaml.list(node, "outcomes").ifPresent(items -> {
        for (Node item : items) {
          outcome(item).ifPresent(o -> {
            if (!named.add(o.name())) {
              yaml.problem(item, "outcome " + o.name() + " is listed twice");
            } else {
              out.add(o);
            }
          });
        }
      });
    }
    if (lenient) {
      for (Codebook.Outcome o : codebook.outcomes()) {
        if (named.add(o.name())) {
          out.add(new StudyDesign.Outcome(o.name(), o.pre(), o.post(),
              StudyDesign.defaultDirection(o.name()), o.name(), StudyDesign.Responder.BUILT_IN,
              OptionalDouble.empty()));
        }
      }
    }
    return out;
  }

  private Optional<StudyDesign.Outcome> outcome(Node item) {
    Optional<Map<String, Node>> keys = yaml.mapping(item, "an outcome", OUTCOME_KEYS);
    if (keys.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Node> k = keys.get();
    if (!k.containsKey("name")) {
      yaml.problem(item, "an outcome needs a name (name: pain_morning)");
      return Optional.empty();
    }
    Node nameNode = k.get("name");
    Optional<String> name = yaml.word(nameNode, "an outcome's name");
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Optional<Codebook.Outcome> inCodebook = codebook.outcomes().stream()
        .filter(o -> o.name().equals(name.get())).findFirst();
    if (inCodebook.isEmpty()) {
      if (!lenient) {
        yaml.problem(nameNode, "outcome \"" + name.get() + "\": the codebook has no "
            + name.get() + "_pre or " + name.get() + "_post variable" + Nearest.among(name.get(),
                codebook.outcomes().stream().map(Codebook.Outcome::name).toList())
                .map(n -> "; did you mean \"" + n + "\"?").orElse(""));
      }
      return Optional.empty();
    }
    String what = "outcome " + name.get();
    String label = k.containsKey("label")
        ? yaml.word(k.get("label"), what + ": label").orElse(name.get()) : name.get();
    Direction direction = direction(k.get("better"), item, what);
    StudyDesign.Responder responder = responder(k.get("responder"), item, what);
    OptionalDouble highAt = yaml.optionalNumber(k, "high_at", what + ": high_at");
    if (direction == null || responder == null) {
      return Optional.empty();
    }
    Codebook.Outcome o = inCodebook.get();
    return Optional.of(new StudyDesign.Outcome(o.name(), o.pre(), o.post(), direction, label,
        responder, highAt));
  }

  private Direction direction(Node node, Node item, String what) {
    if (node == null) {
      yaml.problem(item, what + " needs better: lower or better: higher");
      return null;
    }
    Optional<String> w = yaml.word(node, what + ": better");
    if (w.isEmpty()) {
      return null;
    }
    return switch (w.get().toLowerCase(Locale.ROOT)) {
      case "lower" -> Direction.LOWER_IS_BETTER;
      case "higher" -> Direction.HIGHER_IS_BETTER;
      default -> {
        yaml.problem(node, what + ": better must be lower or higher, not \"" + w.get() + "\"");
        yield null;
      }
    };
  }

  private StudyDesign.Responder responder(Node node, Node item, String what) {
    if (node == null) {
      yaml.problem(item, what + " needs responder: {points: N, percent: P or off}");
      return null;
    }
    Optional<Map<String, Node>> keys = yaml.mapping(node, what + ": responder", RESPONDER_KEYS);
    if (keys.isEmpty()) {
      return null;
    }
    Node p = keys.get().get("points");
    if (p == null) {
      yaml.problem(node, what + ": responder needs points (the improvement that counts)");
      return null;
    }
    OptionalDouble points = yaml.number(p, what + ": responder points");
    if (points.isPresent() && !(points.getAsDouble() > 0)) {
      yaml.problem(p, what + ": responder points must be above 0");
      return null;
    }
    OptionalDouble percent = OptionalDouble.of(30);
    Node pc = keys.get().get("percent");
    if (pc != null) {
      Optional<String> w = yaml.word(pc, what + ": responder percent");
      if (w.isPresent() && w.get().equalsIgnoreCase(OFF)) {
        percent = OptionalDouble.empty();
      } else if (w.isPresent()) {
        percent = yaml.number(pc, what + ": responder percent");
        if (percent.isEmpty()) {
          return null;
        }
        double v = percent.getAsDouble();
        if (!(v > 0 && v <= 100)) {
          yaml.problem(pc, what + ": responder percent must be above 0 and at most 100, or off");
          return null;
        }
      }
    }
    return points.isEmpty() ? null : new StudyDesign.Responder(points.getAsDouble(), percent);
  }

  private String primary(Node node, List<StudyDesign.Outcome> outcomes) {
    String first = outcomes.isEmpty() ? "" : outcomes.get(0).name();
    if (node == null) {
      return first;
    }
    Optional<String> w = yaml.word(node, "primary_outcome");
    if (w.isEmpty()) {
      return first;
    }
    boolean listed = outcomes.stream().anyMatch(o -> o.name().equals(w.get()));
    if (!listed && !lenient) {
      yaml.problem(node, "primary_outcome: \"" + w.get() + "\" is not one of the outcomes ("
          + String.join(", ", outcomes.stream().map(StudyDesign.Outcome::name).toList()) + ")");
    }
    return listed ? w.get() : first;
  }

  /** The plan's subgroups: categories, and {@link StudyDesign#BASELINE_BAND}. */
  private List<Variable> subgroups(Node node) {
    List<Variable> out = new ArrayList<>();
    if (node != null) {
      for (PlanNodes.Word w : yaml.words(node, "subgroups")) {
        if (w.text().equals(StudyDesign.BASELINE_BAND)
            && codebook.variable(w.text()).isEmpty()) {
          if (out.stream().noneMatch(v -> v.name().equals(StudyDesign.BASELINE_BAND))) {
            out.add(baselineBand());
          }
        } else {
          variable(w, "subgroups", Kind.LEVELS).filter(v -> !out.contains(v)).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  /** The stand-in variable for each outcome's value before cut into bands. */
  private static Variable baselineBand() {
    return new Variable(StudyDesign.BASELINE_BAND, VariableType.CATEGORY, false,
        Role.RESPONDENT, null, null, List.of("low", "middle", "high"), Map.of(), Set.of(),
        "Value before (band)");
  }

  Optional<Variable> optionalVariable(Node node, String key, Kind kind) {
    if (node == null || PlanNodes.isNone(node)) {
      return Optional.empty();
    }
    return yaml.word(node, key).flatMap(n -> variable(new PlanNodes.Word(n, node), key, kind));
  }

  List<Variable> variables(Node node, String key, Kind kind) {
    List<Variable> out = new ArrayList<>();
    if (node != null) {
      for (PlanNodes.Word w : yaml.words(node, key)) {
        variable(w, key, kind).filter(v -> !out.contains(v)).ifPresent(out::add);
      }
    }
    return out;
  }

  private Map<String, List<Double>> bands(Node node) {
    Map<String, List<Double>> out = new LinkedHashMap<>();
    if (node == null) {
      return out;
    }
    yaml.mapping(node, "bands", List.of()).ifPresent(map -> map.forEach((name, limits) ->
        variable(new PlanNodes.Word(name, limits), "bands", Kind.NUMBER).ifPresent(v -> {
          List<Double> list = new ArrayList<>();
          yaml.list(limits, "bands of " + name).ifPresent(items -> {
            for (Node item : items) {
              yaml.number(item, "a band limit of " + name).ifPresent(list::add);
            }
          });
          for (int i = 1; i < list.size(); i++) {
            if (!(list.get(i) > list.get(i - 1))) {
              yaml.problem(limits, "bands of " + name + ": the limits must increase");
              return;
            }
          }
          if (list.isEmpty()) {
            yaml.problem(limits, "bands of " + name + ": give the lower limit of each band");
          } else {
            out.put(v.name(), List.copyOf(list));
          }
        })));
    return out;
  }

  private Map<String, String> referenceLevels(Node node) {
    Map<String, String> out = new LinkedHashMap<>();
    if (node != null) {
      yaml.mapping(node, "reference_levels", List.of()).ifPresent(map -> map.forEach(
          (name, level) -> variable(new PlanNodes.Word(name, level), "reference_levels",
              Kind.LEVELS).flatMap(v -> level(v, level, "reference level of " + name))
              .ifPresent(l -> out.put(name, l))));
    }
    return out;
  }

  /** The plan's table1: per variable mean, median (numbers only) or omit. */
  private Map<String, Table1Summary> table1(Node node) {
    Map<String, Table1Summary> out = new LinkedHashMap<>();
    if (node == null) {
      return out;
    }
    yaml.mapping(node, "table1", List.of()).ifPresent(map -> map.forEach((name, value) ->
        variable(new PlanNodes.Word(name, value), "table1", Kind.ANY).ifPresent(v ->
            yaml.word(value, "table1 of " + name).ifPresent(w -> {
              Table1Summary s = switch (w.toLowerCase(Locale.ROOT)) {
                case "mean" -> Table1Summary.MEAN;
                case "median" -> Table1Summary.MEDIAN;
                case "omit" -> Table1Summary.OMIT;
                default -> null;
              };
              if (s == null) {
                yaml.problem(value, "table1 of " + name + ": \"" + w
                    + "\" is not mean, median or omit");
              } else if (s != Table1Summary.OMIT && !v.type().isNumeric()) {
                yaml.problem(value, "table1 of " + name + ": " + w + " needs an integer or"
                    + " decimal variable; " + name + " is " + v.type().name()
                    .toLowerCase(Locale.ROOT) + " (its levels are counted: leave it out of"
                    + " table1, or write omit)");
              } else {
                out.put(v.name(), s);
              }
            }))));
    return out;
  }

  private Map<String, Map<String, String>> levelLabels(Node node) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    if (node == null) {
      return out;
    }
    yaml.mapping(node, "level_labels", List.of()).ifPresent(map -> map.forEach((name, labels) ->
        variable(new PlanNodes.Word(name, labels), "level_labels", Kind.LEVELS).ifPresent(v ->
            yaml.mapping(labels, "level_labels of " + name, List.of()).ifPresent(pairs -> {
              Map<String, String> byLevel = new LinkedHashMap<>();
              pairs.forEach((level, label) -> {
                int code = v.levelCode(level);
                if (code < 0) {
                  yaml.problem(label, "level_labels of " + name + ": \"" + level + "\" is not a"
                      + " level of " + name + " (" + v.validValues() + ")");
                } else {
                  yaml.word(label, "the label of " + level)
                      .ifPresent(text -> byLevel.put(v.levels().get(code), text));
                }
              });
              out.put(v.name(), byLevel);
            }))));
    return out;
  }

  /**
   * The level of {@code v} that the word at {@code node} names, as the codebook spells it. The
   * built-in plan (lenient) leaves out a level an own codebook's variable lacks.
   */
  Optional<String> level(Variable v, Node node, String what) {
    return yaml.word(node, what).flatMap(raw -> {
      int code = v.levelCode(raw);
      if (code < 0 && lenient) {
        return Optional.empty();
      }
      if (code < 0) {
        yaml.problem(node, what + ": \"" + raw + "\" is not a level of " + v.name() + " ("
            + v.validValues() + ")");
        return Optional.empty();
      }
      return Optional.of(v.levels().get(code));
    });
  }

  /** The codebook's variable a word names, if it is of the kind; else a problem (strict). */
  Optional<Variable> variable(PlanNodes.Word w, String key, Kind kind) {
    Optional<Variable> v = codebook.variable(w.text());
    if (v.isEmpty()) {
      if (!lenient) {
        yaml.problem(w.node(), key + ": the codebook has no variable \"" + w.text() + "\""
            + Nearest.among(w.text(), codebook.variables().stream().map(Variable::name).toList())
                .map(n -> "; did you mean \"" + n + "\"?").orElse(""));
      }
      return Optional.empty();
    }
    if (!kind.fits(v.get())) {
      if (!lenient) {
        yaml.problem(w.node(), key + ": " + v.get().name() + " is " + v.get().type().name()
            .toLowerCase(Locale.ROOT) + "; " + key + " needs " + kind.text);
      }
      return Optional.empty();
    }
    return v;
  }
}
