package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.core.survey.Survey;

/** An outcome whose pre and post columns are both in the survey. */
record PairedColumns(StudyDesign.Outcome outcome, NumberColumn pre, NumberColumn post) {

  /** Every such outcome of the design, in its order. */
  static List<PairedColumns> of(Survey survey, StudyDesign design) {
    List<PairedColumns> out = new ArrayList<>();
    for (StudyDesign.Outcome o : design.outcomes()) {
      if (o.pre() == null || o.post() == null) {
        continue;
      }
      Optional<NumberColumn> pre = survey.numbers(o.pre().name());
      Optional<NumberColumn> post = survey.numbers(o.post().name());
      if (pre.isPresent() && post.isPresent()) {
        out.add(new PairedColumns(o, pre.get(), post.get()));
      }
    }
    return out;
  }
}
