package org.sleepstat.cli.report;

import java.util.List;
import java.util.Objects;
import org.sleepstat.analysis.PositionResult;

/**
 * The values behind one by-position result, per sleep position, for the box plots.
 *
 * @param result the analysis of these values
 * @param groups one per position of the result, in the same order
 */
public record PositionSample(PositionResult result, List<Group> groups) {

  /**
   * One position's values.
   *
   * @param position e.g. "side"
   * @param values the outcome of the respondents in that position
   */
  public record Group(String position, double[] values) {
    /** Copies the values. */
    public Group {
      Objects.requireNonNull(position, "position");
      values = values.clone();
    }

    @Override
    public double[] values() {
      return values.clone();
    }

    /** The box plot numbers of the values. */
    public BoxSummary box() {
      return BoxSummary.of(values);
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
          || g.values.length != result.groups().get(i).n()) {
        throw new IllegalStateException(result.outcome() + ": position " + g.position()
            + " has " + g.values.length + " values in the report and "
            + result.groups().get(i).n() + " in the analysis");
      }
    }
  }

  /** The outcome column, e.g. "pain_morning_pre". */
  public String outcome() {
    return result.outcome();
  }
}
