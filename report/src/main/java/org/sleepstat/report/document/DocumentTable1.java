package org.sleepstat.report.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sleepstat.analysis.SampleDescription.LevelCount;
import org.sleepstat.analysis.SampleDescription.LevelSummary;
import org.sleepstat.analysis.SampleDescription.NumberSummary;
import org.sleepstat.analysis.SampleDescription.Summary;
import org.sleepstat.analysis.SampleDescription.Table1;
import org.sleepstat.analysis.SampleDescription.Table1Row;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.schema.Role;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.schema.VariableType;
import org.sleepstat.report.OutcomeText;
import org.sleepstat.report.Report;
import org.sleepstat.report.Wording;

/**
 * Table 1 of the document, in manuscript style, as rows of text: one labelled row per baseline
 * characteristic with "mean (SD)" or "n (%)" per column, levels indented below their variable, a
 * yes/no variable as its "yes" row, and a Missing row where any are missing. The one class that
 * reads the analysis's sample description ({@link Table1}), so that the source of Table 1 can be
 * changed here alone. Baseline characteristics only: not the group variable, the outcomes after
 * the change or the red flags.
 */
final class DocumentTable1 {
  /** Width of the label column, in twips. */
  private static final int LABEL_WIDTH = 3000;

  private DocumentTable1() {}

  /** Table 1 of {@code report}, captioned as "Table {@code number}". */
  static DocTable of(Report report, int number) {
    Table1 table = report.analysis().sample();
    OutcomeText text = report.text();
    StudyDesign design = report.design();
    Set<String> notBaseline = design.redFlags().stream().map(Variable::name)
        .collect(Collectors.toSet());
    design.groupName().ifPresent(notBaseline::add);

    List<String> header = new ArrayList<>(List.of("Characteristic"));
    for (int g = 0; g < table.groups().size(); g++) {
      header.add(groupHeader(report, table, g));
    }
    List<DocTable.Row> rows = new ArrayList<>();
    for (Table1Row row : table.rows()) {
      Optional<Variable> v = report.survey().codebook().variable(row.variable());
      if (notBaseline.contains(row.variable())
          || v.map(x -> x.role() == Role.OUTCOME_POST).orElse(false)) {
        continue;
      }
      String label = text.title(row.variable()) + unit(text, v);
      if (row.type() == VariableType.BOOLEAN) {
        rows.add(yesRow(label, row));
      } else if (row.summaries().get(0) instanceof NumberSummary) {
        List<String> cells = new ArrayList<>(List.of(label + ", mean (SD)"));
        for (Summary s : row.summaries()) {
          NumberSummary n = (NumberSummary) s;
          cells.add(Cells.meanSd(n.mean(), n.sd()));
        }
        rows.add(new DocTable.Row(cells, 0, true));
      } else {
        rows.addAll(levelRows(label, row, text));
      }
      missingRow(row).ifPresent(rows::add);
    }
    int groups = table.groups().size();
    List<Integer> widths = new ArrayList<>(List.of(LABEL_WIDTH));
    List<Boolean> left = new ArrayList<>(List.of(true));
    for (int g = 0; g < groups; g++) {
      widths.add((Page.TEXT_WIDTH - LABEL_WIDTH) / groups);
      left.add(false);
    }
    List<String> notes = new ArrayList<>();
    notes.add("Mean (SD) for numbers; n (%) for categories, the percentage of those who"
        + " answered; a yes/no characteristic shows those answering yes. Missing: respondents"
        + " without a value.");
    if (groups > 1) {
      notes.add("Respondents without " + design.groupName().orElse(StudyDesign.GROUP)
          + " count in Overall only.");
    }
    return new DocTable("Table " + number + ". Baseline characteristics of the "
        + Wording.count(report.survey().size(), "respondent")
        + (groups > 1 ? ", overall and by " + design.groupName().orElse(StudyDesign.GROUP) : ""),
        header, rows, notes, widths, left);
  }

  /**
   * "Overall (n = 395)"; "changed_mattress" and "= yes (n = 172)" on a line of its own: everyone
   * in the column.
   */
  private static String groupHeader(Report report, Table1 table, int g) {
    int n = g == 0 || table.rows().isEmpty() ? report.survey().size()
        : table.rows().get(0).summaries().get(g).n() + table.rows().get(0).summaries().get(g)
            .missing();
    String name = g == 0 ? "Overall" : table.groups().get(g).replaceFirst(" (!?=) ", "\n$1 ");
    return name + " (n = " + Wording.integer(n) + ")";
  }

  /** ", NRS 0–10" for a variable whose codebook label has a unit in parentheses. */
  private static String unit(OutcomeText text, Optional<Variable> v) {
    if (v.isEmpty() || !v.get().label().contains("(")) {
      return "";
    }
    return " (" + text.unit(v.get().name()) + ")";
  }

  private static DocTable.Row yesRow(String label, Table1Row row) {
    List<String> cells = new ArrayList<>(List.of(label + ", n (%)"));
    for (Summary s : row.summaries()) {
      LevelSummary l = (LevelSummary) s;
      cells.add(l.levels().stream().filter(c -> c.level().equals(StudyDesign.YES)).findFirst()
          .map(c -> Cells.countPercent(c.count(), c.percent())).orElse(Cells.NA));
    }
    return new DocTable.Row(cells, 0, true);
  }

  private static List<DocTable.Row> levelRows(String label, Table1Row row, OutcomeText text) {
    List<DocTable.Row> rows = new ArrayList<>();
    List<String> head = new ArrayList<>(List.of(label + ", n (%)"));
    for (int g = 0; g < row.summaries().size(); g++) {
      head.add("");
    }
    rows.add(new DocTable.Row(head, 0, true));
    LevelSummary first = (LevelSummary) row.summaries().get(0);
    for (int l = 0; l < first.levels().size(); l++) {
      String level = first.levels().get(l).level();
      String name = text.level(row.variable(), level);
      List<String> cells = new ArrayList<>(List.of(name.equals(level)
          ? Cells.levelLabel(level) : name));
      for (Summary s : row.summaries()) {
        LevelCount c = ((LevelSummary) s).levels().get(l);
        cells.add(Cells.countPercent(c.count(), c.percent()));
      }
      rows.add(new DocTable.Row(cells, 1, false));
    }
    return rows;
  }

  private static Optional<DocTable.Row> missingRow(Table1Row row) {
    if (row.summaries().stream().allMatch(s -> s.missing() == 0)) {
      return Optional.empty();
    }
    List<String> cells = new ArrayList<>(List.of("Missing"));
    for (Summary s : row.summaries()) {
      cells.add(Wording.integer(s.missing()));
    }
    return Optional.of(new DocTable.Row(cells, 1, false));
  }
}
