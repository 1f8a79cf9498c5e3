package org.sleepstat.core.schema;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a REDCap data dictionary CSV. The columns are found by their standard headers ("Variable
 * / Field Name", "Form Name", "Field Type", "Field Label", "Choices, Calculations, OR Slider
 * Labels", "Text Validation Type OR Show Slider Number", "Text Validation Min", "Text Validation
 * Max") or the API's names ({@code field_name}, {@code form_name}, …); other columns are ignored.
 * UTF-8 (with or without BOM), else Windows-1252.
 */
final class RedcapDictionaryReader {
  private enum Col {
    NAME("variable/fieldname", "fieldname"),
    FORM("formname"),
    TYPE("fieldtype"),
    LABEL("fieldlabel"),
    CHOICES("choices,calculations,orsliderlabels", "selectchoicesorcalculations"),
    VALIDATION("textvalidationtypeorshowslidernumber", "textvalidationtype"),
    MIN("textvalidationmin"),
    MAX("textvalidationmax");

    final String[] keys;

    Col(String... keys) {
      this.keys = keys;
    }
  }

  private RedcapDictionaryReader() {}

  static RedcapDictionary read(Path path) throws CodebookException {
    String display = path.toString();
    byte[] bytes;
    try {
      bytes = SideFile.read(path, "data dictionary", "data dictionary");
    } catch (SideFile.Unusable e) {
      throw new CodebookException(display + ": " + e.reason());
    }
    return parse(display, decode(bytes));
  }

  private static String decode(byte[] bytes) {
    int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    ByteBuffer buf = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(buf).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, skip, bytes.length - skip, Charset.forName("windows-1252"));
    }
  }

  static RedcapDictionary parse(String display, String text) throws CodebookException {
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    Map<Col, Integer> header = null;
    List<RedcapField> fields = new ArrayList<>();
    Map<String, Long> lines = new HashMap<>();
    try (CsvReader<CsvRecord> csv = CsvReader.builder().skipEmptyLines(true)
        .allowMissingFields(true).allowExtraFields(true).ofCsvRecord(text)) {
      for (CsvRecord rec : csv) {
        long line = rec.getStartingLineNumber();
        if (header == null) {
          header = header(display, line, rec);
          continue;
        }
        if (rec.getFieldCount() == 1 && rec.getField(0).isBlank()) {
          continue;
        }
        RedcapField f = field(display, line, header, rec);
        Long earlier = lines.putIfAbsent(f.name().toLowerCase(Locale.ROOT), line);
        if (earlier != null) {
          throw new CodebookException(display + ":" + line + ": field \"" + f.name()
              + "\" is defined twice (also on line " + earlier + ")");
        }
        fields.add(f);
      }
    } catch (IOException | CsvParseException e) {
      throw new CodebookException(display + ": not a readable CSV (" + e.getMessage() + ")");
    }
    if (fields.isEmpty()) {
      throw new CodebookException(display + ": the data dictionary has no fields");
    }
    return new RedcapDictionary(display, fields);
  }

  private static Map<Col, Integer> header(String display, long line, CsvRecord rec)
      throws CodebookException {
    Map<Col, Integer> header = columns(rec.getFields());
    if (!isHeader(header)) {
      throw new CodebookException(display + ":" + line + ": not a REDCap data dictionary (the"
          + " header needs \"Variable / Field Name\", \"Form Name\" and \"Field Type\")");
    }
    return header;
  }

  /** Whether {@code cells} is the header of a data dictionary, as {@link #parse} reads it. */
  static boolean isHeader(List<String> cells) {
    return isHeader(columns(cells));
  }

  private static boolean isHeader(Map<Col, Integer> header) {
    return header.containsKey(Col.NAME) && header.containsKey(Col.FORM)
        && header.containsKey(Col.TYPE);
  }

  /** The standard columns found among {@code cells}, each at its first place. */
  private static Map<Col, Integer> columns(List<String> cells) {
    Map<Col, Integer> header = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      String key = Spelling.headerKey(cells.get(i));
      for (Col col : Col.values()) {
        for (String k : col.keys) {
          if (k.equals(key)) {
            header.putIfAbsent(col, i);
          }
        }
      }
    }
    return header;
  }

  private static RedcapField field(String display, long line, Map<Col, Integer> header,
      CsvRecord rec) throws CodebookException {
    String name = cell(header, rec, Col.NAME);
    String where = display + ":" + line + ": ";
    if (name.isEmpty()) {
      throw new CodebookException(where + "a field without a name");
    }
    where += name + ": ";
    RedcapField.Type type = RedcapField.Type.of(cell(header, rec, Col.TYPE));
    List<RedcapField.Choice> choices = switch (type) {
      case YESNO -> RedcapField.YES_NO;
      case TRUEFALSE -> RedcapField.TRUE_FALSE;
      case RADIO, DROPDOWN, CHECKBOX -> choices(where, cell(header, rec, Col.CHOICES));
      default -> List.of();
    };
    String validation = cell(header, rec, Col.VALIDATION);
    boolean numeric = isNumeric(validation);
    boolean comma = validation.strip().toLowerCase(Locale.ROOT).endsWith("comma_decimal");
    Double min = numeric ? bound(where, "Text Validation Min", cell(header, rec, Col.MIN), comma)
        : null;
    Double max = numeric ? bound(where, "Text Validation Max", cell(header, rec, Col.MAX), comma)
        : null;
    if (min != null && max != null && min > max) {
      throw new CodebookException(where + "Text Validation Min " + NumberText.format(min)
          + " is above Text Validation Max " + NumberText.format(max));
    }
    if (type == RedcapField.Type.CHECKBOX) {
      checkColumnsDiffer(where, name, choices);
    }
    return new RedcapField(name, cell(header, rec, Col.FORM), type, cell(header, rec, Col.LABEL),
        choices, validation, min, max, line);
  }

  /** Choices as REDCap writes them: {@code 1, On my side | 2, On my back}. */
  static List<RedcapField.Choice> choices(String where, String cell) throws CodebookException {
    List<RedcapField.Choice> list = new ArrayList<>();
    if (cell.isBlank()) {
      throw new CodebookException(where + "a coded field without choices");
    }
    for (String part : cell.split("\\|", -1)) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      int comma = p.indexOf(',');
      if (comma <= 0) {
        throw new CodebookException(where + "choice \"" + p + "\" is not \"code, label\"");
      }
      String code = p.substring(0, comma).strip();
      for (RedcapField.Choice c : list) {
        if (c.code().equals(code)) {
          throw new CodebookException(where + "choice code \"" + code + "\" is used twice");
        }
      }
      list.add(new RedcapField.Choice(code, p.substring(comma + 1).strip()));
    }
    return list;
  }

  /** REDCap's numeric validations: integer, number, number_1dp, number_comma_decimal, … */
  private static boolean isNumeric(String validation) {
    String v = validation.strip().toLowerCase(Locale.ROOT);
    return v.equals("int") || v.equals("integer") || v.equals("float") || v.startsWith("number");
  }

  /**
   * A numeric validation's bound: a plain number (with a decimal comma for the comma_decimal
   * validations), or null when there is none or it is piped from another field ({@code
   * [min_age]}) and so no fixed range. Anything else is refused rather than read as no bound.
   */
  private static Double bound(String where, String what, String cell, boolean comma)
      throws CodebookException {
    String s = cell.strip();
    if (s.isEmpty() || s.startsWith("[") && s.endsWith("]")) {
      return null;
    }
    Double value = NumberText.parseDecimal(comma ? s.replace(',', '.') : s);
    if (value == null) {
      throw new CodebookException(where + what + " \"" + s + "\" is not a number"
          + (!comma && s.indexOf(',') >= 0 ? " (a decimal comma is only for the comma_decimal"
              + " validations, and a number has no thousands separator)" : ""));
    }
    return value;
  }

  /** REDCap names a checkbox's columns by their codes; two codes must not give one name. */
  private static void checkColumnsDiffer(String where, String name,
      List<RedcapField.Choice> choices) throws CodebookException {
    RedcapField probe = new RedcapField(name, "", RedcapField.Type.CHECKBOX, "", choices, "",
        null, null, 0);
    Map<String, RedcapField.Choice> seen = new HashMap<>();
    for (RedcapField.Choice c : choices) {
      String column = probe.checkboxColumn(c);
      RedcapField.Choice earlier = seen.putIfAbsent(column, c);
      if (earlier != null) {
        throw new CodebookException(where + "choices \"" + earlier.code() + "\" and \""
            + c.code() + "\" would both be exported as column " + column);
      }
    }
  }

  private static String cell(Map<Col, Integer> header, CsvRecord rec, Col col) {
    Integer i = header.get(col);
    return i == null || i >= rec.getFieldCount() ? "" : rec.getField(i).strip();
  }
}
