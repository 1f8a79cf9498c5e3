package org.sleepstat.core.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The waves of a study in time order and how a long file's wave column writes each: its name and
 * its spellings, matched as levels are ({@link Spelling#categoryKey}: case, spaces, hyphens and
 * underscores ignored), and any value that begins with one of them followed by a separator, as
 * REDCap's events {@code baseline_arm_1} and {@code follow_up_6_weeks} do. A wide file writes the
 * waves as the {@code _pre} and {@code _post} ends of an outcome's columns.
 *
 * <pre>{@code
 * Waves waves = Waves.builtIn();
 * waves.indexOf("Baseline Arm 1"); // OptionalInt[0]
 * }</pre>
 * Immutable. Today a study has two waves: the first and the second are the pre and post waves of
 * the paired analyses.
 */
public final class Waves {
  /**
   * A wave.
   *
   * @param name the wave's name, e.g. "pre"
   * @param spellings further values of the wave column that mean it
   */
  public record Wave(String name, List<String> spellings) {
    public Wave {
      Objects.requireNonNull(name, "name");
      spellings = List.copyOf(spellings);
    }
  }

  private static final Waves BUILT_IN = new Waves(List.of(
      new Wave("pre", List.of("baseline", "before", "0", "t0", "1st")),
      new Wave("post", List.of("follow-up", "followup", "after", "1", "t1", "2nd"))));

  private final List<Wave> waves;
  /** The key of each name and spelling, and the wave it names. */
  private final Map<String, Integer> keys = new HashMap<>();

  /**
   * The waves in time order.
   *
   * @throws IllegalArgumentException unless there are two, or if a value names two of them
   */
  public Waves(List<Wave> waves) {
    this.waves = List.copyOf(waves);
    if (waves.size() != 2) {
      throw new IllegalArgumentException("a study has two waves (pre and post), not "
          + waves.size());
    }
    for (int i = 0; i < waves.size(); i++) {
      for (String s : all(waves.get(i))) {
        Integer clash = keys.putIfAbsent(Spelling.categoryKey(s), i);
        if (clash != null && clash != i) {
          throw new IllegalArgumentException("\"" + s + "\" names two waves: "
              + waves.get(clash).name() + " and " + waves.get(i).name());
        }
      }
    }
  }

  /** The waves in time order. */
  public List<Wave> waves() {
    return waves;
  }

  /** The waves of the built-in plan: pre (baseline, before, 0, t0, 1st) and post. */
  public static Waves builtIn() {
    return BUILT_IN;
  }

  /** The position of the wave a wave column's value names, empty when it names none. */
  public OptionalInt indexOf(String raw) {
    String key = Spelling.categoryKey(raw);
    Integer exact = keys.get(key);
    if (exact != null) {
      return OptionalInt.of(exact);
    }
    // a REDCap event: the longest spelling that the value begins with, then a separator
    int best = -1;
    int length = 0;
    for (Map.Entry<String, Integer> e : keys.entrySet()) {
      String k = e.getKey();
      if (k.length() > length && key.length() > k.length() && key.startsWith(k)
          && key.charAt(k.length()) == '_') {
        best = e.getValue();
        length = k.length();
      }
    }
    return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
  }

  /** Each wave's name and first spelling, for messages: "pre, baseline…, post, follow-up…". */
  public String describe() {
    List<String> parts = new ArrayList<>();
    for (Wave w : waves) {
      parts.add(w.name());
      if (!w.spellings().isEmpty()) {
        parts.add(w.spellings().get(0) + "…");
      }
    }
    return String.join(", ", parts);
  }

  @Override
  public String toString() {
    return "Waves" + waves;
  }

  private static List<String> all(Wave w) {
    List<String> all = new ArrayList<>();
    all.add(w.name());
    all.addAll(w.spellings());
    return all;
  }
}
