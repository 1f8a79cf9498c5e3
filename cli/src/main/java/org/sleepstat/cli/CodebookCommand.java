package org.sleepstat.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sleepstat.core.io.ColumnMap;
import org.sleepstat.core.io.ColumnMapping;
import org.sleepstat.core.io.SurveyImporter;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.schema.CodebookReader;
import org.sleepstat.core.schema.NumberText;
import org.sleepstat.core.schema.RedcapDictionary;
import org.sleepstat.core.schema.RedcapField;
import org.sleepstat.core.schema.Spelling;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.schema.VariableType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sleepstat codebook}: the codebook a REDCap export would be read with, from its data
 * dictionary and a column map, so that a researcher can check the mapping before analysing:
 * each variable's source column, type and levels (with the dictionary's codes that become each
 * level), the extra and form status columns, and every choice or required variable that would
 * not come through.
 */
@Command(
    name = "codebook",
    mixinStandardHelpOptions = true,
    versionProvider = SleepstatCommand.Version.class,
    description = {
      "Print the codebook a REDCap export is read with: for each variable its source column,",
      "type and levels (dictionary codes -> levels), then the extra and form status columns",
      "and what would not come through (choices that match no level, required variables",
      "without a column). Exit 0 when dictionary and map could be read, 2 when not."
    })
