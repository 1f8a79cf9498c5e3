package org.sleepstat.report.sheets;

import java.util.ArrayList;
import java.util.List;
import org.sleepstat.analysis.DesignWarning;
import org.sleepstat.analysis.Multiplicity;
import org.sleepstat.report.Headline;
import org.sleepstat.report.Headlines;
import org.sleepstat.report.Report;
import org.sleepstat.report.Wording;
import org.sleepstat.report.xlsx.CellKind;
import org.sleepstat.report.xlsx.SheetWriter;

/**
 * The headline findings in sentences, with their numbers unrounded beside them, and the p-values
 * of every family of tests with their Holm and Benjamini-Hochberg adjustments.
 */
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
        + Wording.count(report.imported().counts().accepted(), "respondent") + " accepted of "
        + Wording.count(report.imported().counts().rows(), "row") + " read");
    for (DesignWarning warning : report.warnings()) {
      w.note("Warning: " + warning.message());
    }
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
        .text("Measure", Headline::measure)
        .column("Estimate",
            (line, h) -> StatCells.stat(line, h.estimate(), kind(h), "Estimate"))
        .column("95% CI low",
            (line, h) -> StatCells.stat(line, h.ciLow(), kind(h), "95% CI low"))
        .column("95% CI high",
            (line, h) -> StatCells.stat(line, h.ciHigh(), kind(h), "95% CI high"))
        .stat("p", CellKind.P, Headline::p)
        .text("Method", Headline::method)
        .withoutNotes();
    int header = table.write(w, headlines);
    w.freezeBelow(header);
    w.filter(header, table.headers().size());
    w.skip();
    multiplicity(w, report);
    w.finish();
  }

  /** One outcome's p-value within one family of tests. */
  private record AdjustedRow(String family, Multiplicity.Adjusted p) {}

  /** Every family's p-values with their Holm and Benjamini-Hochberg adjustments. */
  private static void multiplicity(SheetWriter w, Report report) {
    List<AdjustedRow> rows = new ArrayList<>();
    for (Multiplicity.Family f : report.analysis().multiplicity().families()) {
      f.members().forEach(a -> rows.add(new AdjustedRow(f.name(), a)));
    }
    w.title("Adjusted p-values: Holm and Benjamini-Hochberg across the outcomes of each test"
        + " (p.adjust(p, \"holm\"), p.adjust(p, \"BH\"))");
    new Table<AdjustedRow>()
        .text("Test (family)", AdjustedRow::family)
        .text("Outcome", r -> r.p().outcome())
        .stat("p", CellKind.P, r -> r.p().p())
        .stat("Holm p", CellKind.P, r -> r.p().holm())
        .stat("BH p", CellKind.P, r -> r.p().bh())
        .write(w, rows);
    if (rows.isEmpty()) {
      w.note("No test was applied to more than one outcome: nothing to adjust.");
    }
  }

  private static CellKind kind(Headline h) {
    return switch (h.kind()) {
      case NUMBER -> CellKind.PRECISE;
      case SHARE -> CellKind.SHARE;
      case COUNT -> CellKind.COUNT;
    };
  }
}
