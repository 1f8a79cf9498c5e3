package org.sleepstat.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sleepstat.analysis.BaselineTable;
import org.sleepstat.analysis.BaselineTable.Arm;
import org.sleepstat.analysis.BaselineTable.Characteristic;
import org.sleepstat.analysis.BaselineTable.Comparison;
import org.sleepstat.analysis.BaselineMethod;
import org.sleepstat.analysis.SampleDescription.LevelCount;
import org.sleepstat.analysis.SampleDescription.LevelSummary;
import org.sleepstat.analysis.SampleDescription.NumberSummary;
import org.sleepstat.analysis.SampleDescription.Summary;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.plan.Table1Summary;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.stats.Stat;

/**
 * Table 1 as a manuscript prints it, as text: one row per characteristic ("Age in years, mean
 * (SD)"), an indented row per level and a "Missing" row where any answer is missing; cells
 * "46.6 (15.0)", "47 [35, 58]" or "199 (51%)"; p and SMD columns when groups are compared; and
 * the footnotes naming each test by a letter. The workbook's Table 1 sheet and the document
 * write these strings as they are.
 *
 * <p>Rounding: means and SDs to one decimal (two when the overall SD is below 0.1, three below
 * 0.01); medians and quartiles whole when all of a row's are whole, else to one decimal;
 * percentages of those who answered whole ("&lt;1%" and "&gt;99%" rather than 0% or 100% for a
 * level that some but not all gave); p to three decimals, "&lt;0.001" below and "&gt;0.999"
 * above; SMD (treated − others) to two decimals with a true minus sign. "–" marks a value that
 * cannot be computed; a footnote says why for a p-value.
 *
 * @param headers the column headers: "Characteristic", "Overall (n = 395)", one per group, then
 *     "p" and "SMD" when groups are compared
 * @param rows the rows, top to bottom
 * @param footnotes the notes under the table; a test's note starts with its mark ("a Welch's
 *     t-test …")
 */
public record Table1Text(List<String> headers, List<Row> rows, List<String> footnotes) {
  /** The label of the missing-answers row under a characteristic. */
  public static final String MISSING = "Missing";
  /** A value that cannot be computed. */
  public static final String NONE = "–";

  public Table1Text {
    headers = List.copyOf(headers);
    rows = List.copyOf(rows);
    footnotes = List.copyOf(footnotes);
  }

  /**
   * One row of the table.
   *
   * @param label "Age in years, mean (SD)", a level's label, or {@link #MISSING}
   * @param indent 0 for a characteristic, 1 for its levels and its missing row
   * @param cells one per group column (Overall first), "" where the row has none
   * @param p the p-value on a characteristic's first row, else ""
   * @param smd the standardised mean difference of a number or of a level, else ""
   * @param marks the footnote mark of the p-value's test ("a"), else ""
   */
  public record Row(String label, int indent, List<String> cells, String p, String smd,
      String marks) {
    public Row {
      Objects.requireNonNull(label, "label");
      cells = List.copyOf(cells);
    }
  }

  /** Table 1 of {@code report}: its baseline characteristics by the report's design. */
  public static Table1Text of(Report report) {
    return of(baseline(report), report.design(), report.text());
  }

  /** The baseline table of {@code report} ({@link BaselineTable}), numbers for the sheets. */
  public static BaselineTable baseline(Report report) {
    return report.baseline();
  }

