package org.sleepstat.core.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sleepstat.core.schema.SideFile;
import org.sleepstat.core.schema.Spelling;

/**
 * A column mapping: which column of a survey file holds which codebook variable. Read from a CSV
 * with the header {@code column,variable}; a variable may also be an outcome measured in each
 * wave ({@code pain_morning}, in a long file) or {@code wave}. The column may name a header or,
 * in a Qualtrics export, an ImportId. Mapped columns are matched first; the importer then matches
 * the other columns by name. Immutable.
 */
public final class ColumnMap {
  private final String name;
  private final List<Entry> entries;

  /**
   * One line of the map.
   *
   * @param column the file's column (header or Qualtrics ImportId), as written in the map
   * @param variable the codebook variable, outcome or {@code wave} it holds
   * @param line the physical line of the map file (0 for a map built in code)
   */
  public record Entry(String column, String variable, long line) {
    public Entry {
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(variable, "variable");
    }
  }

  private ColumnMap(String name, List<Entry> entries) {
    this.name = name;
    this.entries = List.copyOf(entries);
  }

  /** A map built in code, {@code column -> variable}; {@code name} names it in messages. */
  public static ColumnMap of(String name, Map<String, String> columnToVariable)
      throws SurveyFileException {
    List<Entry> list = new ArrayList<>();
    for (Map.Entry<String, String> e : columnToVariable.entrySet()) {
      list.add(new Entry(e.getKey(), e.getValue(), 0));
    }
    return checked(Objects.requireNonNull(name, "name"), list);
  }

  /** Reads a map file ({@code column,variable} CSV, UTF-8). */
  public static ColumnMap read(Path path) throws SurveyFileException {
    String display = path.toString();
    byte[] bytes;
    try {
      bytes = SideFile.read(path, "column map", "column map");
    } catch (SideFile.Unusable e) {
      throw new SurveyFileException(display, e.reason());
    }
    try {
      return parse(display, StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      throw new SurveyFileException(display, "a column map must be UTF-8 text");
    }
  }

  /** Parses map text; {@code display} names it in messages. */
  public static ColumnMap parse(String display, String text) throws SurveyFileException {
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    List<Entry> list = new ArrayList<>();
    int columnAt = -1;
    int variableAt = -1;
    boolean header = false;
    try (CsvReader<CsvRecord> csv = CsvReader.builder().skipEmptyLines(true)
        .allowMissingFields(true).allowExtraFields(true).ofCsvRecord(text)) {
      for (CsvRecord rec : csv) {
        long line = rec.getStartingLineNumber();
        if (rec.getFieldCount() == 1 && rec.getField(0).isBlank()
            || rec.getField(0).startsWith("#")) {
          continue;
        }
        if (!header) {
          for (int i = 0; i < rec.getFieldCount(); i++) {
            String key = Spelling.headerKey(rec.getField(i));
            columnAt = key.equals("column") && columnAt < 0 ? i : columnAt;
            variableAt = key.equals("variable") && variableAt < 0 ? i : variableAt;
          }
          if (columnAt < 0 || variableAt < 0) {
            throw new SurveyFileException(display, line, 0,
                "a column map needs the header \"column,variable\"");
          }
          header = true;
          continue;
        }
        String column = field(rec, columnAt);
        String variable = field(rec, variableAt);
        if (column.isEmpty() || variable.isEmpty()) {
          throw new SurveyFileException(display, line, 0, "each line needs a column and a"
              + " variable (\"" + column + "\", \"" + variable + "\")");
        }
        list.add(new Entry(column, variable, line));
      }
    } catch (IOException | CsvParseException e) {
      throw new SurveyFileException(display, "not a readable CSV (" + e.getMessage() + ")");
    }
    if (!header) {
      throw new SurveyFileException(display, "the column map is empty");
    }
    return checked(display, list);
  }

  private static ColumnMap checked(String display, List<Entry> list) throws SurveyFileException {
    Map<String, Entry> seen = new HashMap<>();
    for (Entry e : list) {
      Entry earlier = seen.putIfAbsent(Spelling.headerKey(e.column()), e);
      if (earlier != null) {
        throw new SurveyFileException(display, e.line(), 0, "column \"" + e.column()
            + "\" is mapped twice (also on line " + earlier.line() + ")");
      }
    }
    return new ColumnMap(display, list);
  }

  private static String field(CsvRecord rec, int i) {
    return i < rec.getFieldCount() ? rec.getField(i).strip() : "";
  }

  /** How messages name the map (its file). */
  public String name() {
    return name;
  }

  /** The entries, in file order. */
  public List<Entry> entries() {
    return entries;
  }

  @Override
  public String toString() {
    return name + " (" + entries.size() + " columns)";
  }
}
