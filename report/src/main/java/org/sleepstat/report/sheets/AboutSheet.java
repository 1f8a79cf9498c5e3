package org.sleepstat.report.sheets;

import java.util.ArrayList;
import java.util.List;
import org.sleepstat.core.io.ImportResult;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.schema.Direction;
import org.sleepstat.core.schema.NumberText;
import org.sleepstat.report.Methods;
import org.sleepstat.report.Report;
import org.sleepstat.report.xlsx.CellKind;
import org.sleepstat.report.xlsx.SheetWriter;

/**
 * Where the numbers come from: the input file (name, size, SHA-256), how it was read, the row
 * counts, the options, the sleepstat version, and every method with its R equivalent.
 */
final class AboutSheet implements ReportSheet {
  static final String NAME = "About";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void write(SheetWriter w, Report report) {
    ImportResult in = report.imported();
    Codebook codebook = report.survey().codebook();
    w.title("About this report: input, options, version and methods");
    w.note("The workbook's document date is fixed (not the time of writing), so the same"
        + " input and options give the same file, byte for byte.");
    ImportResult.Provenance read = in.provenance();
    ImportResult.RowCounts counts = in.counts();
    List<String[]> facts = new ArrayList<>();
    facts.add(new String[] {"Input file", in.file()});
    facts.add(new String[] {"Size (bytes)", Long.toString(read.sizeBytes())});
    facts.add(new String[] {"SHA-256", read.sha256()});
    String format = read.formatLabel() + " (" + read.format().label() + " layout)";
    facts.add(new String[] {"Format", format});
    facts.add(new String[] {"Encoding", read.encoding().label()});
    facts.add(new String[] {"Delimiter", read.delimiterName()});
    facts.add(new String[] {"Decimal comma", read.decimalComma() ? "yes" : "no"});
    facts.add(new String[] {"Rows read", Long.toString(counts.rows())});
    facts.add(new String[] {"Rows accepted", Long.toString(counts.accepted())});
    facts.add(new String[] {"Rows rejected", Long.toString(counts.rejected())});
    facts.add(new String[] {"Respondents on the Data sheet", report.dataSheetNote()
        .orElse(Long.toString(report.dataSheetRespondents()))});
    facts.add(new String[] {"Extra columns (kept as text)", String.join(", ",
        in.extraColumns())});
    facts.add(new String[] {"Codebook", codebook.name() + " v" + codebook.version()});
    for (String option : report.options().optionsUsed()) {
      int colon = option.indexOf(": ");
      facts.add(colon < 0 ? new String[] {"Option", option}
          : new String[] {option.substring(0, colon), option.substring(colon + 2)});
    }
    for (StudyDesign.Outcome o : report.design().outcomes()) {
      StudyDesign.Responder r = o.responder();
      String percent = r.percent().isPresent() ? "of at least "
          + NumberText.format(r.percent().getAsDouble()) + "% of the value before"
          : "percent rule off";
      String rules = "improvement of at least " + NumberText.format(r.points()) + " points; "
          + percent;
      facts.add(new String[] {"Responder rules (" + o.name() + ")", rules});
      facts.add(new String[] {"Better is (" + o.name() + ")",
          o.direction() == Direction.LOWER_IS_BETTER ? "lower" : "higher"});
    }
    facts.add(new String[] {"Study", report.design().title()});
    facts.add(new String[] {"Study plan", report.plan().path()});
    facts.add(new String[] {"Study plan SHA-256", report.plan().sha256()});
    facts.add(new String[] {"sleepstat version", report.options().version()});
    int header = w.header(List.of("Item", "Value"));
    for (String[] f : facts) {
      SheetWriter.Line line = w.line().text(f[0]);
      if (f[1].matches("\\d{1,15}")) {
        line.number(Long.parseLong(f[1]), CellKind.COUNT);
      } else {
        line.text(f[1]);
      }
    }
    w.freezeBelow(header);
    w.skip();
    w.title("Methods and their R equivalents (R 4.x, base and stats packages unless a"
        + " package is named)");
    w.fixWidth(1, 66);
    new Table<Methods.Method>()
        .text("Statistic", Methods.Method::statistic)
        .column("Method", (line, m) -> line.text(m.method(), CellKind.WRAP))
        .text("R", Methods.Method::r)
        .withoutNotes()
        .write(w, Methods.ALL);
    w.skip();
    w.title("The study plan the results were computed with (" + report.plan().path()
        + ", SHA-256 " + report.plan().sha256() + ")");
    for (String line : report.plan().text().split("\\R", -1)) {
      w.line().text(line);
    }
    w.finish();
  }
}