  static Table1Text of(BaselineTable table, StudyDesign design, OutcomeText text) {
    boolean compared = table.compared();
    List<String> headers = new ArrayList<>(List.of("Characteristic"));
    for (Arm arm : table.arms()) {
      headers.add(armLabel(arm, design, text) + " (n = " + Wording.integer(arm.n()) + ")");
    }
    if (compared) {
      headers.add("p");
      headers.add("SMD");
    }
    Map<BaselineMethod, String> marks = new LinkedHashMap<>();
    Map<BaselineMethod, List<String>> details = new LinkedHashMap<>();
    List<String> uncomputed = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (Characteristic c : table.rows()) {
      String p = "";
      String mark = "";
      if (c.comparison().isPresent()) {
        Comparison test = c.comparison().get();
        mark = marks.computeIfAbsent(test.test(), t -> String.valueOf((char) ('a' + marks.size())));
        List<String> seen = details.computeIfAbsent(test.test(), t -> new ArrayList<>());
        String how = footnoteDetail(test);
        if (!how.isEmpty() && !seen.contains(how)) {
          seen.add(how);
        }
        p = p(test.p());
        if (!test.p().isDefined()) {
          uncomputed.add(label(c.variable()) + ": " + test.p().reason());
        }
      }
      String label = label(c.variable()) + switch (c.summary()) {
        case MEAN -> ", mean (SD)";
        case MEDIAN -> ", median [Q1, Q3]";
        default -> ", n (%)";
      };
      if (c.summary() == Table1Summary.COUNTS) {
        rows.add(new Row(label, 0, blanks(c.cells().size()), p, "", mark));
        LevelSummary first = (LevelSummary) c.cells().get(0);
        for (int l = 0; l < first.levels().size(); l++) {
          List<String> cells = new ArrayList<>();
          for (Summary s : c.cells()) {
            cells.add(count(((LevelSummary) s).levels().get(l), s.n()));
          }
          String level = first.levels().get(l).level();
          rows.add(new Row(levelLabel(c.variable().name(), level, text), 1, cells, "",
              compared ? smd(c.smd().get(l)) : "", ""));
        }
      } else {
        rows.add(new Row(label, 0, numbers(c), p, compared ? smd(c.smd().get(0)) : "", mark));
      }
      if (c.cells().get(0).missing() > 0) {
        rows.add(new Row(MISSING, 1, c.cells().stream()
            .map(s -> Wording.integer(s.missing())).toList(), "", "", ""));
      }
    }
    return new Table1Text(headers, rows,
        footnotes(table, design, text, marks, details, uncomputed));
  }

  private static List<String> footnotes(BaselineTable table, StudyDesign design,
      OutcomeText text, Map<BaselineMethod, String> marks,
      Map<BaselineMethod, List<String>> details, List<String> uncomputed) {
    List<String> out = new ArrayList<>();
    out.add("Values are mean (SD), median [Q1, Q3] or n (%); percentages are of the"
        + " respondents who answered, and Missing counts those who did not.");
    marks.forEach((test, mark) -> {
      List<String> how = new ArrayList<>(details.get(test));
      if (test == BaselineMethod.FISHER) {
        how.add(0, "where an expected count is below 5");
      }
      out.add(mark + " " + test.text() + (how.isEmpty() ? "" : ", " + String.join("; ", how))
          + " (R: " + test.rCall() + ").");
    });
    if (table.compared()) {
      Arm treated = table.arms().get(1);
      Arm others = table.arms().get(2);
      out.add("SMD: standardised mean difference, " + armLabel(treated, design, text)
          + " minus " + armLabel(others, design, text) + ": (m\u2081 \u2212 m\u2082) / "
          + "\u221a((s\u2081\u00b2 + s\u2082\u00b2) / 2) for numbers (from means and SDs, also"
          + " on median rows); (p\u2081 \u2212 p\u2082) / \u221a((p\u2081(1 \u2212 p\u2081) + "
          + "p\u2082(1 \u2212 p\u2082)) / 2) for each level.");
      if (table.groupMissing() > 0) {
        out.add(Wording.count(table.groupMissing(), "respondent") + " without "
            + groupName(design) + " are counted in Overall only.");
      }
      for (String why : uncomputed) {
        out.add("p not computed: " + why + ".");
      }
    }
    return out;
  }

  /** What a test's footnote says of how it was computed (the table shapes left out). */
  private static String footnoteDetail(Comparison test) {
    return switch (test.test()) {
      case RANK_SUM -> test.detail();
      case CHI_SQUARE -> test.detail().contains("Yates")
          ? "Yates's continuity correction on 2 × 2 tables" : "";
      default -> "";
    };
  }

