package org.sleepstat.analysis;

import java.util.List;
import java.util.Objects;

/**
 * One prop the advice names for one position (built-in: side → pillow_between_knees; back →
 * pillow_under_knees, lumbar_roll; stomach → pillow_under_hips): within the respondents of that
 * position, those with the prop against those without, on each baseline outcome and on the
 * change after a new mattress (treated respondents only). A prop or position the file lacks
 * leaves the lists empty and says so in the notes.
 *
 * @param position the position level, e.g. "side"
 * @param prop the prop variable, e.g. "pillow_between_knees"
 * @param baseline one per baseline outcome column, in the design's order
 * @param change one per outcome with both columns, over the treated (every respondent when the
 *     design or the file has no group; the notes say so)
 * @param notes what was left out and why
 */
public record PropsResult(String position, String prop, List<PropComparison> baseline,
    List<PropComparison> change, List<String> notes) {

  /** Copies the lists. */
  public PropsResult {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(prop, "prop");
    baseline = List.copyOf(baseline);
    change = List.copyOf(change);
    notes = List.copyOf(notes);
  }
}
