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
import org.sleepstat.report.charts.Labels;
import org.sleepstat.report.charts.Palette;
import org.sleepstat.report.xlsx.CellKind;
import org.sleepstat.report.xlsx.NativeCharts;
import org.sleepstat.report.xlsx.SheetWriter;
import org.sleepstat.stats.BoxSummary;
import org.sleepstat.stats.MeanInterval;

/**
 * Baseline outcomes by sleep position: the omnibus tests and effect sizes per outcome, the
 * positions with their means, quartiles and whiskers, the pairwise comparisons (Games-Howell and
 * Dunn), and a native Excel chart of the means.
 */
final class PositionSheet implements ReportSheet {
  static final String NAME = "Sleep position";
  static final String CHART_TITLE = "mean at baseline by sleep position, with 95% CIs";

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

  /**
   * Mean by position (rows) and outcome (columns) with the 95% CI ({@code t.test(y[g ==
   * position])$conf.int}) and error-bar lengths, and one native chart per outcome beside each
   * other: one outcome, so one direction, per chart; the positions' means in the colour of the
   * PNG box plots, with their CIs as error bars.
   */
  private void chart(SheetWriter w, Report report) {
    List<PositionResult> results = report.analysis().byPosition();
    String variable = report.design().position().map(v -> v.name())
        .orElse(StudyDesign.POSITION);
    Set<String> positions = new LinkedHashSet<>();
    report.survey().levels(variable).ifPresent(c -> positions.addAll(c.levels()));
    results.forEach(r -> r.groups().forEach(g -> positions.add(g.position())));
    w.title("Mean baseline outcome by sleep position with 95% CIs: the charts' data (empty"
        + " where a position has no value)");
    List<String> headers = new ArrayList<>(List.of("Position"));
    for (PositionResult r : results) {
      String t = report.text().title(r.outcome());
      headers.addAll(List.of(t + ": mean", t + ": 95% CI low", t + ": 95% CI high",
          t + ": error bar down", t + ": error bar up"));
    }
    int header = w.header(headers);
    for (String position : positions) {
      SheetWriter.Line line = w.line().text(Labels.level(report.text(), variable, position));
      for (PositionResult r : results) {
        java.util.Optional<PositionGroup> group = r.groups().stream()
            .filter(g -> g.position().equals(position)).findFirst();
        if (group.isEmpty()) {
          line.empty().empty().empty().empty().empty();
          continue;
        }
        PositionGroup g = group.get();
        MeanInterval m = MeanInterval.of(g.n(), g.mean(), g.sd().isDefined()
            ? g.sd().getAsDouble() * g.sd().getAsDouble() * (g.n() - 1) : 0);
        line.number(g.mean(), CellKind.NUMBER);
        StatCells.stat(line, m.ciLow(), CellKind.NUMBER, "CI");
        StatCells.stat(line, m.ciHigh(), CellKind.NUMBER, "CI");
        StatCells.stat(line, m.minus(), CellKind.PRECISE, "error bar");
        StatCells.stat(line, m.plus(), CellKind.PRECISE, "error bar");
      }
    }
    int first = header + 1;
    int last = header + positions.size();
    w.skip();
    int at = w.nextRow();
    for (int i = 0; i < results.size(); i++) {
      int c = 1 + 5 * i;
      String t = report.text().title(results.get(i).outcome());
      NativeCharts.columns((XSSFSheet) w.sheet(), at, i * NativeCharts.widthColumns(),
          t + ": " + CHART_TITLE, report.text().title(variable), "Mean at baseline (95% CI)",
          new CellRangeAddress(first, last, 0, 0), List.of(new NativeCharts.Series(
              "Mean (95% CI)", new CellRangeAddress(first, last, c, c),
              new CellRangeAddress(first, last, c + 3, c + 3),
              new CellRangeAddress(first, last, c + 4, c + 4), Palette.BASELINE)));
    }
    for (int i = 0; i < NativeCharts.heightRows(); i++) {
      w.skip();
    }
  }
}
