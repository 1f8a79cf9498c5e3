package org.sleepstat.report.sheets;

import java.util.ArrayList;
import java.util.List;
import org.sleepstat.analysis.PropComparison;
import org.sleepstat.analysis.PropsResult;
import org.sleepstat.report.Report;
import org.sleepstat.report.xlsx.CellKind;
import org.sleepstat.report.xlsx.SheetWriter;

/**
 * The props the advice names, position by position: within a position, the respondents with the
 * prop against those without, on the value before and on the change after a new mattress; one
 * row per position, prop, outcome and comparison, in twelve columns.
 */
final class PropsSheet implements ReportSheet {
  static final String NAME = "Props";

  @Override
  public String name() {
    return NAME;
  }

  /** One comparison of one prop. */
  private record Row(PropsResult entry, String compared, PropComparison c) {}

  @Override
  public void write(SheetWriter w, Report report) {
    List<PropsResult> props = report.analysis().props();
    if (props.isEmpty()) {
      w.title("Props by position: the study plan names no props");
      w.finish();
      return;
    }
    w.title("Props by position: with the prop − without, within each position");
    w.note("Before: all respondents of the position; change (after − before): those who changed"
        + " mattress. Difference and 95% CI: t.test(with, without); shift: Hodges–Lehmann,"
        + " wilcox.test(with, without, conf.int = TRUE). Not adjusted for other differences.");
    List<Row> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (PropsResult r : props) {
      r.baseline().forEach(c -> rows.add(new Row(r, "before", c)));
      r.change().forEach(c -> rows.add(new Row(r, "change", c)));
      r.notes().forEach(n -> notes.add(r.position() + ", " + r.prop() + ": " + n));
    }
    Table<Row> table = new Table<Row>()
        .text("Position", r -> r.entry().position())
        .text("Prop", r -> r.entry().prop())
        .text("Measure", r -> report.text().title(r.c().outcome()))
        .text("Compared", Row::compared)
        .count("n with", r -> r.c().nWith())
        .count("n without", r -> r.c().nWithout())
        .stat("Difference", CellKind.NUMBER, r -> r.c().welch().difference())
        .stat("95% CI low", CellKind.NUMBER, r -> r.c().welch().ciLow())
        .stat("95% CI high", CellKind.NUMBER, r -> r.c().welch().ciHigh())
        .stat("p (Welch)", CellKind.P, r -> r.c().welch().test().p())
        .stat("Shift (HL)", CellKind.NUMBER, r -> r.c().shift().value())
        .stat("p (rank-sum)", CellKind.P, r -> r.c().rankSum().p());
    int header = table.write(w, rows);
    w.freezeBelow(header);
    for (String n : notes) {
      w.note(n);
    }
    w.finish();
  }
}
