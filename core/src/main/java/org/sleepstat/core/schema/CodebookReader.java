package org.sleepstat.core.schema;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a codebook file. The format is a UTF-8 CSV with one row per variable and the columns
 * {@code name,type,required,role,min,max,levels,spellings,missing,label}; lines starting with
 * {@code #} are comments, and {@code # name: X} / {@code # version: Y} name the codebook. Lists
 * inside a cell are separated by {@code |}; spellings are {@code spelling=level}. See the built-in
 * {@code sleep-back-pain-v1.csv} for a complete example.
 */
public final class CodebookReader {
  static final List<String> COLUMNS =
      List.of("name", "type", "required", "role", "min", "max", "levels", "spellings", "missing",
          "label");

  private CodebookReader() {}

  /** Reads and checks the codebook file at {@code path}. */
  public static Codebook read(Path path) throws CodebookException {
    String display = path.toString();
    byte[] bytes;
    try {
      bytes = SideFile.read(path, "codebook", "codebook file");
    } catch (SideFile.Unusable e) {
      throw new CodebookException(display + ": " + e.reason());
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new CodebookException(display + ": a codebook must be UTF-8 text");
    }
    return parse(display, text);
  }

  /** Parses codebook text; {@code display} names the source in messages. */
  public static Codebook parse(String display, String text) throws CodebookException {
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    String name = "custom";
    String version = "1";
    StringBuilder csv = new StringBuilder(text.length());
    String[] lines = text.split("\r\n|\n|\r", -1);
    for (String line : lines) {
      if (line.startsWith("#")) {
        String meta = line.substring(1).strip();
        int colon = meta.indexOf(':');
        if (colon > 0) {
          String key = meta.substring(0, colon).strip().toLowerCase(Locale.ROOT);
          String value = meta.substring(colon + 1).strip();
          if (key.equals("name")) {
            name = value;
          } else if (key.equals("version")) {
            version = value;
          }
        }
        csv.append('\n'); // keep physical line numbers
      } else {
        csv.append(line).append('\n');
      }
    }
    List<Variable> variables = new ArrayList<>();
    Map<String, Long> lineByKey = new HashMap<>();
    Map<String, Integer> header = null;
    try (CsvReader<CsvRecord> reader = CsvReader.builder().skipEmptyLines(true)
        .allowMissingFields(true).allowExtraFields(true).ofCsvRecord(csv.toString())) {
      for (CsvRecord rec : reader) {
        long line = rec.getStartingLineNumber();
        if (header == null) {
          header = readHeader(display, line, rec);
          continue;
        }
        Variable v = readVariable(display, line, header, rec);
        checkUnique(display, line, v, variables, lineByKey);
        variables.add(v);
      }
    } catch (IOException | CsvParseException e) {
      throw new CodebookException(display + ": not a readable CSV (" + e.getMessage() + ")");
    }
    if (header == null || variables.isEmpty()) {
      throw new CodebookException(display + ": the codebook has no variables");
    }
    try {
      return new Codebook(name, version, variables);
    } catch (IllegalArgumentException e) {
      throw new CodebookException(display + ": " + e.getMessage());
    }
  }

  /** The Codebook constructor checks the same, but without the lines to name. */
  private static void checkUnique(String display, long line, Variable v, List<Variable> earlier,
      Map<String, Long> lineByKey) throws CodebookException {
    String where = display + ":" + line + ": " + v.name() + ": ";
    for (Variable e : earlier) {
      if (Spelling.headerKey(e.name()).equals(Spelling.headerKey(v.name()))) {
        throw new CodebookException(where + "the same name as \"" + e.name() + "\" on line "
            + lineByKey.get(Spelling.headerKey(e.name()))
            + " (names ignore case, spaces, hyphens and underscores)");
      }
      if (v.type() == VariableType.ID && e.type() == VariableType.ID) {
        throw new CodebookException(where + "a second id variable (the first is \"" + e.name()
            + "\" on line " + lineByKey.get(Spelling.headerKey(e.name())) + ")");
      }
    }
    lineByKey.put(Spelling.headerKey(v.name()), line);
  }

  private static Map<String, Integer> readHeader(String display, long line, CsvRecord rec)
      throws CodebookException {
    Map<String, Integer> header = new HashMap<>();
    for (int i = 0; i < rec.getFieldCount(); i++) {
      header.put(rec.getField(i).strip().toLowerCase(Locale.ROOT), i);
    }
    for (String required : List.of("name", "type")) {
      if (!header.containsKey(required)) {
        throw new CodebookException(
            display + ":" + line + ": the header needs a \"" + required + "\" column (columns: "
                + String.join(",", COLUMNS) + ")");
      }
    }
    return header;
  }

  private static Variable readVariable(
      String display, long line, Map<String, Integer> header, CsvRecord rec)
      throws CodebookException {
    String where = display + ":" + line + ": ";
    String name = field(header, rec, "name");
    if (name.isEmpty()) {
      throw new CodebookException(where + "the variable has no name");
    }
    where += name + ": ";
    VariableType type;
    try {
      type = VariableType.valueOf(field(header, rec, "type").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CodebookException(where + "unknown type \"" + field(header, rec, "type")
          + "\" (id, integer, decimal, category, ordinal, boolean)");
    }
    Role role = role(where, field(header, rec, "role"));
    boolean required = flag(where, field(header, rec, "required"));
    Double min = number(where, "min", field(header, rec, "min"));
    Double max = number(where, "max", field(header, rec, "max"));
    List<WrittenForms.Form> forms = new ArrayList<>(Variable.builtInForms(type));
    List<String> levels = new ArrayList<>();
    for (Item level : items(header, rec, line, "levels")) {
      levels.add(level.text());
      forms.add(new WrittenForms.Form(WrittenForms.Kind.LEVEL, level.text(), level.text(),
          level.line()));
    }
    Map<String, String> spellings = new LinkedHashMap<>();
    for (Item pair : items(header, rec, line, "spellings")) {
      String p = pair.text();
      int eq = p.lastIndexOf('=');
      if (eq <= 0 || eq == p.length() - 1) {
        throw new CodebookException(where + "spelling \"" + p + "\" is not spelling=level");
      }
      String spelling = p.substring(0, eq).strip();
      String level = p.substring(eq + 1).strip();
      forms.add(new WrittenForms.Form(WrittenForms.Kind.SPELLING, spelling, level, pair.line()));
      spellings.putIfAbsent(spelling, level);
    }
    Set<String> missing = new LinkedHashSet<>(list(field(header, rec, "missing")));
    // the Variable checks the same, but cannot name the lines of a cell written over several
    WrittenForms.Refusal refusal = WrittenForms.check(forms, missing);
    if (refusal != null) {
      throw new CodebookException(display + ":" + Math.max(refusal.line(), line) + ": " + name
          + ": " + refusal.message());
    }
    try {
      return new Variable(name, type, required, role, min, max, levels, spellings, missing,
          field(header, rec, "label"));
    } catch (IllegalArgumentException e) {
      throw new CodebookException(display + ":" + line + ": " + e.getMessage());
    }
  }

  /** One item of a list cell and the physical line it is written on. */
  private record Item(String text, long line) {}

  /** The items of a list cell, each with its line (a quoted cell may span several lines). */
  private static List<Item> items(Map<String, Integer> header, CsvRecord rec, long line,
      String column) {
    Integer at = header.get(column);
    List<Item> items = new ArrayList<>();
    if (at == null || at >= rec.getFieldCount()) {
      return items;
    }
    long first = line;
    for (int i = 0; i < at; i++) {
      first += rec.getField(i).chars().filter(c -> c == '\n').count();
    }
    String cell = rec.getField(at);
    int start = 0;
    for (String item : cell.split("\\|", -1)) {
      String s = item.strip();
      if (!s.isEmpty()) {
        int lead = start + item.indexOf(s);
        items.add(new Item(s, first + cell.substring(0, lead).chars().filter(c -> c == '\n')
            .count()));
      }
      start += item.length() + 1;
    }
    return items;
  }

  private static String field(Map<String, Integer> header, CsvRecord rec, String column) {
    Integer i = header.get(column);
    return i == null || i >= rec.getFieldCount() ? "" : rec.getField(i).strip();
  }

  private static List<String> list(String cell) {
    List<String> items = new ArrayList<>();
    if (cell.isEmpty()) {
      return items;
    }
    for (String item : cell.split("\\|", -1)) {
      String s = item.strip();
      if (!s.isEmpty()) {
        items.add(s);
      }
    }
    return items;
  }

  private static Role role(String where, String cell) throws CodebookException {
    return switch (cell.toLowerCase(Locale.ROOT)) {
      case "", "respondent" -> Role.RESPONDENT;
      case "pre", "outcome_pre" -> Role.OUTCOME_PRE;
      case "post", "outcome_post" -> Role.OUTCOME_POST;
      default -> throw new CodebookException(
          where + "unknown role \"" + cell + "\" (respondent, pre, post)");
    };
  }

  private static boolean flag(String where, String cell) throws CodebookException {
    return switch (cell.toLowerCase(Locale.ROOT)) {
      case "", "no", "false", "n" -> false;
      case "yes", "true", "y" -> true;
      default -> throw new CodebookException(where + "required must be yes or no, not \"" + cell
          + "\"");
    };
  }

  private static Double number(String where, String what, String cell) throws CodebookException {
    if (cell.isEmpty()) {
      return null;
    }
    Double value = NumberText.parseDecimal(cell);
    if (value == null) {
      throw new CodebookException(where + what + " \"" + cell + "\" is not a number"
          + (cell.indexOf(',') >= 0 ? " (write it without a thousands separator, with a decimal"
              + " point)" : ""));
    }
    return value;
  }
}
