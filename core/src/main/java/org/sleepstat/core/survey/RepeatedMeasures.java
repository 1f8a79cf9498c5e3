package org.sleepstat.core.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.sleepstat.core.schema.NumberText;

/**
 * The outcomes of a long file with three or more waves, wave by wave, for models over time (the
 * wide {@code _pre}/{@code _post} columns hold the first wave and the primary follow-up). Every
 * column is aligned with the survey's respondents: row {@code r} is respondent {@code r}, a
 * missed wave is missing (NaN). Values are stored as compactly as the survey's own columns.
 * Immutable; {@link Survey#repeated()} gives it.
 *
 * <pre>{@code
 * RepeatedMeasures rm = survey.repeated().orElseThrow();
 * for (int w = 0; w < rm.waves().size(); w++) {
 *   NumberColumn y = rm.values("pain_morning", w).orElseThrow();
 * }
 * }</pre>
 */
public final class RepeatedMeasures {
  /**
   * A wave.
   *
   * @param label the wave's label as first written in the file (trimmed), e.g. "week 2"
   * @param weeks its time in weeks (baseline 0) from the plan or the labels, empty when unknown
   */
  public record Wave(String label, OptionalDouble weeks) {
    /** Checks that nothing is null. */
    public Wave {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(weeks, "weeks");
    }
  }

  private final List<Wave> waves;
  private final int primaryFollowUp;
  private final Map<String, List<NumberColumn>> values;

  RepeatedMeasures(List<Wave> waves, int primaryFollowUp, Map<String, List<NumberColumn>> values) {
    this.waves = List.copyOf(waves);
    this.primaryFollowUp = primaryFollowUp;
    Map<String, List<NumberColumn>> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.values = copy;
  }

  /** The waves in time order (three or more). */
  public List<Wave> waves() {
    return waves;
  }

  /**
   * The index in {@link #waves()} of the primary follow-up: the plan's {@code primary_follow_up},
   * else the last wave. The {@code _post} columns hold its values.
   */
  public int primaryFollowUp() {
    return primaryFollowUp;
  }

  /** The outcomes measured at every wave, in the file's column order. */
  public List<String> outcomes() {
    return List.copyOf(values.keySet());
  }

  /**
   * The values of outcome {@code outcomeName} (e.g. "pain_morning") at wave {@code wave}, one
   * per respondent; empty when the file has no such outcome.
   *
   * @throws IndexOutOfBoundsException if {@code wave} is not an index of {@link #waves()}
   */
  public Optional<NumberColumn> values(String outcomeName, int wave) {
    Objects.checkIndex(wave, waves.size());
    List<NumberColumn> columns = values.get(outcomeName);
    return columns == null ? Optional.empty() : Optional.of(columns.get(wave));
  }

  /** Number of values of the outcome over every wave and respondent (0 for no such outcome). */
  public int observations(String outcome) {
    List<NumberColumn> columns = values.get(outcome);
    int n = 0;
    if (columns != null) {
      for (NumberColumn c : columns) {
        n += c.size() - c.missingCount();
      }
    }
    return n;
  }

  /**
   * One line for an import summary: "4 waves: baseline (0 weeks), week 2 (2), …; the paired
   * analyses compare baseline with week 12 (the last wave)".
   */
  public String describe() {
    List<String> parts = new ArrayList<>();
    for (Wave w : waves) {
      parts.add(w.label() + (w.weeks().isPresent()
          ? " (" + NumberText.format(w.weeks().getAsDouble()) + " weeks)" : ""));
    }
    boolean last = primaryFollowUp == waves.size() - 1;
    return String.format(Locale.ROOT, "%d waves: %s; the paired analyses (_pre, _post) compare"
        + " %s with %s (%s)", waves.size(), String.join(", ", parts), waves.get(0).label(),
        waves.get(primaryFollowUp).label(),
        last ? "the last wave" : "the plan's primary follow-up");
  }
}
