package org.sleepstat.cli.report.excel;

import java.util.List;
import org.sleepstat.cli.report.Headline;
import org.sleepstat.cli.report.Headlines;
import org.sleepstat.cli.report.Report;
import org.sleepstat.cli.report.Wording;

/** The headline findings in sentences, with their numbers unrounded beside them. */
final class SummarySheet implements ReportSheet {
  static final String NAME = "Summary";
  private static final int FINDING_WIDTH = 90;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void write(SheetWriter w, Report report) {
    w.title("Summary of " + report.imported().file() + ": "
        + Wording.count(report.imported().accepted(), "respondent") + " accepted of "
        + Wording.count(report.imported().rows(), "row") + " read");
    w.note("Sentences round the numbers; the columns beside them hold them unrounded. Each"
        + " result has its own sheet; methods and their R equivalents are on the About sheet.");
    List<Headline> headlines = Headlines.of(report);
    w.fixWidth(1, FINDING_WIDTH);
    Table<Headline> table = new Table<Headline>()
        .text("Topic", Headline::topic)
        .column("Finding", (line, h) -> line.text(h.sentence(), CellKind.WRAP))
        .column("n", (line, h) -> {
          if (h.n() == null) {
            line.empty();
          } else {
            line.number(h.n(), CellKind.COUNT);
          }
        })
        .column("Estimate", (line, h) -> line.stat(h.estimate(), kind(h), "Estimate"))
        .column("95% CI low", (line, h) -> line.stat(h.ciLow(), kind(h), "95% CI low"))
        .column("95% CI high", (line, h) -> line.stat(h.ciHigh(), kind(h), "95% CI high"))
        .stat("p", CellKind.P, Headline::p)
        .text("Method", Headline::method)
        .withoutNotes();
    int header = table.write(w, headlines);
    w.freezeBelow(header);
    w.filter(header, table.headers().size());
    w.finish();
  }

  private static CellKind kind(Headline h) {
    return switch (h.kind()) {
      case NUMBER -> CellKind.PRECISE;
      case SHARE -> CellKind.SHARE;
      case COUNT -> CellKind.COUNT;
    };
  }
}
