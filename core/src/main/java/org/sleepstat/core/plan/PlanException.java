package org.sleepstat.core.plan;

import java.util.Comparator;
import java.util.List;

/** A plan that cannot be used, with every problem found, in file order. */
public final class PlanException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The problems, each one line. */
  @SuppressWarnings("serial")
  private final List<PlanProblem> problems;

  /** The problems, put in file order (line, then column; the order found within a place). */
  PlanException(List<PlanProblem> problems) {
    super(problems.isEmpty() ? "plan problem" : problems.get(0).toString());
    this.problems = problems.stream().sorted(Comparator.comparingInt(PlanProblem::line)
        .thenComparingInt(PlanProblem::column)).toList();
  }

  /** Every problem, in file order. */
  public List<PlanProblem> problems() {
    return problems;
  }
}
