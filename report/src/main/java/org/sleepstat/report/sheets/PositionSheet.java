package org.sleepstat.report.sheets;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.sleepstat.analysis.PairwiseComparison;
import org.sleepstat.analysis.PositionGroup;
import org.sleepstat.analysis.PositionResult;
import org.sleepstat.analysis.TestFamily;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.report.PositionSample;
import org.sleepstat.report.Report;
import org.sleepstat.report.Wording;
import org.sleepstat.report.charts.Palette;
import org.sleepstat.report.xlsx.CellKind;
import org.sleepstat.report.xlsx.NativeCharts;
import org.sleepstat.report.xlsx.SheetWriter;
import org.sleepstat.stats.BoxSummary;

/**
 * Baseline outcomes by sleep position: the omnibus tests and effect sizes per outcome, the
 * positions with their means, quartiles and whiskers, the pairwise comparisons (Games-Howell and
 * Dunn), and a native Excel chart of the means.
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
        .stat("ANOVA F", CellKind.PRECISE, r -> r.anova().f())
        .stat("ANOVA df1", CellKind.COUNT, r -> r.anova().df1())
        .stat("ANOVA df2", CellKind.COUNT, r -> r.anova().df2())
        .stat("p (ANOVA)", CellKind.P, r -> r.anova().p())
        .stat("Holm p (ANOVA)", CellKind.P,
            r -> Adjusted.holm(report, TestFamily.ANOVA, r.outcome()))
        .stat("BH p (ANOVA)", CellKind.P, r -> Adjusted.bh(report, TestFamily.ANOVA, r.outcome()))
        .stat("Eta squared", CellKind.PRECISE, r -> r.effectSizes().etaSquared())
        .stat("Epsilon squared", CellKind.PRECISE, r -> r.effectSizes().epsilonSquared())
        .stat("Welch F", CellKind.PRECISE, r -> r.welch().f())
        .stat("Welch df1", CellKind.COUNT, r -> r.welch().df1())
        .stat("Welch df2", CellKind.NUMBER, r -> r.welch().df2())
        .stat("p (Welch)", CellKind.P, r -> r.welch().p())
        .stat("Holm p (Welch)", CellKind.P,
            r -> Adjusted.holm(report, TestFamily.WELCH_ANOVA, r.outcome()))
        .stat("BH p (Welch)", CellKind.P,
            r -> Adjusted.bh(report, TestFamily.WELCH_ANOVA, r.outcome()))
        .stat("Kruskal-Wallis H", CellKind.PRECISE, r -> r.kruskalWallis().h())
        .stat("Kruskal-Wallis df", CellKind.COUNT, r -> r.kruskalWallis().df())
        .stat("p (Kruskal-Wallis)", CellKind.P, r -> r.kruskalWallis().p())
        .stat("Holm p (Kruskal-Wallis)", CellKind.P,
            r -> Adjusted.holm(report, TestFamily.KRUSKAL_WALLIS, r.outcome()))
        .stat("BH p (Kruskal-Wallis)", CellKind.P,
            r -> Adjusted.bh(report, TestFamily.KRUSKAL_WALLIS, r.outcome()));
    int header = tests.write(w, results);
    w.freezeBelow(header);
    w.filter(header, tests.headers().size());
    w.skip();
    groups(w, report);
    w.skip();
    pairwise(w, report);
    w.skip();
    chart(w, report);
    w.finish();
  }

  /** One position of one outcome: the analysis's numbers, and the box plot's whiskers. */
  private record GroupRow(String outcome, PositionGroup group, BoxSummary box) {}

  private void groups(SheetWriter w, Report report) {
    w.title("Positions: n, mean, SD, median and quartiles (R's quantile, type 7) and the box"
        + " plot's whiskers (to the last value within 1.5 IQR)");
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
        .column("Q1", (line, r) -> line.number(r.group().q1(), CellKind.NUMBER))
        .column("Q3", (line, r) -> line.number(r.group().q3(), CellKind.NUMBER))
        .stat("IQR", CellKind.NUMBER, r -> r.group().iqr())
        .column("Lower whisker", (line, r) -> line.number(r.box().lowerWhisker(),
            CellKind.NUMBER))
        .column("Upper whisker", (line, r) -> line.number(r.box().upperWhisker(),
            CellKind.NUMBER))
        .count("Beyond the whiskers", r -> r.box().outliers())
        .write(w, rows);
  }

  /** One pair of positions compared for one outcome. */
  private record PairRow(String outcome, PairwiseComparison pair) {}

  /** Every pair of tested positions per outcome: Games-Howell on the means, Dunn on the ranks. */
  private void pairwise(SheetWriter w, Report report) {
    List<PairRow> rows = new ArrayList<>();
    for (PositionResult r : report.analysis().byPosition()) {
      r.pairwise().forEach(c -> rows.add(new PairRow(r.outcome(), c)));
    }
    w.title("Pairwise comparisons of the tested positions (difference = position 2 − position"
        + " 1): Games-Howell on the means, Dunn's test on the ranks");
    w.note("Games-Howell p and its 95% CI are already adjusted for all pairs of the outcome"
        + " (studentized range); Dunn's Holm p adjusts across the outcome's pairs.");
    new Table<PairRow>()
        .text("Outcome", PairRow::outcome)
        .text("Position 1", r -> r.pair().group1())
        .text("Position 2", r -> r.pair().group2())
        .count("n1", r -> r.pair().n1())
        .count("n2", r -> r.pair().n2())
        .stat("Mean difference", CellKind.NUMBER, r -> r.pair().gamesHowell().difference().value())
        .stat("Games-Howell SE", CellKind.PRECISE, r -> r.pair().gamesHowell().se())
        .stat("Games-Howell t", CellKind.PRECISE, r -> r.pair().gamesHowell().t())
        .stat("Games-Howell df", CellKind.NUMBER, r -> r.pair().gamesHowell().df())
        .stat("p (Games-Howell)", CellKind.P, r -> r.pair().gamesHowell().p())
        .stat("Games-Howell 95% CI low", CellKind.NUMBER,
            r -> r.pair().gamesHowell().difference().ciLow())
        .stat("Games-Howell 95% CI high", CellKind.NUMBER,
            r -> r.pair().gamesHowell().difference().ciHigh())
        .column("Mean rank difference", (line, r) -> line.number(
            r.pair().dunn().meanRankDifference(), CellKind.NUMBER))
        .stat("Dunn SE", CellKind.PRECISE, r -> r.pair().dunn().se())
        .stat("Dunn z", CellKind.PRECISE, r -> r.pair().dunn().z())
        .stat("p (Dunn)", CellKind.P, r -> r.pair().dunn().p())
        .stat("Holm p (Dunn)", CellKind.P, r -> r.pair().dunn().pHolm())
        .write(w, rows);
    if (rows.isEmpty()) {
      w.note("No outcome has 2 or more positions with 2 or more values: no pairs to compare.");
    }
  }

  /** Mean by position (rows) and outcome (columns), and a clustered column chart of it. */
  private void chart(SheetWriter w, Report report) {
    List<PositionResult> results = report.analysis().byPosition();
    Set<String> positions = new LinkedHashSet<>();
    report.survey().levels(StudyDesign.POSITION).ifPresent(c -> positions.addAll(c.levels()));
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
