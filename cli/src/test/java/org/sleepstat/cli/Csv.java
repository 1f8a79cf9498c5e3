package org.sleepstat.cli;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sleepstat.core.generate.SurveyGenerator;

/** Test shorthand for CSV text: writing a line, reading records, generated respondents. */
final class Csv {
  private Csv() {}

  /** One CSV line, fields quoted where they need it, ending in a newline. */
  static String line(List<String> fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      String f = fields.get(i);
      if (i > 0) {
        b.append(',');
      }
      if (f.contains(",") || f.contains("\"") || f.contains("\n")) {
        b.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        b.append(f);
      }
    }
    return b.append('\n').toString();
  }

  /** Every record of CSV text, as lists of fields. */
  static List<List<String>> records(String text) {
    List<List<String>> rows = new ArrayList<>();
    for (CsvRecord r : CsvReader.builder().ofCsvRecord(text)) {
      rows.add(r.getFields());
    }
    return rows;
  }

  /** A generated survey in the plain schema (wide), as CSV text. */
  static String generated(long seed, int respondents) {
    StringWriter out = new StringWriter();
    try {
      SurveyGenerator.withSeed(seed).write(respondents, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The data rows of a plain CSV, each a map from variable to its value ("" when missing). */
  static List<Map<String, String>> rows(String plain) {
    List<List<String>> records = records(plain);
    List<Map<String, String>> rows = new ArrayList<>();
    for (List<String> r : records.subList(1, records.size())) {
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < r.size(); i++) {
        row.put(records.get(0).get(i), r.get(i));
      }
      rows.add(row);
    }
    return rows;
  }
}
