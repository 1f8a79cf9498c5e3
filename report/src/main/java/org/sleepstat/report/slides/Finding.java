package org.sleepstat.report.slides;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sleepstat.report.Headline;
import org.sleepstat.report.Methods;
import org.sleepstat.stats.ContingencyTable;

/**
 * A headline finding as a slide shows it: the headline, its chart or its table of counts (or
 * neither: the sentence alone), and the methods behind its numbers, whose R calls the speaker
 * notes give.
 *
 * @param headline the finding, as the Summary sheet has it
 * @param chart the estimates with their 95% CIs, when the finding has them
 * @param table the counts the test was run on, for a test of a contingency table
 * @param methods the methods of the headline's numbers and of the chart's intervals
 */
record Finding(Headline headline, Optional<BarChart> chart, Optional<ContingencyTable> table,
    List<Methods.Method> methods) {

  /** Checks that nothing is null and copies the methods. */
  Finding {
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(table, "table");
    methods = List.copyOf(methods);
  }

  /** A finding with a chart, when it has bars to draw, else with its sentence alone. */
  static Finding charted(Headline headline, BarChart chart, List<Methods.Method> methods) {
    return new Finding(headline, chart.drawn().isEmpty() ? Optional.empty() : Optional.of(chart),
        Optional.empty(), methods);
  }
}
