package org.sleepstat.core.plan;

import java.util.List;

/** A plan that cannot be used, with every problem found, in file order. */
public final class PlanException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The problems, each one line. */
  @SuppressWarnings("serial")
  private final List<PlanProblem> problems;

  PlanException(List<PlanProblem> problems) {
    super(problems.isEmpty() ? "plan problem" : problems.get(0).toString());
    this.problems = List.copyOf(problems);
  }

  /** Every problem, in file order. */
  public List<PlanProblem> problems() {
    return problems;
  }
}
