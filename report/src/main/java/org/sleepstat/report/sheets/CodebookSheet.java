package org.sleepstat.report.sheets;

import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sleepstat.report.Report;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.report.xlsx.SheetWriter;

/** Every codebook variable: type, role, valid values, levels, accepted spellings, labels. */
final class CodebookSheet implements ReportSheet {
  static final String NAME = "Codebook";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void write(SheetWriter w, Report report) {
    Codebook codebook = report.survey().codebook();
    List<Variable> variables = codebook.variables();
    long present = variables.stream().filter(v -> report.survey().has(v.name())).count();
    w.title("Codebook " + codebook.name() + " v" + codebook.version() + ": " + variables.size()
        + " variables, " + present + " in this file");
    w.note("Spellings are matched ignoring case, spaces, hyphens and underscores; the standard"
        + " missing tokens (empty, NA, N/A, ., NaN) apply to every variable.");
    Table<Variable> table = new Table<Variable>()
        .text("Variable", Variable::name)
        .text("Label", Variable::label)
        .text("Type", v -> v.type().name().toLowerCase(Locale.ROOT))
        .text("Required", v -> v.required() ? "yes" : "no")
        .text("Role", v -> switch (v.role()) {
          case RESPONDENT -> "respondent";
          case OUTCOME_PRE -> "pre";
          case OUTCOME_POST -> "post";
        })
        .text("Valid values", Variable::validValues)
        .text("Levels", v -> String.join(" | ", v.levels()))
        .text("Accepted spellings", CodebookSheet::spellings)
        .text("Missing codes", v -> String.join(" | ", new TreeSet<>(v.missingCodes())))
        .text("In this file", v -> report.survey().has(v.name()) ? "yes" : "no")
        .withoutNotes();
    int header = table.write(w, variables);
    w.freezeBelow(header);
    w.filter(header, table.headers().size());
    w.finish();
  }

  /** "spelling=level" pairs in a fixed order, so that the same codebook gives the same bytes. */
  private static String spellings(Variable v) {
    StringBuilder b = new StringBuilder();
    new TreeMap<>(v.spellings()).forEach((spelling, level) -> {
      if (b.length() > 0) {
        b.append(" | ");
      }
      b.append(spelling).append('=').append(level);
    });
    return b.toString();
  }
}
