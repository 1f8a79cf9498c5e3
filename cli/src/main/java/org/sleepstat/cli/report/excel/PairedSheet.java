package org.sleepstat.cli.report.excel;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.sleepstat.analysis.PairedResult;
import org.sleepstat.cli.report.MeanInterval;
import org.sleepstat.cli.report.PairedSample;
import org.sleepstat.cli.report.Report;
import org.sleepstat.cli.report.Wording;
import org.sleepstat.cli.report.charts.Palette;

/**
 * The change after a mattress change, one row per outcome with every statistic of the paired
 * analysis, then the means before and after with their 95% CIs and a native Excel chart of them
 * with error bars.
 */
final class PairedSheet implements ReportSheet {
  static final String NAME = "Mattress change";
  static final String CHART_TITLE = "Mean before and after a mattress change, with 95% CIs";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void write(SheetWriter w, Report report) {
    List<PairedResult> results = report.analysis().paired();
    if (results.isEmpty()) {
      w.title("Change after a mattress change: the survey has no outcome with both a _pre and a"
          + " _post column");
      w.finish();
      return;
    }
    w.title("Change after a mattress change (change = after − before): " + results.size()
        + " outcome" + (results.size() == 1 ? "" : "s") + ", " + pairs(results) + "; "
        + results.get(0).selection());
    w.note("p-values below 0.001 show as <0.001; the cells keep the exact value. Holm and BH"
        + " adjust across the outcomes of each test. Methods and R calls: About sheet.");
    Table<PairedResult> table = new Table<PairedResult>()
        .text("Outcome", PairedResult::outcome)
        .text("Measure", r -> report.text().title(r.outcome()))
        .count("Pairs", PairedResult::n)
        .stat("Mean before", CellKind.NUMBER, PairedResult::meanPre)
        .stat("Mean after", CellKind.NUMBER, PairedResult::meanPost)
        .stat("Mean change", CellKind.NUMBER, PairedResult::meanChange)
        .stat("95% CI low", CellKind.NUMBER, PairedResult::ciLow)
        .stat("95% CI high", CellKind.NUMBER, PairedResult::ciHigh)
        .stat("t", CellKind.PRECISE, PairedResult::t)
        .stat("df", CellKind.COUNT, PairedResult::df)
        .stat("p (paired t)", CellKind.P, PairedResult::pT)
        .stat("Holm p (paired t)", CellKind.P,
            r -> Adjusted.holm(report, Adjusted.PAIRED_T, r.outcome()))
        .stat("BH p (paired t)", CellKind.P,
            r -> Adjusted.bh(report, Adjusted.PAIRED_T, r.outcome()))
        .stat("Wilcoxon V", CellKind.GENERAL, PairedResult::wilcoxonV)
        .stat("p (signed-rank)", CellKind.P, PairedResult::pWilcoxon)
        .stat("Holm p (signed-rank)", CellKind.P,
            r -> Adjusted.holm(report, Adjusted.SIGNED_RANK, r.outcome()))
        .stat("BH p (signed-rank)", CellKind.P,
            r -> Adjusted.bh(report, Adjusted.SIGNED_RANK, r.outcome()))
        .text("Signed-rank method", PairedResult::wilcoxonMethod)
        .count("Zero changes (dropped)", PairedResult::zeroDifferences)
        .stat("Cohen's dz", CellKind.PRECISE, PairedResult::dz)
        .text("Responder rule", PairedResult::responderRule)
        .count("Responders", PairedResult::responders)
        .stat("Responder rate", CellKind.SHARE, PairedResult::responderRate)
        .stat("Wilson 95% CI low", CellKind.SHARE, PairedResult::responderCiLow)
        .stat("Wilson 95% CI high", CellKind.SHARE, PairedResult::responderCiHigh);
    int header = table.write(w, results);
    w.freezeBelow(header);
    w.filter(header, table.headers().size());
    w.skip();
    means(w, report);
    w.finish();
  }

  /** The means before and after, with CIs and error-bar lengths, and the chart over them. */
  private void means(SheetWriter w, Report report) {
    List<PairedSample> drawn = new ArrayList<>();
    for (PairedSample s : report.paired()) {
      if (s.result().n() >= 2) {
        drawn.add(s);
      }
    }
    w.title("Means before and after, with 95% CIs (t.test(x)$conf.int over the same pairs):"
        + " the chart's data");
    Table<PairedSample> table = new Table<PairedSample>()
        .text("Measure", s -> report.text().title(s.outcome()))
        .count("Pairs", s -> s.result().n())
        .columns(List.of("Mean before", "SD before", "95% CI low before", "95% CI high before"),
            (line, s) -> interval(line, s.before()))
        .columns(List.of("Mean after", "SD after", "95% CI low after", "95% CI high after"),
            (line, s) -> interval(line, s.after()))
        .columns(List.of("Error bar down before", "Error bar up before"),
            (line, s) -> bars(line, s.before()))
        .columns(List.of("Error bar down after", "Error bar up after"),
            (line, s) -> bars(line, s.after()))
        .withoutNotes();
    int header = table.write(w, drawn);
    if (drawn.isEmpty()) {
      w.note("No outcome has 2 or more pairs: nothing to chart.");
      return;
    }
    int first = header + 1;
    int last = header + drawn.size();
    List<String> headers = table.headers();
    w.skip();
    NativeCharts.columns((XSSFSheet) w.sheet(), w.nextRow(), 0, CHART_TITLE, "Outcome",
        "Mean (95% CI)", new CellRangeAddress(first, last, 0, 0), List.of(
            new NativeCharts.Series("Before", cells(first, last, headers, "Mean before"),
                cells(first, last, headers, "Error bar down before"),
                cells(first, last, headers, "Error bar up before"), Palette.BEFORE),
            new NativeCharts.Series("After", cells(first, last, headers, "Mean after"),
                cells(first, last, headers, "Error bar down after"),
                cells(first, last, headers, "Error bar up after"), Palette.AFTER)));
    for (int i = 0; i < NativeCharts.heightRows(); i++) {
      w.skip();
    }
  }

  /** The cells from row {@code first} to {@code last} of the column headed {@code header}. */
  private static CellRangeAddress cells(int first, int last, List<String> headers,
      String header) {
    int column = headers.indexOf(header);
    return new CellRangeAddress(first, last, column, column);
  }

  /** Mean, SD, CI low, CI high: four cells. */
  private static void interval(SheetWriter.Line line, MeanInterval m) {
    line.stat(m.mean(), CellKind.NUMBER, "mean").stat(m.sd(), CellKind.NUMBER, "SD")
        .stat(m.ciLow(), CellKind.NUMBER, "CI").stat(m.ciHigh(), CellKind.NUMBER, "CI");
  }

  /** The error bar's length down and up: two cells. */
  private static void bars(SheetWriter.Line line, MeanInterval m) {
    line.stat(m.minus(), CellKind.PRECISE, "error bar").stat(m.plus(), CellKind.PRECISE,
        "error bar");
  }

  static String pairs(List<PairedResult> results) {
    int fewest = results.stream().mapToInt(PairedResult::n).min().orElse(0);
    int most = results.stream().mapToInt(PairedResult::n).max().orElse(0);
    return "n = " + Wording.range(fewest, most) + " pairs";
  }
}
