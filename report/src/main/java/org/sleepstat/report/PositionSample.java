package org.sleepstat.report;

import java.util.List;
import java.util.Objects;
import org.sleepstat.analysis.PositionResult;
import org.sleepstat.stats.BoxSummary;

/**
 * What the box plots show of the values behind one by-position result, per sleep position.
 *
 * @param result the analysis of these values
 * @param groups one per position of the result, in the same order
 */
public record PositionSample(PositionResult result, List<Group> groups) {

  /**
   * One position's box and the values drawn beyond its whiskers.
   *
   * @param position e.g. "side"
   * @param box the box plot numbers of the position's values
   * @param beyond the values beyond the whiskers, each once, ascending; when there are more
   *     than a thousand different ones, rounded first to a grid of a thousand steps between the
   *     lowest and the highest of them
   */
  public record Group(String position, BoxSummary box, double[] beyond) {
    /** Copies the values. */
    public Group {
      Objects.requireNonNull(position, "position");
      Objects.requireNonNull(box, "box");
      beyond = beyond.clone();
    }

    @Override
    public double[] beyond() {
      return beyond.clone();
    }
  }

  /** Copies the groups and checks them against the analysis. */
  public PositionSample {
    groups = List.copyOf(groups);
    if (groups.size() != result.groups().size()) {
      throw new IllegalStateException(result.outcome() + ": the report found " + groups.size()
          + " positions where the analysis found " + result.groups().size());
    }
    for (int i = 0; i < groups.size(); i++) {
      Group g = groups.get(i);
      if (!g.position().equals(result.groups().get(i).position())
          || g.box().n() != result.groups().get(i).n()) {
        throw new IllegalStateException(result.outcome() + ": position " + g.position()
            + " has " + g.box().n() + " values in the report and "
            + result.groups().get(i).n() + " in the analysis");
      }
    }
  }

  /** The outcome column, e.g. "pain_morning_pre". */
  public String outcome() {
    return result.outcome();
  }
}
