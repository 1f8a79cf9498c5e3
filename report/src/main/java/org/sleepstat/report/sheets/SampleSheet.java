package org.sleepstat.report.sheets;

import java.util.ArrayList;
import java.util.List;
import org.sleepstat.analysis.SampleDescription.LevelCount;
import org.sleepstat.analysis.SampleDescription.LevelSummary;
import org.sleepstat.analysis.SampleDescription.NumberSummary;
import org.sleepstat.analysis.SampleDescription.Summary;
import org.sleepstat.analysis.SampleDescription.Table1Row;
import org.sleepstat.analysis.SampleDescription;
import org.sleepstat.report.Report;
import org.sleepstat.report.Wording;
import org.sleepstat.report.xlsx.CellKind;
import org.sleepstat.report.xlsx.SheetWriter;
import org.sleepstat.stats.Stat;

/**
 * Table 1: every variable overall and by changed_mattress. A number variable is one row (n,
 * missing, mean, SD, median, quartiles); a category is one row for the variable (n, missing) and
 * one row per level (count in the n column, and the percentage of those who answered).
 */
final class SampleSheet implements ReportSheet {
  static final String NAME = "Sample";
  private static final List<String> PER_GROUP =
      List.of("n", "Missing", "Mean", "SD", "Median", "Q1", "Q3", "%");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void write(SheetWriter w, Report report) {
    SampleDescription.Table1 table = report.analysis().sample();
    w.title("Sample (Table 1): " + Wording.count(report.survey().size(), "respondent")
        + ", overall" + (table.groups().size() > 1 ? " and by changed_mattress" : ""));
    w.note("Numbers: n with a value, missing, mean, SD, median and quartiles (R's quantile,"
        + " type 7). Categories: count (in n) and % of those who answered; respondents without"
        + " changed_mattress count in overall only.");
    List<String> groups = new ArrayList<>(List.of("", "", ""));
    List<String> headers = new ArrayList<>(List.of("Variable", "Label", "Level"));
    for (String g : table.groups()) {
      for (String h : PER_GROUP) {
        groups.add(g);
        headers.add(h);
      }
    }
    groups.set(0, null);
    groups.set(1, null);
    groups.set(2, null);
    w.groupHeader(groups);
    int header = w.header(headers);
    for (Table1Row row : table.rows()) {
      SheetWriter.Line line = w.line().text(row.variable()).text(row.label()).empty();
      for (Summary s : row.summaries()) {
        line.number(s.n(), CellKind.COUNT).number(s.missing(), CellKind.COUNT);
        if (s instanceof NumberSummary n) {
          StatCells.stat(line, n.mean(), CellKind.NUMBER, "mean");
          StatCells.stat(line, n.sd(), CellKind.NUMBER, "SD");
          StatCells.stat(line, n.median(), CellKind.NUMBER, "median");
          StatCells.stat(line, n.q1(), CellKind.NUMBER, "Q1");
          StatCells.stat(line, n.q3(), CellKind.NUMBER, "Q3").empty();
        } else {
          line.empty().empty().empty().empty().empty().empty();
        }
      }
      if (row.summaries().get(0) instanceof LevelSummary first) {
        for (int l = 0; l < first.levels().size(); l++) {
          SheetWriter.Line level = w.line().text(row.variable()).empty()
              .text(first.levels().get(l).level());
          for (Summary s : row.summaries()) {
            LevelCount c = ((LevelSummary) s).levels().get(l);
            level.number(c.count(), CellKind.COUNT).empty().empty().empty().empty().empty()
                .empty();
            Stat share = c.percent().isDefined() ? Stat.of(c.percent().getAsDouble() / 100)
                : c.percent();
            StatCells.stat(level, share, CellKind.SHARE, "%");
          }
        }
      }
    }
    w.freezeBelow(header);
    w.filter(header, headers.size());
    w.finish();
  }
}
