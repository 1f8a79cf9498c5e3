package org.sleepstat.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Mattress firmness along the advice (medium-firm): baseline outcomes by the firmness of the
 * mattress before, with a linear trend across its ordered levels and the advised level against
 * the rest; and the change after a new mattress by the new mattress's firmness, adjusted for the
 * value before. A firmness variable the design or the file lacks leaves its lists empty and says
 * so in the notes.
 *
 * @param firmness the firmness variable of the mattress before, if the design names one
 * @param newFirmness the firmness variable of the new mattress, if the design names one
 * @param advised the advised level, if the design names one
 * @param baseline one per baseline outcome column, in the design's order
 * @param change one per outcome with both columns, over the treated with a new firmness
 * @param notes what was left out and why
 */
public record FirmnessResult(Optional<String> firmness, Optional<String> newFirmness,
    Optional<String> advised, List<FirmnessBaseline> baseline, List<FirmnessChange> change,
    List<String> notes) {

  /** Copies the lists. */
  public FirmnessResult {
    Objects.requireNonNull(firmness, "firmness");
    Objects.requireNonNull(newFirmness, "newFirmness");
    Objects.requireNonNull(advised, "advised");
    baseline = List.copyOf(baseline);
    change = List.copyOf(change);
    notes = List.copyOf(notes);
  }
}