final class CodebookCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--dictionary", required = true, paramLabel = "FILE",
      description = "The REDCap data dictionary (CSV, REDCap's standard columns).")
  Path dictionary;

  @Option(names = "--map", paramLabel = "FILE",
      description = "A column map (CSV column,variable); without it, fields match by name.")
  Path map;

  @Option(names = "--codebook", paramLabel = "FILE",
      description = "A codebook of your own (default: the built-in one).")
  Path codebook;

  @Option(names = "--debug", description = "Show the stack trace of an internal error.")
  boolean debug;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Codebook book = codebook == null ? Codebook.builtIn() : CodebookReader.read(codebook);
    RedcapDictionary dict = RedcapDictionary.read(dictionary);
    ColumnMap columns = map == null ? null : ColumnMap.read(map);
    List<String> header = dict.exportColumns(longitudinal(book, columns));
    List<ColumnMapping> mappings = SurveyImporter.withDefaults().with(book).with(dict)
        .with(columns).columnsFor(header);
    PrintWriter text = TerminalText.printer(out);
    write(text, book, dict, columns, mappings);
    text.flush();
    return ExitCode.OK;
  }

  /**
   * A longitudinal project's export has an event column: assumed when the map names it, maps a
   * column to wave, or maps one to an outcome measured in each wave.
   */
  static boolean longitudinal(Codebook book, ColumnMap columns) {
    if (columns == null) {
      return false;
    }
    for (ColumnMap.Entry e : columns.entries()) {
      String column = Spelling.headerKey(e.column());
      String variable = Spelling.headerKey(e.variable());
      boolean outcome = book.variable(e.variable()).isEmpty() && book.outcomes().stream()
          .anyMatch(o -> Spelling.headerKey(o.name()).equals(variable));
      if (column.equals(Spelling.headerKey(RedcapDictionary.EVENT_COLUMN))
          || variable.equals("wave") || outcome) {
        return true;
      }
    }
    return false;
  }

  static void write(PrintWriter out, Codebook book, RedcapDictionary dict, ColumnMap columns,
      List<ColumnMapping> mappings) {
    out.println("codebook " + book.name() + " v" + book.version() + " for a REDCap export"
        + " described by " + dict.name() + (columns == null ? "" : " and " + columns.name()));
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"variable", "source column", "type", "levels"});
    List<String> warnings = new ArrayList<>();
    List<String> unmapped = new ArrayList<>();
    for (Variable v : book.variables()) {
      if (rows.size() == 2) {
        wave(rows, mappings); // after the id, as in the export
      }
      ColumnMapping m = source(v, mappings);
      if (m == null) {
        unmapped.add(v.name());
        if (v.required() || v.type() == VariableType.ID) {
          warnings.add(v.name() + " is required, but no column holds it (map one with --map)");
        }
        continue;
      }
      String column = m.header();
      if (m.kind() == ColumnMapping.Kind.OUTCOME) {
        column += v.name().endsWith(Variable.PRE_SUFFIX) ? " (baseline events)"
            : " (follow-up events)";
      }
      RedcapDictionary.ExportColumn field = dict.column(m.header()).orElse(null);
      rows.add(new String[] {v.name(), column, v.type().name().toLowerCase(Locale.ROOT),
          levels(v, field, warnings)});
    }
    printTable(out, rows);
    out.println();
    out.println("not in the export: "
        + (unmapped.isEmpty() ? "none" : String.join(", ", unmapped)));
    out.println("extra columns (kept as text): " + list(mappings, ColumnMapping.Kind.EXTRA));
    out.println("form status columns (kept out of the data): "
        + list(mappings, ColumnMapping.Kind.FORM_STATUS));
    out.println(warnings.isEmpty() ? "no problems" : warnings.size()
        + (warnings.size() == 1 ? " problem:" : " problems:"));
    warnings.forEach(w -> out.println("  " + w));
  }

  private static void wave(List<String[]> rows, List<ColumnMapping> mappings) {
    for (ColumnMapping m : mappings) {
      if (m.kind() == ColumnMapping.Kind.WAVE) {
        rows.add(new String[] {"wave", m.header(), "wave",
            "baseline..., pre, 0, t0 -> pre; follow..., post, 1, t1 -> post"});
      }
    }
  }

  private static ColumnMapping source(Variable v, List<ColumnMapping> mappings) {
    for (ColumnMapping m : mappings) {
      if (m.kind() == ColumnMapping.Kind.VARIABLE && v.name().equals(m.variable())
          || m.kind() == ColumnMapping.Kind.OUTCOME && v.outcome().equals(m.variable())
              && !v.name().equals(v.outcome())) {
        return m;
      }
    }
    return null;
  }

  /** The levels or range, with the dictionary's codes that become each level. */
  static String levels(Variable v, RedcapDictionary.ExportColumn column, List<String> warnings) {
    RedcapField f = column == null ? null : column.field();
    if (v.type() == VariableType.ID) {
      return "";
    }
    if (v.type().isNumeric()) {
      String range = v.validValues();
      if (f != null && (f.min() != null || f.max() != null)) {
        range += "; dictionary " + (f.min() == null ? "" : NumberText.format(f.min())) + "–"
            + (f.max() == null ? "" : NumberText.format(f.max()));
      }
      return range + (f != null && f.isCoded() ? "; codes read as numbers" : "");
    }
    if (f == null || column.choice() != null || !f.isCoded()) {
      String checkbox = column != null && column.choice() != null
          ? " (checkbox: 1, Checked -> yes; 0, Unchecked -> no)" : "";
      return String.join(", ", v.levels()) + checkbox;
    }
    List<String> parts = new ArrayList<>();
    for (RedcapField.Choice c : f.choices()) {
      int level = v.levelCode(c.label());
      parts.add(c.code() + " " + c.label() + " -> "
          + (level < 0 ? "NO LEVEL" : v.levels().get(level)));
      if (level < 0) {
        warnings.add(f.name() + ": choice " + c.code() + " \"" + c.label() + "\" matches no"
            + " level of " + v.name() + " (" + String.join(", ", v.levels()) + "); rows with it"
            + " will be rejected (a codebook of your own can add the spelling)");
      }
    }
    return String.join(", ", parts);
  }

  private static String list(List<ColumnMapping> mappings, ColumnMapping.Kind kind) {
    List<String> names = mappings.stream().filter(m -> m.kind() == kind)
        .map(ColumnMapping::header).toList();
    return names.isEmpty() ? "none" : String.join(", ", names);
  }

  private static void printTable(PrintWriter out, List<String[]> rows) {
    int[] widths = new int[3];
    for (String[] r : rows) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], r[i].length());
      }
    }
    for (String[] r : rows) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        b.append(r[i]).append(" ".repeat(widths[i] - r[i].length() + 2));
      }
      out.println(b.append(r[3]).toString().stripTrailing());
    }
  }
}
