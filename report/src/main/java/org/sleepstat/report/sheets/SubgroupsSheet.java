package org.sleepstat.report.sheets;

import java.util.ArrayList;
import java.util.List;
import org.sleepstat.analysis.SubgroupResult;
import org.sleepstat.report.Report;
import org.sleepstat.report.Wording;
import org.sleepstat.report.xlsx.CellKind;
import org.sleepstat.report.xlsx.SheetWriter;
import org.sleepstat.stats.Stat;

/**
 * The subgroup analyses in eight narrow columns: per outcome and subgroup one row per level
 * (n, n treated, the difference changed − not changed adjusted for the value before, its 95% CI
 * and p), then the interaction test's row, labelled exploratory. A note says that the levels'
 * differences come from separate fits while the interaction test assumes a common slope.
 */
final class SubgroupsSheet implements ReportSheet {
  static final String NAME = "Subgroups";
  /** The interaction row's label in the level column. */
  static final String INTERACTION = "interaction (exploratory)";
  static final String SEPARATE_FITS = "Each level's difference comes from its own fit,"
      + " lm(post ~ pre + group) within the level (its own slope on the value before);"
      + " the interaction test assumes a common slope.";
  static final String EXPLORATORY = "Interaction: anova(lm(post ~ pre + group + subgroup),"
      + " lm(post ~ pre + group * subgroup)); its p-values are exploratory and not adjusted for"
      + " the number of subgroups and outcomes tested.";
  private static final int OUTCOME_WIDTH = 26;
  private static final int LEVEL_WIDTH = 24;
  private static final int CI_WIDTH = 20;

  @Override
  public String name() {
    return NAME;
  }

  /** One row: a level of a subgroup, or (level null) the subgroup's interaction test. */
  private record Row(SubgroupResult result, SubgroupResult.Level level) {}

  @Override
  public void write(SheetWriter w, Report report) {
    List<SubgroupResult> results = report.analysis().subgroups();
    String group = report.design().groupName().orElse("group");
    if (results.isEmpty()) {
      w.title("Subgroups: nothing to compare (the survey has no " + group + " column, or no"
          + " outcome with values before and after)");
      w.finish();
      return;
    }
    w.title("Subgroups: the difference " + group + " yes − no after, adjusted for the value"
        + " before, within each level");
    w.note(SEPARATE_FITS);
    w.note(EXPLORATORY);
    w.fixWidth(0, OUTCOME_WIDTH);
    w.fixWidth(2, LEVEL_WIDTH);
    w.fixWidth(6, CI_WIDTH);
    List<Row> rows = new ArrayList<>();
    for (SubgroupResult r : results) {
      r.levels().forEach(l -> rows.add(new Row(r, l)));
      rows.add(new Row(r, null));
    }
    Table<Row> table = new Table<Row>()
        .column("Outcome", (line, r) -> line.text(report.text().title(r.result().outcome()),
            CellKind.WRAP))
        .text("Subgroup", r -> r.result().subgroup())
        .text("Level", r -> r.level() == null ? INTERACTION : r.level().level())
        .count("n", r -> r.level() == null ? r.result().n() : r.level().n())
        .count("n treated", r -> r.level() == null
            ? r.result().levels().stream().mapToInt(SubgroupResult.Level::nTreated).sum()
            : r.level().nTreated())
        .column("Difference", (line, r) -> {
          if (r.level() == null) {
            line.empty();
          } else {
            StatCells.stat(line, r.level().difference().value(), CellKind.NUMBER, "Difference");
          }
        })
        .column("95% CI", (line, r) -> line.text(interval(r), CellKind.CENTRED))
        .column("p", (line, r) -> StatCells.stat(line,
            r.level() == null ? r.result().interaction().p() : r.level().p(), CellKind.P,
            r.level() == null ? "p (interaction)" : "p"))
        .remarks(r -> r.level() == null ? r.result().notes() : r.level().notes());
    int header = table.write(w, rows);
    w.freezeBelow(header);
    w.filter(header, table.headers().size());
    w.finish();
  }

  /** "−2.22 to −1.52" for a level; "F(2, 337) = 4.77" for the interaction row; "" if none. */
  private static String interval(Row r) {
    if (r.level() == null) {
      SubgroupResult.Interaction i = r.result().interaction();
      return i.f().isDefined() ? "F(" + whole(i.df1()) + ", " + whole(i.df2()) + ") = "
          + Wording.number(i.f(), 2) : "";
    }
    Stat low = r.level().difference().ciLow();
    Stat high = r.level().difference().ciHigh();
    return low.isDefined() && high.isDefined()
        ? Wording.number(low, 2) + " to " + Wording.number(high, 2) : "";
  }

  private static String whole(Stat s) {
    return Wording.number(s, 0);
  }
}
