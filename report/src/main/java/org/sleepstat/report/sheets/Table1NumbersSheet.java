package org.sleepstat.report.sheets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sleepstat.analysis.BaselineTable;
import org.sleepstat.analysis.BaselineTable.Characteristic;
import org.sleepstat.analysis.BaselineTable.Comparison;
import org.sleepstat.analysis.SampleDescription.LevelCount;
import org.sleepstat.analysis.SampleDescription.LevelSummary;
import org.sleepstat.analysis.SampleDescription.NumberSummary;
import org.sleepstat.analysis.SampleDescription.Summary;
import org.sleepstat.analysis.SampleDescription.Table1Row;
import org.sleepstat.analysis.SampleDescription;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.plan.Table1Summary;
import org.sleepstat.report.Report;
import org.sleepstat.report.Table1Text;
import org.sleepstat.report.Wording;
import org.sleepstat.report.xlsx.CellKind;
import org.sleepstat.report.xlsx.SheetWriter;
import org.sleepstat.stats.Stat;

/**
 * The numbers behind Table 1, as numbers: every variable overall and by the group. A number
 * variable is one row (n, missing, mean, SD, median, quartiles); a category is one row for the
 * variable (n, missing) and one row per level (count in the n column, and the percentage of those
 * who answered). The baseline characteristics also get Table 1's p-value, its test and the
 * standardised mean difference (of a number on its row, of a level on the level's row).
 */
final class Table1NumbersSheet implements ReportSheet {
  static final String NAME = "Table 1 numbers";
  private static final List<String> PER_GROUP =
      List.of("n", "Missing", "Mean", "SD", "Median", "Q1", "Q3", "%");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void write(SheetWriter w, Report report) {
    SampleDescription.Table1 table = report.analysis().sample();
    BaselineTable baseline = Table1Text.baseline(report);
    String group = report.design().groupName().orElse(StudyDesign.GROUP);
    w.title("Table 1 numbers: " + Wording.count(report.survey().size(), "respondent")
        + ", overall" + (table.groups().size() > 1 ? " and by " + group : ""));
    w.note("Numbers: n with a value, missing, mean, SD, median and quartiles (R's quantile,"
        + " type 7). Categories: count (in n) and % of those who answered; respondents without "
        + group + " count in overall only. p, Test and SMD (treated minus the others) of the"
        + " baseline characteristics, as on the Table 1 sheet.");
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
    boolean compared = baseline.compared();
    if (compared) {
      groups.addAll(Arrays.asList(null, null, null));
      headers.addAll(List.of("p", "Test", "SMD"));
    }
    int notes = headers.size();
    groups.add(null);
    headers.add("Notes");
    w.groupHeader(groups);
    int header = w.header(headers);
    for (Table1Row row : table.rows()) {
      Optional<Characteristic> tested = baseline.rows().stream()
          .filter(b -> b.variable().name().equals(row.variable())).findFirst();
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
      if (compared && tested.isPresent()) {
        Comparison test = tested.get().comparison().orElseThrow();
        StatCells.stat(line, test.p(), CellKind.P, "p").text(test.test().text());
        if (tested.get().summary() != Table1Summary.COUNTS) {
          StatCells.stat(line, tested.get().smd().get(0), CellKind.PRECISE, "SMD");
        }
      }
      line.at(notes).notes();
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
          if (compared && tested.isPresent()) {
            StatCells.stat(level.empty().empty(), tested.get().smd().get(l), CellKind.PRECISE,
                "SMD");
          }
          level.at(notes).notes();
        }
      }
    }
    w.freezeBelow(header);
    w.filter(header, headers.size());
    w.finish();
  }
}
