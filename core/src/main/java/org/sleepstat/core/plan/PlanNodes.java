package org.sleepstat.core.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.sleepstat.core.schema.Nearest;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The YAML of a plan as a tree of nodes that keep their line and column, read with the checks
 * every key needs (a mapping, a list, a word, a number), each fault collected as a {@link
 * PlanProblem} at the node's place rather than thrown, so that one run lists them all. Values
 * are taken as written: {@code yes} is the word yes, never a YAML boolean.
 */
final class PlanNodes {
  /** Far above any plan (the built-in plan is about 5,000 characters). */
  private static final int CODE_POINT_LIMIT = 1 << 20;

  private final String file;
  private final List<PlanProblem> problems = new ArrayList<>();

  PlanNodes(String file) {
    this.file = file;
  }

  /** The problems found so far, in the order found. */
  List<PlanProblem> problems() {
    return problems;
  }

  /** The document's root node, or empty (with a problem) when the text is not YAML. */
  Optional<Node> parse(String text) {
    LoadSettings settings = LoadSettings.builder().setLabel(file).setUseMarks(true)
        .setAllowDuplicateKeys(false).setMaxAliasesForCollections(50)
        .setCodePointLimit(CODE_POINT_LIMIT).build();
    try {
      Optional<Node> root = new Compose(settings).composeString(text);
      if (root.isEmpty()) {
        problems.add(new PlanProblem(file, 0, 0, "the plan is empty; `sleepstat plan` prints"
            + " one to start from"));
      }
      return root;
    } catch (MarkedYamlEngineException e) {
      Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
      String what = e.getProblem() == null ? "not valid YAML" : e.getProblem();
      problems.add(new PlanProblem(file, mark.map(m -> m.getLine() + 1).orElse(0),
          mark.map(m -> m.getColumn() + 1).orElse(0), "not valid YAML: " + what.strip()));
    } catch (YamlEngineException e) {
      problems.add(new PlanProblem(file, 0, 0, "not valid YAML: " + e.getMessage()));
    }
    return Optional.empty();
  }

  /** Adds a problem at {@code node}'s place. */
  void problem(Node node, String message) {
    Optional<Mark> mark = node.getStartMark();
    problems.add(new PlanProblem(file, mark.map(m -> m.getLine() + 1).orElse(0),
        mark.map(m -> m.getColumn() + 1).orElse(0), message));
  }

  /**
   * The keys and values of a mapping, in file order; a key not in {@code known} is a problem
   * naming the nearest known key, and so is a key given twice.
   *
   * @param what the mapping, for messages ("the plan", "outcome pain_morning")
   */
  Optional<Map<String, Node>> mapping(Node node, String what, List<String> known) {
    if (!(node instanceof MappingNode m)) {
      problem(node, what + " must be a mapping of keys (key: value), not " + kind(node));
      return Optional.empty();
    }
    Map<String, Node> out = new LinkedHashMap<>();
    for (NodeTuple t : m.getValue()) {
      Optional<String> key = word(t.getKeyNode(), "a key of " + what);
      if (key.isEmpty()) {
        continue;
      }
      String k = key.get();
      if (!known.isEmpty() && !known.contains(k)) {
        Optional<String> near = Nearest.among(k, known);
        problem(t.getKeyNode(), "unknown key \"" + k + "\" in " + what + near.map(
            n -> "; did you mean \"" + n + "\"?").orElse(" (keys: " + String.join(", ", known)
            + ")"));
      } else if (out.putIfAbsent(k, t.getValueNode()) != null) {
        problem(t.getKeyNode(), "\"" + k + "\" is given twice in " + what);
      }
    }
    return Optional.of(out);
  }

  /** The text of a scalar, or empty (with a problem) for a list, a mapping or an empty value. */
  Optional<String> word(Node node, String what) {
    if (!(node instanceof ScalarNode s)) {
      problem(node, what + " must be a single value, not " + kind(node));
      return Optional.empty();
    }
    String v = s.getValue().strip();
    if (v.isEmpty() || s.isPlain() && (v.equals("~") || v.equalsIgnoreCase("null"))) {
      problem(node, what + " is empty");
      return Optional.empty();
    }
    return Optional.of(v);
  }

  /** A finite number, or empty (with a problem). */
  OptionalDouble number(Node node, String what) {
    Optional<String> w = word(node, what);
    if (w.isEmpty()) {
      return OptionalDouble.empty();
    }
    String v = w.get();
    // the plan's numbers are written plainly: no hex, no "1,000", no inf or nan
    if (!v.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
      problem(node, what + " must be a number, not \"" + v + "\"");
      return OptionalDouble.empty();
    }
    double d = Double.parseDouble(v);
    if (!Double.isFinite(d)) {
      problem(node, what + " is too large: " + v);
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(d);
  }

  /** The number at {@code key} of {@code keys}: empty when the key is absent or not a number. */
  OptionalDouble optionalNumber(Map<String, Node> keys, String key, String what) {
    Node n = keys.get(key);
    return n == null ? OptionalDouble.empty() : number(n, what);
  }

  /** The items of a list, or empty (with a problem) for anything else. */
  Optional<List<Node>> list(Node node, String what) {
    if (!(node instanceof SequenceNode s)) {
      problem(node, what + " must be a list ([a, b] or one \"- item\" per line), not "
          + kind(node));
      return Optional.empty();
    }
    return Optional.of(s.getValue());
  }

  /** The words of a list of words; items that are not words are problems and left out. */
  List<Word> words(Node node, String what) {
    List<Word> out = new ArrayList<>();
    list(node, what).ifPresent(items -> {
      for (Node item : items) {
        word(item, "an item of " + what).ifPresent(w -> out.add(new Word(w, item)));
      }
    });
    return out;
  }

  /** Whether the node is the word {@code none}. */
  static boolean isNone(Node node) {
    return node instanceof ScalarNode s && s.getValue().strip().equalsIgnoreCase("none");
  }

  /** A word of the plan and the node it stands at, for problems found later. */
  record Word(String text, Node node) {}

  private static String kind(Node node) {
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    String v = ((ScalarNode) node).getValue();
    return v.isBlank() ? "empty" : "\"" + abbreviate(v) + "\"";
  }

  private static String abbreviate(String v) {
    String one = v.strip().replaceAll("\\s+", " ");
    return one.length() <= 40 ? one : one.substring(0, 39) + "…";
  }

  /** "lower" or "higher" as written, in lower case. */
  static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
