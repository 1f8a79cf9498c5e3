package org.sleepstat.core.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.schema.Nearest;
import org.sleepstat.core.schema.Role;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.schema.VariableType;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * What a plan changes in its codebook without a codebook of one's own: further spellings of
 * levels ({@code recode}), further missing-value codes ({@code missing}), labels of variables
 * ({@code labels}) and the scale of each outcome (the valid range of its {@code _pre} and {@code
 * _post} variables). The codebook's own checks apply to the result: a spelling that would name two
 * levels, or a missing code that is also a level, is a problem at its place in the plan.
 */
final class CodebookOverlay {
  private final PlanNodes yaml;
  private final Codebook codebook;
  private final Map<String, Map<String, String>> recode = new HashMap<>();
  private final Map<String, Node> recodeAt = new HashMap<>();
  private final Map<String, List<String>> missing = new HashMap<>();
  private final Map<String, Node> missingAt = new HashMap<>();
  private final Map<String, String> labels = new HashMap<>();
  private final Map<String, double[]> scales = new HashMap<>();

  /** Where a problem of the codebook as a whole goes. */
  private final Node root;

  CodebookOverlay(PlanNodes yaml, Codebook codebook, Node root) {
    this.yaml = yaml;
    this.codebook = codebook;
    this.root = root;
  }

  /** The codebook with the plan's keys applied. */
  Codebook apply(Map<String, Node> keys) {
    Node r = keys.get("recode");
    if (r != null) {
      yaml.mapping(r, "recode", List.of()).ifPresent(this::readRecode);
    }
    Node m = keys.get("missing");
    if (m != null) {
      yaml.mapping(m, "missing", List.of()).ifPresent(this::readMissing);
    }
    Node l = keys.get("labels");
    if (l != null) {
      yaml.mapping(l, "labels", List.of()).ifPresent(map -> map.forEach((name, value) ->
          variable(name, value, "labels").ifPresent(v -> yaml.word(value, "the label of " + name)
              .ifPresent(text -> labels.put(v.name(), text)))));
    }
    Node o = keys.get("outcomes");
    if (o != null) {
      yaml.list(o, "outcomes").ifPresent(items -> items.forEach(this::readScale));
    }
    List<Variable> variables = new ArrayList<>();
    for (Variable v : codebook.variables()) {
      variables.add(adjusted(v));
    }
    try {
      return new Codebook(codebook.name(), codebook.version(), variables);
    } catch (IllegalArgumentException e) {
      yaml.problem(keys.getOrDefault("codebook", root), "codebook: " + e.getMessage());
      return codebook;
    }
  }

  private Variable adjusted(Variable v) {
    Map<String, String> spellings = new LinkedHashMap<>(v.spellings());
    spellings.putAll(recode.getOrDefault(v.name(), Map.of()));
    Set<String> codes = new LinkedHashSet<>(v.missingCodes());
    codes.addAll(missing.getOrDefault(v.name(), List.of()));
    double[] scale = scales.get(v.outcome());
    boolean outcome = v.role() != Role.RESPONDENT;
    Double min = v.min();
    Double max = v.max();
    if (outcome && scale != null) {
      min = scale[0];
      max = scale[1];
    }
    try {
      return new Variable(v.name(), v.type(), v.required(), v.role(), min, max, v.levels(),
          spellings, codes, labels.getOrDefault(v.name(), v.label()));
    } catch (IllegalArgumentException e) {
      Node at = recodeAt.containsKey(v.name()) ? recodeAt.get(v.name()) : missingAt.get(v.name());
      if (at != null) {
        yaml.problem(at, e.getMessage());
      }
      return v;
    }
  }

  private void readRecode(Map<String, Node> byVariable) {
    byVariable.forEach((name, node) -> variable(name, node, "recode").ifPresent(v -> {
      if (!v.type().hasLevels() && v.type() != VariableType.BOOLEAN) {
        yaml.problem(node, "recode: " + v.name() + " is a " + typeName(v)
            + " variable; only category, ordinal and yes/no variables have levels to recode to");
        return;
      }
      yaml.mapping(node, "recode of " + v.name(), List.of()).ifPresent(pairs -> {
        Map<String, String> map = new LinkedHashMap<>();
        pairs.forEach((spelling, target) -> yaml.word(target, "the level of \"" + spelling + "\"")
            .ifPresent(level -> {
              int code = v.levelCode(level);
              if (code < 0) {
                yaml.problem(target, "recode of " + v.name() + ": \"" + level + "\" is not a level"
                    + " of " + v.name() + " (" + v.validValues() + ")");
              } else {
                map.put(spelling, v.levels().get(code));
              }
            }));
        recode.put(v.name(), map);
        recodeAt.put(v.name(), node);
      });
    }));
  }

  private void readMissing(Map<String, Node> byVariable) {
    byVariable.forEach((name, node) -> variable(name, node, "missing").ifPresent(v -> {
      missing.put(v.name(), yaml.words(node, "missing of " + v.name()).stream()
          .map(PlanNodes.Word::text).toList());
      missingAt.put(v.name(), node);
    }));
  }

  private void readScale(Node item) {
    Optional<Map<String, Node>> keys = yaml.mapping(item, "an outcome", DesignReader.OUTCOME_KEYS);
    if (keys.isEmpty() || !keys.get().containsKey("scale") || !keys.get().containsKey("name")) {
      return;
    }
    Node scale = keys.get().get("scale");
    Optional<String> name = yaml.word(keys.get().get("name"), "an outcome's name");
    Optional<List<Node>> ends = yaml.list(scale, "scale");
    if (name.isEmpty() || ends.isEmpty()) {
      return;
    }
    if (ends.get().size() != 2) {
      yaml.problem(scale, "scale must be [lowest, highest], e.g. [0, 10]");
      return;
    }
    OptionalDouble low = yaml.number(ends.get().get(0), "the scale's lowest value");
    OptionalDouble high = yaml.number(ends.get().get(1), "the scale's highest value");
    if (low.isPresent() && high.isPresent()) {
      if (!(low.getAsDouble() < high.getAsDouble())) {
        yaml.problem(scale, "scale: the lowest value must be below the highest");
      } else {
        scales.put(name.get(), new double[] {low.getAsDouble(), high.getAsDouble()});
      }
    }
  }

  /** The codebook's variable named {@code name}, or empty with a problem at {@code node}. */
  private Optional<Variable> variable(String name, Node node, String key) {
    Optional<Variable> v = codebook.variable(name);
    if (v.isEmpty()) {
      yaml.problem(node, key + ": the codebook has no variable \"" + name + "\""
          + Nearest.among(name, codebook.variables().stream().map(Variable::name).toList())
              .map(n -> "; did you mean \"" + n + "\"?").orElse(""));
    }
    return v;
  }

  private static String typeName(Variable v) {
    return v.type().name().toLowerCase(java.util.Locale.ROOT);
  }
}
