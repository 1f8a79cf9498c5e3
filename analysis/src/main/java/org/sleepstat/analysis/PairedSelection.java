package org.sleepstat.analysis;

import org.sleepstat.core.plan.StudyDesign;

/** Whom the paired analyses cover, in words, for the results and the reports. */
final class PairedSelection {
  private PairedSelection() {}

  /**
   * "changed_mattress = yes, both values present"; "all respondents with both values
   * (single-arm study)"; or "all respondents with both values (no changed_mattress column)".
   *
   * @param hasColumn whether the survey has a column for the design's group variable
   */
  static String describe(StudyDesign design, boolean hasColumn) {
    if (design.group().isPresent() && hasColumn) {
      StudyDesign.Group g = design.group().get();
      return g.variable().name() + " = " + g.treated() + ", both values present";
    }
    if (design.singleArm()) {
      return "all respondents with both values (single-arm study)";
    }
    return "all respondents with both values (no " + design.groupName().orElse(StudyDesign.GROUP)
        + " column)";
  }
}
