package org.sleepstat.core.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeSet;

/** Puts the wave labels of a long file in time order: see {@link Waves#place}. */
final class WaveOrder {
  private WaveOrder() {}

  static Waves.Placement place(Waves waves, List<String> labels) {
    int n = labels.size();
    int[] syn = new int[n];
    boolean allSynonyms = true;
    for (int i = 0; i < n; i++) {
      syn[i] = waves.indexOf(labels.get(i)).orElse(-1);
      allSynonyms &= syn[i] >= 0;
    }
    boolean third = false;
    for (int i = 0; i < n; i++) {
      third |= syn[i] < 0 && WaveLabel.of(labels.get(i)).kind() != WaveLabel.Kind.NONE;
    }
    if (waves.waves().size() > 2 || allSynonyms || !third) {
      // labels that are no wave and have nothing of one (no number, no baseline or follow-up)
      // are rejected row by row, as with two waves always
      return byPlan(waves, labels, syn);
    }
    // classes: the labels of one of the plan's two waves are one, every other label its own
    List<Integer> representatives = new ArrayList<>();
    int[] classOf = new int[n];
    int[] synClass = {-1, -1};
    for (int i = 0; i < n; i++) {
      if (syn[i] >= 0 && synClass[syn[i]] >= 0) {
        classOf[i] = synClass[syn[i]];
        continue;
      }
      classOf[i] = representatives.size();
      if (syn[i] >= 0) {
        synClass[syn[i]] = representatives.size();
      }
      representatives.add(i);
    }
    if (representatives.size() >= 3) {
      return ordered(labels, identity(n));
    }
    List<String> shown = representatives.stream().map(labels::get).toList();
    if (representatives.size() == 2 && problems(parse(shown)).isEmpty()) {
      Waves.Placement two = ordered(shown, identity(2));
      int[] positions = new int[n];
      for (int i = 0; i < n; i++) {
        positions[i] = two.position(classOf[i]);
      }
      return new Waves.Placement(two.waves(), positions, 0, 1);
    }
    return byPlan(waves, labels, syn); // labels of neither wave are rejected row by row
  }

  /** Each label is the plan wave it spells, or none (-1); the waves in the plan's order. */
  private static Waves.Placement byPlan(Waves waves, List<String> labels, int[] syn) {
    TreeSet<Integer> present = new TreeSet<>();
    for (int s : syn) {
      if (s >= 0) {
        present.add(s);
      }
    }
    List<Integer> order = List.copyOf(present);
    List<String> shown = new ArrayList<>();
    for (int w : order) {
      for (int i = 0; i < labels.size(); i++) {
        if (syn[i] == w) {
          shown.add(labels.get(i));
          break;
        }
      }
    }
    List<OptionalDouble> weeks = weeks(parse(shown));
    List<Waves.Placed> placed = new ArrayList<>();
    for (int k = 0; k < order.size(); k++) {
      OptionalDouble planned = waves.waves().get(order.get(k)).weeks();
      placed.add(new Waves.Placed(shown.get(k), planned.isPresent() ? planned : weeks.get(k)));
    }
    int[] positions = new int[labels.size()];
    for (int i = 0; i < labels.size(); i++) {
      positions[i] = syn[i] < 0 ? -1 : order.indexOf(syn[i]);
    }
    int pre;
    int post;
    if (waves.waves().size() == 2) {
      pre = order.indexOf(0);
      post = order.indexOf(1);
    } else {
      pre = order.isEmpty() ? -1 : 0;
      int primary = order.indexOf(waves.primaryFollowUpIndex());
      post = order.size() < 2 ? -1 : primary > 0 ? primary : order.size() - 1;
    }
    return new Waves.Placement(placed, positions, pre, post);
  }

