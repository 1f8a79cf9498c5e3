package org.sleepstat.core.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
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
 * waves.place(List.of("baseline", "week 4", "week 2")).waves(); // baseline, week 2, week 4
 * }</pre>
 * A study has two waves or more; the first is the pre wave of the paired analyses and the primary
 * follow-up (the last unless a plan names another) their post wave. How a file's own wave labels
 * are put in order is {@link #place}'s. Immutable.
 */
public final class Waves {
  /**
   * A wave.
   *
   * @param name the wave's name, e.g. "pre"
   * @param spellings further values of the wave column that mean it
   * @param weeks its time in weeks after the first wave, when the plan says
   */
  public record Wave(String name, List<String> spellings, OptionalDouble weeks) {
    /** Checks the name and the weeks (finite, not negative). */
    public Wave {
      Objects.requireNonNull(name, "name");
      spellings = List.copyOf(spellings);
      Objects.requireNonNull(weeks, "weeks");
      if (weeks.isPresent() && !(weeks.getAsDouble() >= 0 && weeks.getAsDouble() < 1e6)) {
        throw new IllegalArgumentException("weeks " + weeks.getAsDouble() + " of wave " + name
            + " is not a time in weeks (0 or more)");
      }
    }

    /** A wave without a time in weeks. */
    public Wave(String name, List<String> spellings) {
      this(name, spellings, OptionalDouble.empty());
    }
  }

  /**
   * A wave of a file, as {@link #place} found it.
   *
   * @param label the wave's label as first written in the file (trimmed)
   * @param weeks its time in weeks, when the plan or the labels say
   */
  public record Placed(String label, OptionalDouble weeks) {
    /** Checks that nothing is null. */
    public Placed {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(weeks, "weeks");
    }
  }

  /**
   * A file's wave labels put in order.
   *
   * @param waves the waves the file has, in time order
   * @param positions for each label given to {@link #place}, its index in {@code waves}, or -1
   *     for a label that names no wave (its rows are rejected)
   * @param pre the index of the wave of the {@code _pre} columns, -1 when the file has none
   * @param post the index of the wave of the {@code _post} columns (the primary follow-up), -1
   *     when the file has none
   */
  public record Placement(List<Placed> waves, int[] positions, int pre, int post) {
    /** Copies the lists. */
    public Placement {
      waves = List.copyOf(waves);
      positions = positions.clone();
    }

    /** The index in {@link #waves} of label {@code label}, -1 when it names no wave. */
    public int position(int label) {
      return positions[label];
    }

    /** Whether the waves are three or more: a repeated-measures study. */
    public boolean repeated() {
      return waves.size() >= 3;
    }
  }

  private static final Waves BUILT_IN = new Waves(List.of(
      new Wave("pre", List.of("baseline", "before", "0", "t0", "1st")),
      new Wave("post", List.of("follow-up", "followup", "after", "1", "t1", "2nd"))));

  private final List<Wave> waves;
  private final int primaryFollowUp;
  /** The key of each name and spelling, and the wave it names. */
  private final Map<String, Integer> keys = new HashMap<>();

  /**
   * The waves in time order; the last is the primary follow-up.
   *
   * @throws IllegalArgumentException unless there are two or more, or if a value names two
   */
  public Waves(List<Wave> waves) {
    this(waves, null);
  }

  /**
   * The waves in time order and the name of the primary follow-up (null: the last wave).
   *
   * @throws IllegalArgumentException unless there are two or more, if a value names two, or if
   *     the primary follow-up is the first wave or none of them
   */
  public Waves(List<Wave> waves, String primaryFollowUp) {
    this.waves = List.copyOf(waves);
    if (waves.size() < 2) {
      throw new IllegalArgumentException("a study has two waves or more, not " + waves.size());
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
    int primary = waves.size() - 1;
    if (primaryFollowUp != null) {
      primary = -1;
      for (int i = 1; i < waves.size(); i++) {
        if (waves.get(i).name().equals(primaryFollowUp)) {
          primary = i;
        }
      }
      if (primary < 0) {
        throw new IllegalArgumentException("\"" + primaryFollowUp + "\" is not one of the"
            + " follow-up waves (" + String.join(", ", names().subList(1, waves.size())) + ")");
      }
    }
    this.primaryFollowUp = primary;
  }

  /** The waves in time order. */
  public List<Wave> waves() {
    return waves;
  }

  /** The waves' names in time order. */
  public List<String> names() {
    return waves.stream().map(Wave::name).toList();
  }

  /** The position of the primary follow-up: the wave the paired analyses compare with the first. */
  public int primaryFollowUpIndex() {
    return primaryFollowUp;
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

  /**
   * Puts the distinct wave labels of a long file (trimmed, as first written, one per wave key)
   * in time order.
   *
   * <ul>
   *   <li>With three or more waves in the plan, a label is the plan's wave it spells (see {@link
   *       #indexOf}), in the plan's order; a label that spells none names no wave (its rows are
   *       rejected).
   *   <li>With two, when every label spells one of them, the two waves as today (pre and post,
   *       with their synonyms).
   *   <li>Otherwise, when the labels make three or more waves (the labels of one of the two
   *       waves counting once), the two-wave synonyms do not apply and the labels are ordered by
   *       their words: those that begin with baseline or pre first, then by the first number in
   *       the label ("week 2" before "week 12"; a REDCap event's {@code _arm_N} suffix is not a
   *       number of the label), then one without a number that begins with post or follow.
   *   <li>With two such waves that can be ordered so ({@code baseline}, {@code week 2}), they are
   *       the two waves; otherwise the labels of neither plan wave name no wave.
   * </ul>
   * Weeks: the plan's, else, when every numbered label has the same unit (day, week, month,
   * year, before or after the number), the number in weeks, with 0 for a first wave.
   *
   * @throws IllegalArgumentException with a one-line message that says how to list the waves in
   *     a plan, when three or more waves cannot be put in order
   */
  public Placement place(List<String> labels) {
    return WaveOrder.place(this, labels);
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
