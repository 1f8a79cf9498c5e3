package org.sleepstat.cli.report.excel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.sleepstat.analysis.PositionGroup;
import org.sleepstat.analysis.PositionResult;
import org.sleepstat.cli.report.BoxSummary;
import org.sleepstat.cli.report.PositionSample;
import org.sleepstat.cli.report.Report;
import org.sleepstat.cli.report.Wording;
import org.sleepstat.cli.report.charts.Palette;

/**
 * Baseline outcomes by sleep position: the omnibus tests per outcome, the positions with their
 * means and box-plot numbers, and a native Excel chart of the means.
 */
final class PositionSheet implements ReportSheet {
  static final String NAME = "Sleep position";
  static final String CHART_TITLE = "Mean baseline outcome by sleep position";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void write(SheetWriter w, Report report) {
    List<PositionResult> results = report.analysis().byPosition();
    if (results.isEmpty()) {
      w.title("Baseline outcomes by sleep position: the survey has no sleep_position column or"
          + " no baseline outcome");
      w.finish();
      return;
    }
    int fewest = results.stream().mapToInt(PositionResult::n).min().orElse(0);
    int most = results.stream().mapToInt(PositionResult::n).max().orElse(0);
    w.title("Baseline outcomes by sleep position: " + results.size() + " outcome"
        + (results.size() == 1 ? "" : "s") + ", n = "
        + Wording.range(fewest, most) + " respondents");
    w.note("Tests use the positions with 2 or more values. Holm and BH adjust across the"
        + " outcomes of each test. Methods and R calls: About sheet.");
    Table<PositionResult> tests = new Table<PositionResult>()
        .text("Outcome", PositionResult::outcome)
        .text("Measure", r -> report.text().title(r.outcome()))
        .count("n", PositionResult::n)
        .count("Positions tested", PositionResult::groupsTested)
        .stat("ANOVA F", CellKind.PRECISE, PositionResult::anovaF)
        .stat("ANOVA df1", CellKind.COUNT, PositionResult::anovaDf1)
        .stat("ANOVA df2", CellKind.COUNT, PositionResult::anovaDf2)
        .stat("p (ANOVA)", CellKind.P, PositionResult::pAnova)
        .stat("Holm p (ANOVA)", CellKind.P,
            r -> Adjusted.holm(report, Adjusted.ANOVA, r.outcome()))
        .stat("BH p (ANOVA)", CellKind.P, r -> Adjusted.bh(report, Adjusted.ANOVA, r.outcome()))
        .stat("Eta squared", CellKind.PRECISE, PositionResult::etaSquared)
        .stat("Welch F", CellKind.PRECISE, PositionResult::welchF)
        .stat("Welch df1", CellKind.COUNT, PositionResult::welchDf1)
        .stat("Welch df2", CellKind.NUMBER, PositionResult::welchDf2)
        .stat("p (Welch)", CellKind.P, PositionResult::pWelch)
        .stat("Holm p (Welch)", CellKind.P,
            r -> Adjusted.holm(report, Adjusted.WELCH, r.outcome()))
        .stat("BH p (Welch)", CellKind.P, r -> Adjusted.bh(report, Adjusted.WELCH, r.outcome()))
        .stat("Kruskal-Wallis H", CellKind.PRECISE, PositionResult::kruskalH)
        .stat("Kruskal-Wallis df", CellKind.COUNT, PositionResult::kruskalDf)
        .stat("p (Kruskal-Wallis)", CellKind.P, PositionResult::pKruskal)
        .stat("Holm p (Kruskal-Wallis)", CellKind.P,
            r -> Adjusted.holm(report, Adjusted.KRUSKAL, r.outcome()))
        .stat("BH p (Kruskal-Wallis)", CellKind.P,
            r -> Adjusted.bh(report, Adjusted.KRUSKAL, r.outcome()));
    int header = tests.write(w, results);
    w.freezeBelow(header);
    w.filter(header, tests.headers().size());
    w.skip();
    groups(w, report);
    w.skip();
    chart(w, report);
    w.finish();
  }

  private record GroupRow(String outcome, PositionGroup group, BoxSummary box) {}

  private void groups(SheetWriter w, Report report) {
    w.title("Positions: n, mean, SD and the box plot's numbers (quartiles as R's quantile,"
        + " type 7; whiskers to the last value within 1.5 IQR)");
    List<GroupRow> rows = new ArrayList<>();
    for (PositionSample s : report.byPosition()) {
      for (int i = 0; i < s.groups().size(); i++) {
        rows.add(new GroupRow(s.outcome(), s.result().groups().get(i),
            s.groups().get(i).box()));
      }
    }
    new Table<GroupRow>()
        .text("Outcome", GroupRow::outcome)
        .text("Position", r -> r.group().position())
        .count("n", r -> r.group().n())
        .column("Mean", (line, r) -> line.number(r.group().mean(), CellKind.NUMBER))
        .stat("SD", CellKind.NUMBER, r -> r.group().sd())
        .column("Median", (line, r) -> line.number(r.group().median(), CellKind.NUMBER))
        .column("Q1", (line, r) -> line.number(r.box().q1(), CellKind.NUMBER))
        .column("Q3", (line, r) -> line.number(r.box().q3(), CellKind.NUMBER))
        .column("Lower whisker", (line, r) -> line.number(r.box().lowerWhisker(),
            CellKind.NUMBER))
        .column("Upper whisker", (line, r) -> line.number(r.box().upperWhisker(),
            CellKind.NUMBER))
        .count("Beyond the whiskers", r -> r.box().outliers())
        .write(w, rows);
  }

  /** Mean by position (rows) and outcome (columns), and a clustered column chart of it. */
  private void chart(SheetWriter w, Report report) {
    List<PositionResult> results = report.analysis().byPosition();
    Set<String> positions = new LinkedHashSet<>();
    report.survey().levels("sleep_position").ifPresent(c -> positions.addAll(c.levels()));
    results.forEach(r -> r.groups().forEach(g -> positions.add(g.position())));
    w.title("Mean baseline outcome by sleep position: the chart's data (empty where a position"
        + " has no value)");
    List<String> headers = new ArrayList<>(List.of("Position"));
    results.forEach(r -> headers.add(report.text().title(r.outcome())));
    int header = w.header(headers);
    for (String position : positions) {
      SheetWriter.Line line = w.line().text(position);
      for (PositionResult r : results) {
        r.groups().stream().filter(g -> g.position().equals(position)).findFirst()
            .ifPresentOrElse(g -> line.number(g.mean(), CellKind.NUMBER), line::empty);
      }
    }
    int first = header + 1;
    int last = header + positions.size();
    List<NativeCharts.Series> series = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      series.add(new NativeCharts.Series(headers.get(i + 1),
          new CellRangeAddress(first, last, i + 1, i + 1), null, null,
          Palette.CATEGORIES[i % Palette.CATEGORIES.length]));
    }
    w.skip();
    NativeCharts.columns((XSSFSheet) w.sheet(), w.nextRow(), 0, CHART_TITLE, "Sleep position",
        "Mean at baseline", new CellRangeAddress(first, last, 0, 0), series);
    for (int i = 0; i < NativeCharts.heightRows(); i++) {
      w.skip();
    }
  }
}
