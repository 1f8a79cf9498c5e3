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

  /**
   * The untreated pairs of a design with a group: "changed_mattress = no, both values present";
   * with several untreated levels "arm = placebo or waitlist, both values present".
   */
  static String untreated(StudyDesign.Group g) {
    java.util.List<String> others = g.variable().levels().stream()
        .filter(l -> !l.equals(g.treated())).toList();
    return g.variable().name() + " = " + String.join(" or ", others) + ", both values present";
  }
}
