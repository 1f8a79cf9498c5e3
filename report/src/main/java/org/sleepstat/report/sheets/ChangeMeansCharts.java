package org.sleepstat.report.sheets;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.sleepstat.core.schema.Direction;
import org.sleepstat.report.PairedSample;
import org.sleepstat.report.Report;
import org.sleepstat.report.charts.GroupMeans;
import org.sleepstat.report.charts.Palette;
import org.sleepstat.report.xlsx.CellKind;
import org.sleepstat.report.xlsx.NativeCharts;
import org.sleepstat.report.xlsx.SheetWriter;
import org.sleepstat.stats.MeanInterval;

/**
 * The Mattress change sheet's means before and after per group, with CIs and error-bar lengths,
 * and the native charts over them: one chart per direction of improvement (outcomes where lower
 * is better together, those where higher is better apart), so that no chart puts bars that
 * should fall beside bars that should rise on one axis. Series and colours are those of the PNG
 * before-and-after charts ({@link GroupMeans}): a group's colour after, lighter before.
 */
final class ChangeMeansCharts {
  static final String CHART_TITLE = "Mean before and after, with 95% CIs";

  private ChangeMeansCharts() {}

  /** One outcome's row: the sample and its groups' means. */
  private record Row(PairedSample sample, List<GroupMeans.Means> groups) {}

  static void write(SheetWriter w, Report report) {
    List<Row> rows = new ArrayList<>();
    for (Direction d : List.of(Direction.LOWER_IS_BETTER, Direction.HIGHER_IS_BETTER)) {
      for (int k = 0; k < report.paired().size(); k++) {
        PairedSample s = report.paired().get(k);
        if (s.result().n() >= 2 && s.result().direction() == d) {
          rows.add(new Row(s, GroupMeans.of(report, k)));
        }
      }
    }
    w.title("Means before and after per group, with 95% CIs (t.test(x)$conf.int over each"
        + " group's pairs): the charts' data, one chart per direction of improvement");
    if (rows.isEmpty()) {
      w.note("No outcome has 2 or more pairs: nothing to chart.");
      return;
    }
    List<String> groups = rows.get(0).groups().stream().map(GroupMeans.Means::group).toList();
    List<String> headers = new ArrayList<>(List.of("Measure", "Better"));
    for (String g : groups) {
      for (String h : List.of("pairs", "mean before", "95% CI low before", "95% CI high before",
          "mean after", "95% CI low after", "95% CI high after", "error bar down before",
          "error bar up before", "error bar down after", "error bar up after")) {
        headers.add(g + ": " + h);
      }
    }
    int header = w.header(headers);
    for (Row r : rows) {
      SheetWriter.Line line = w.line().text(report.text().title(r.sample().outcome()))
          .text(r.sample().result().direction() == Direction.LOWER_IS_BETTER ? "lower"
              : "higher");
      for (GroupMeans.Means m : r.groups()) {
        line.number(m.before().n(), CellKind.COUNT);
        interval(line, m.before());
        interval(line, m.after());
        bars(line, m.before());
        bars(line, m.after());
      }
    }
    w.skip();
    int at = w.nextRow();
    int column = 0;
    int first = header + 1;
    for (Direction d : List.of(Direction.LOWER_IS_BETTER, Direction.HIGHER_IS_BETTER)) {
      int from = -1;
      int to = -1;
      List<String> names = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).sample().result().direction() == d) {
          from = from < 0 ? first + i : from;
          to = first + i;
          names.add(report.text().title(rows.get(i).sample().outcome()));
        }
      }
      if (from < 0) {
        continue;
      }
      List<NativeCharts.Series> series = new ArrayList<>();
      for (GroupMeans.Means m : rows.get(0).groups()) {
        String g = m.group();
        series.add(new NativeCharts.Series(g + ": before", cells(from, to, headers,
            g + ": mean before"), cells(from, to, headers, g + ": error bar down before"),
            cells(from, to, headers, g + ": error bar up before"), Palette.before(m.color())));
        series.add(new NativeCharts.Series(g + ": after", cells(from, to, headers,
            g + ": mean after"), cells(from, to, headers, g + ": error bar down after"),
            cells(from, to, headers, g + ": error bar up after"), m.color()));
      }
      String better = d == Direction.LOWER_IS_BETTER ? "lower is better" : "higher is better";
      NativeCharts.columns((XSSFSheet) w.sheet(), at, column, String.join(", ", names) + " ("
          + better + "): " + CHART_TITLE, GroupMeans.groups(report), "Mean (95% CI)",
          new CellRangeAddress(from, to, 0, 0), series);
      column += NativeCharts.widthColumns();
    }
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

  /** Mean, CI low, CI high: three cells. */
  private static void interval(SheetWriter.Line line, MeanInterval m) {
    StatCells.stat(line, m.mean(), CellKind.NUMBER, "mean");
    StatCells.stat(line, m.ciLow(), CellKind.NUMBER, "CI");
    StatCells.stat(line, m.ciHigh(), CellKind.NUMBER, "CI");
  }

  /** The error bar's length down and up: two cells. */
  private static void bars(SheetWriter.Line line, MeanInterval m) {
    StatCells.stat(line, m.minus(), CellKind.PRECISE, "error bar");
    StatCells.stat(line, m.plus(), CellKind.PRECISE, "error bar");
  }
}