  private static List<String> blanks(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("");
    }
    return out;
  }

  /** "46.6 (15.0)" or "47 [35, 58]" per column, decimals shared by the row. */
  private static List<String> numbers(Characteristic c) {
    List<String> out = new ArrayList<>();
    NumberSummary overall = (NumberSummary) c.cells().get(0);
    if (c.summary() == Table1Summary.MEDIAN) {
      boolean whole = c.cells().stream().map(NumberSummary.class::cast)
          .flatMap(s -> java.util.stream.Stream.of(s.median(), s.q1(), s.q3()))
          .allMatch(s -> !s.isDefined() || s.getAsDouble() == Math.rint(s.getAsDouble()));
      int d = whole ? 0 : 1;
      for (Summary s : c.cells()) {
        NumberSummary n = (NumberSummary) s;
        out.add(n.n() == 0 ? NONE : number(n.median(), d) + " [" + number(n.q1(), d) + ", "
            + number(n.q3(), d) + "]");
      }
      return out;
    }
    double sd = overall.sd().isDefined() ? overall.sd().getAsDouble() : 1;
    int d = sd == 0 || sd >= 0.1 ? 1 : sd >= 0.01 ? 2 : 3;
    for (Summary s : c.cells()) {
      NumberSummary n = (NumberSummary) s;
      out.add(n.n() == 0 ? NONE : number(n.mean(), d) + " (" + number(n.sd(), d) + ")");
    }
    return out;
  }

  private static String number(Stat s, int decimals) {
    return s.isDefined() ? Wording.number(s.getAsDouble(), decimals) : NONE;
  }

  /** "199 (51%)": the count and the whole percentage of those who answered. */
  static String count(LevelCount c, int answered) {
    String n = Wording.integer(c.count());
    if (answered == 0) {
      return n;
    }
    double percent = 100.0 * c.count() / answered;
    String shown = percent > 0 && percent < 0.5 ? "<1"
        : percent < 100 && percent >= 99.5 ? ">99" : Wording.number(percent, 0);
    return n + " (" + shown + "%)";
  }

  static String p(Stat p) {
    if (!p.isDefined()) {
      return NONE;
    }
    double v = p.getAsDouble();
    return v < 0.001 ? "<0.001" : v > 0.999 ? ">0.999" : Wording.number(v, 3);
  }

  static String smd(Stat smd) {
    return smd.isDefined() ? Wording.number(smd.getAsDouble(), 2) : NONE;
  }

  /** The codebook's label (or the plan's), else the name made readable. */
  static String label(Variable v) {
    String label = v.label() == null ? "" : v.label().strip();
    return label.isEmpty() ? readable(v.name()) : label;
  }

  /** The plan's label of a level, else the level made readable ("medium_firm": "Medium firm"). */
  static String levelLabel(String variable, String level, OutcomeText text) {
    String planned = text.level(variable, level);
    return planned.equals(level) ? readable(level) : planned;
  }

  /**
   * A column's label: "Overall"; a group by the plan's label of its level, else "Changed
   * mattress: yes" (the others: "Changed mattress: no", or "not yes" beside several levels).
   */
  static String armLabel(Arm arm, StudyDesign design, OutcomeText text) {
    if (arm.part() == BaselineTable.Part.OVERALL) {
      return "Overall";
    }
    String variable = design.groupName().orElseThrow();
    String group = readable(variable);
    if (arm.levels().size() == 1) {
      String level = arm.levels().get(0);
      String planned = text.level(variable, level);
      return planned.equals(level) ? group + ": " + level : planned;
    }
    StudyDesign.Group g = design.group().orElseThrow();
    String planned = text.level(variable, g.treated());
    return planned.equals(g.treated()) ? group + ": not " + g.treated() : "Not " + planned;
  }

  private static String groupName(StudyDesign design) {
    return design.groupName().orElse(StudyDesign.GROUP);
  }

  /** "medium_firm" as "Medium firm". */
  static String readable(String name) {
    return OutcomeText.upperFirst(name.replace('_', ' '));
  }
}
