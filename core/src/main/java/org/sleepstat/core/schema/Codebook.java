package org.sleepstat.core.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A survey codebook: the variables a survey file may hold, with their types, valid values and
 * roles. {@link #builtIn()} is the sleep-back-pain v1 schema; {@link CodebookReader} reads a
 * researcher's own codebook in the same format. Immutable.
 */
public final class Codebook {
  private static final String BUILT_IN = "sleep-back-pain-v1.csv";

  private final String name;
  private final String version;
  private final List<Variable> variables;
  private final Map<String, Variable> byName;
  private final Map<String, Variable> byHeaderKey;
  private final Variable id;
  private final List<Outcome> outcomes;

  /** A pre/post pair of outcome variables; either side may be absent from a codebook. */
  public record Outcome(String name, Variable pre, Variable post) {}

  /** Creates a codebook; names must be unique (ignoring case, spaces, hyphens, underscores). */
  public Codebook(String name, String version, List<Variable> variables) {
    this.name = Objects.requireNonNull(name, "name");
    this.version = Objects.requireNonNull(version, "version");
    this.variables = List.copyOf(variables);
    Map<String, Variable> names = new LinkedHashMap<>();
    Map<String, Variable> headers = new HashMap<>();
    Variable idVariable = null;
    for (Variable v : this.variables) {
      Variable clash = headers.put(Spelling.headerKey(v.name()), v);
      if (clash != null) {
        throw new IllegalArgumentException(
            "variables \"" + clash.name() + "\" and \"" + v.name() + "\" have the same name");
      }
      names.put(v.name(), v);
      if (v.type() == VariableType.ID) {
        if (idVariable != null) {
          throw new IllegalArgumentException(
              "two id variables: \"" + idVariable.name() + "\" and \"" + v.name() + "\"");
        }
        idVariable = v;
      }
    }
    if (idVariable == null) {
      throw new IllegalArgumentException("the codebook has no variable of type id");
    }
    this.id = idVariable;
    this.byName = Map.copyOf(names);
    this.byHeaderKey = Map.copyOf(headers);
    this.outcomes = pairOutcomes(this.variables);
  }

  private static List<Outcome> pairOutcomes(List<Variable> variables) {
    Map<String, Variable[]> pairs = new LinkedHashMap<>();
    for (Variable v : variables) {
      if (v.role() == Role.RESPONDENT) {
        continue;
      }
      Variable[] pair = pairs.computeIfAbsent(v.outcome(), k -> new Variable[2]);
      pair[v.role() == Role.OUTCOME_PRE ? 0 : 1] = v;
    }
    List<Outcome> list = new ArrayList<>();
    pairs.forEach((k, p) -> list.add(new Outcome(k, p[0], p[1])));
    return List.copyOf(list);
  }

  /** The built-in sleep-back-pain v1 codebook. */
  public static Codebook builtIn() {
    return BuiltIn.INSTANCE;
  }

  private static final class BuiltIn {
    static final Codebook INSTANCE = load();

    private static Codebook load() {
      try (InputStream in = Codebook.class.getResourceAsStream(BUILT_IN)) {
        if (in == null) {
          throw new IllegalStateException("built-in codebook resource is missing: " + BUILT_IN);
        }
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return CodebookReader.parse(BUILT_IN, text);
      } catch (IOException | CodebookException e) {
        throw new IllegalStateException("built-in codebook cannot be read: " + e.getMessage(), e);
      }
    }
  }

  public String name() {
    return name;
  }

  public String version() {
    return version;
  }

  /** All variables in codebook order. */
  public List<Variable> variables() {
    return variables;
  }

  /** The variable with exactly this name. */
  public Optional<Variable> variable(String variableName) {
    return Optional.ofNullable(byName.get(variableName));
  }

  /**
   * The variable a column header names, ignoring case, spaces, hyphens and underscores
   * ("Pain Morning Pre" finds pain_morning_pre).
   */
  public Optional<Variable> forHeader(String header) {
    return Optional.ofNullable(byHeaderKey.get(Spelling.headerKey(header)));
  }

  /** The respondent identifier variable. */
  public Variable idVariable() {
    return id;
  }

  /** Outcomes with their pre and post variables, in codebook order. */
  public List<Outcome> outcomes() {
    return outcomes;
  }

  @Override
  public String toString() {
    return name + " v" + version + " (" + variables.size() + " variables)";
  }
}