  /** The labels {@code members} in time order by their words and numbers, or an error. */
  private static Waves.Placement ordered(List<String> labels, List<Integer> members) {
    List<WaveLabel> parsed = parse(labels);
    List<String> problems = problems(parsed);
    List<Integer> order = new ArrayList<>(members);
    order.sort(Comparator.comparingInt((Integer i) -> parsed.get(i).kind().ordinal())
        .thenComparingDouble(i -> parsed.get(i).kind() == WaveLabel.Kind.NUMBERED
            ? parsed.get(i).number() : 0));
    if (!problems.isEmpty()) {
      List<String> quoted = labels.stream().map(WaveOrder::quote).toList();
      StringBuilder plan = new StringBuilder("waves: [");
      for (int k = 0; k < order.size(); k++) {
        plan.append(k == 0 ? "" : ", ").append("{name: ").append(quote(labels.get(order.get(k))))
            .append('}');
      }
      throw new IllegalArgumentException("the waves " + String.join(", ", quoted)
          + " cannot be put in time order: " + String.join("; ", problems)
          + "; list them in time order in a study plan (--plan FILE), e.g. " + plan + "]");
    }
    List<WaveLabel> sorted = order.stream().map(parsed::get).toList();
    List<OptionalDouble> weeks = weeks(sorted);
    List<Waves.Placed> placed = new ArrayList<>();
    for (int k = 0; k < sorted.size(); k++) {
      placed.add(new Waves.Placed(sorted.get(k).label(), weeks.get(k)));
    }
    int[] positions = new int[labels.size()];
    for (int k = 0; k < order.size(); k++) {
      positions[order.get(k)] = k;
    }
    return new Waves.Placement(placed, positions, 0, placed.size() - 1);
  }

  private static List<WaveLabel> parse(List<String> labels) {
    return labels.stream().map(WaveLabel::of).toList();
  }

  /** Why labels cannot be put in order; empty when they can. */
  private static List<String> problems(List<WaveLabel> parsed) {
    List<String> problems = new ArrayList<>();
    List<String> first = new ArrayList<>();
    List<String> last = new ArrayList<>();
    for (int i = 0; i < parsed.size(); i++) {
      WaveLabel w = parsed.get(i);
      switch (w.kind()) {
        case FIRST -> first.add(quote(w.label()));
        case LAST -> last.add(quote(w.label()));
        case NONE -> problems.add(quote(w.label()) + " has no number and begins with none of"
            + " baseline, pre, post, follow");
        case NUMBERED -> {
          for (int j = 0; j < i; j++) {
            WaveLabel other = parsed.get(j);
            if (other.kind() == WaveLabel.Kind.NUMBERED && other.number() == w.number()) {
              problems.add(quote(other.label()) + " and " + quote(w.label())
                  + " have the same number " + NumberText.format(w.number()));
            }
          }
        }
      }
    }
    if (first.size() > 1) {
      problems.add(String.join(" and ", first) + " both begin with baseline or pre");
    }
    if (last.size() > 1) {
      problems.add(String.join(" and ", last) + " both begin with post or follow and have no"
          + " number");
    }
    return problems;
  }

  /**
   * Weeks from the labels (in order): when every numbered label has the same unit, its number in
   * weeks, and 0 for a first wave; otherwise none.
   */
  private static List<OptionalDouble> weeks(List<WaveLabel> sorted) {
    double unit = Double.NaN;
    boolean shared = true;
    for (WaveLabel w : sorted) {
      if (w.kind() == WaveLabel.Kind.NUMBERED) {
        shared &= !Double.isNaN(w.unitWeeks()) && (Double.isNaN(unit) || unit == w.unitWeeks());
        unit = w.unitWeeks();
      }
    }
    shared &= !Double.isNaN(unit);
    List<OptionalDouble> weeks = new ArrayList<>();
    for (WaveLabel w : sorted) {
      weeks.add(!shared ? OptionalDouble.empty()
          : w.kind() == WaveLabel.Kind.FIRST ? OptionalDouble.of(0)
          : w.kind() == WaveLabel.Kind.NUMBERED ? OptionalDouble.of(w.number() * unit)
          : OptionalDouble.empty());
    }
    return weeks;
  }

  private static List<Integer> identity(int n) {
    List<Integer> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(i);
    }
    return list;
  }

  private static String quote(String label) {
    return "\"" + label.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
