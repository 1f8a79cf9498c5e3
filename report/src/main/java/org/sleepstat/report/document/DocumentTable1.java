package org.sleepstat.report.document;

import java.util.ArrayList;
import java.util.List;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.report.Report;
import org.sleepstat.report.Table1Text;
import org.sleepstat.report.Wording;

/**
 * Table 1 of the document: the workbook's manuscript Table 1 ({@link Table1Text}) as it is, its
 * cells "46.6 (15.0)", "47 [35, 58]" or "199 (51%)", levels indented, the p-value with the mark of
 * its test and the standardised mean difference when groups are compared, and the footnotes that
 * name the tests. The one class that reads Table 1 for the document.
 */
final class DocumentTable1 {
  /** Width of the label column, in twips. */
  private static final int LABEL_WIDTH = 2900;
  /** Width of the p and SMD columns, in twips. */
  private static final int SMALL_WIDTH = 900;

  private DocumentTable1() {}

  /** Table 1 of {@code report}, captioned as "Table {@code number}". */
  static DocTable of(Report report, int number) {
    Table1Text table = Table1Text.of(report);
    int groups = table.rows().isEmpty() ? table.headers().size() - 1
        : table.rows().get(0).cells().size();
    boolean compared = table.headers().size() > groups + 1;
    List<DocTable.Row> rows = new ArrayList<>();
    for (Table1Text.Row r : table.rows()) {
      List<String> cells = new ArrayList<>();
      cells.add(r.label());
      cells.addAll(r.cells());
      if (compared) {
        cells.add(r.p().isEmpty() || r.marks().isEmpty() ? r.p() : r.p() + " " + r.marks());
        cells.add(r.smd());
      }
      rows.add(new DocTable.Row(cells, r.indent(), r.indent() == 0));
    }
    List<Integer> widths = new ArrayList<>(List.of(LABEL_WIDTH));
    List<Boolean> left = new ArrayList<>(List.of(true));
    int rest = Page.TEXT_WIDTH - LABEL_WIDTH - (compared ? 2 * SMALL_WIDTH : 0);
    for (int g = 0; g < groups; g++) {
      widths.add(g + 1 < groups ? rest / groups : rest - (groups - 1) * (rest / groups));
      left.add(false);
    }
    if (compared) {
      widths.add(SMALL_WIDTH);
      widths.add(SMALL_WIDTH);
      left.add(false);
      left.add(false);
    }
    StudyDesign design = report.design();
    return new DocTable("Table " + number + ". Baseline characteristics of the "
        + Wording.count(report.survey().size(), "respondent")
        + (compared ? ", overall and by " + design.groupName().orElse(StudyDesign.GROUP) : ""),
        table.headers(), rows, table.footnotes(), widths, left);
  }
}
