package org.sleepstat.core.schema;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A REDCap data dictionary: the fields of a project, with their forms, types, labels, coded
 * choices and validation ranges. It tells the import what the columns of a REDCap export are:
 * {@link #column(String)} finds the field behind a raw header ({@code sleep_pos}, {@code
 * props___1}) or a label header ({@code In which position…?}, {@code Which supports…? (choice=
 * Lumbar roll)}), and {@link #isFormStatus(String)} recognises the {@code <form>_complete}
 * columns. Read one with {@link #read(Path)}. Immutable.
 */
public final class RedcapDictionary {
  /** The raw export's event column in a longitudinal project. */
  public static final String EVENT_COLUMN = "redcap_event_name";
  /** The label export's header of the event column. */
  public static final String EVENT_LABEL = "Event Name";

  private static final Pattern CHOICE_HEADER = Pattern.compile("(?s)(.*)\\(choice=(.*)\\)\\s*");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  private final String name;
  private final List<RedcapField> fields;
  private final Map<String, RedcapField> byName = new HashMap<>();
  private final Map<String, ExportColumn> byCheckboxColumn = new HashMap<>();
  private final Map<String, List<RedcapField>> byLabel = new HashMap<>();
  private final List<String> forms;

  /**
   * A column of an export and the field behind it.
   *
   * @param field the field
   * @param choice for a checkbox column, the choice it stands for; else null
   */
  public record ExportColumn(RedcapField field, RedcapField.Choice choice) {
    public ExportColumn {
      Objects.requireNonNull(field, "field");
    }
  }

  /**
   * A dictionary of {@code fields}; field names must be unique. {@code name} names the
   * dictionary in messages (usually its file).
   */
  public RedcapDictionary(String name, List<RedcapField> fields) {
    this.name = Objects.requireNonNull(name, "name");
    this.fields = List.copyOf(fields);
    if (this.fields.isEmpty()) {
      throw new IllegalArgumentException("a data dictionary needs at least one field");
    }
    LinkedHashSet<String> formNames = new LinkedHashSet<>();
    for (RedcapField f : this.fields) {
      if (byName.putIfAbsent(f.name().toLowerCase(Locale.ROOT), f) != null) {
        throw new IllegalArgumentException("field \"" + f.name() + "\" is defined twice");
      }
      formNames.add(f.form());
      if (f.isCheckbox()) {
        for (RedcapField.Choice c : f.choices()) {
          byCheckboxColumn.put(f.checkboxColumn(c), new ExportColumn(f, c));
        }
      }
      byLabel.computeIfAbsent(labelKey(f.label()), k -> new ArrayList<>()).add(f);
    }
    this.forms = List.copyOf(formNames);
  }

  /** Reads a data dictionary file (REDCap's CSV download, or the API's field names). */
  public static RedcapDictionary read(Path path) throws CodebookException {
    return RedcapDictionaryReader.read(path);
  }

  /** Parses data dictionary text; {@code display} names it in messages. */
  public static RedcapDictionary parse(String display, String text) throws CodebookException {
    return RedcapDictionaryReader.parse(display, text);
  }

  /**
   * Whether a file's header is a data dictionary's, as {@link #read} finds its columns ("Variable
   * / Field Name", "Form Name" and "Field Type", or the API's names): a dictionary given where a
   * survey is expected.
   */
  public static boolean isDictionaryHeader(List<String> header) {
    return RedcapDictionaryReader.isHeader(header);
  }

  /** How messages name the dictionary. */
  public String name() {
    return name;
  }

  /** The fields in dictionary order. */
  public List<RedcapField> fields() {
    return fields;
  }

  /** The field with this name (case ignored). */
  public Optional<RedcapField> field(String fieldName) {
    return Optional.ofNullable(byName.get(fieldName.strip().toLowerCase(Locale.ROOT)));
  }

  /** The record id field: in REDCap, always the first field of the dictionary. */
  public RedcapField recordIdField() {
    return fields.get(0);
  }

  /** The forms (instruments), in dictionary order. */
  public List<String> forms() {
    return forms;
  }

  /**
   * The columns of a raw export of every field, in REDCap's order: the record id, the event
   * column when {@code longitudinal}, then each form's fields (a checkbox as one column per
   * choice) followed by its {@code <form>_complete} status column.
   */
  public List<String> exportColumns(boolean longitudinal) {
    List<String> columns = new ArrayList<>();
    RedcapField id = recordIdField();
    columns.add(id.name());
    if (longitudinal) {
      columns.add(EVENT_COLUMN);
    }
    for (String form : forms) {
      for (RedcapField f : fields) {
        if (f.form().equals(form) && f != id) {
          columns.addAll(f.columns());
        }
      }
      columns.add(statusColumn(form));
    }
    return columns;
  }

  /** The status column of a form: {@code <form>_complete}. */
  public static String statusColumn(String form) {
    return form + "_complete";
  }

  /**
   * The field behind an export's column header: a field name, a checkbox column {@code
   * <name>___<code>}, a field label (when no other field has the same label), or a checkbox's
   * label header {@code <label> (choice=<choice label>)}. Case is ignored.
   */
  public Optional<ExportColumn> column(String header) {
    String h = header.strip().toLowerCase(Locale.ROOT);
    RedcapField named = byName.get(h);
    if (named != null && !named.isCheckbox()) {
      return Optional.of(new ExportColumn(named, null));
    }
    ExportColumn box = byCheckboxColumn.get(h);
    if (box != null) {
      return Optional.of(box);
    }
    List<RedcapField> labelled = byLabel.get(labelKey(header));
    if (labelled != null && labelled.size() == 1 && !labelled.get(0).isCheckbox()
        && labelled.get(0).hasData()) {
      return Optional.of(new ExportColumn(labelled.get(0), null));
    }
    Matcher m = CHOICE_HEADER.matcher(header);
    if (m.matches()) {
      List<RedcapField> boxes = byLabel.get(labelKey(m.group(1)));
      if (boxes != null && boxes.size() == 1 && boxes.get(0).isCheckbox()) {
        Optional<RedcapField.Choice> c = boxes.get(0).choiceByLabel(m.group(2));
        if (c.isPresent()) {
          return Optional.of(new ExportColumn(boxes.get(0), c.get()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a header is a form status column: {@code <form>_complete} for a form of this
   * dictionary, or the label export's {@code Complete?}.
   */
  public boolean isFormStatus(String header) {
    String h = header.strip().toLowerCase(Locale.ROOT);
    for (String form : forms) {
      if (statusColumn(form).toLowerCase(Locale.ROOT).equals(h)) {
        return true;
      }
    }
    return labelKey(header).equals("complete?");
  }

  /** Whether a header is a label export's event column ("Event Name"). */
  public static boolean isEventLabel(String header) {
    return labelKey(header).equals(labelKey(EVENT_LABEL));
  }

  /** A label as a label export writes it in a header: without HTML tags, spaces collapsed. */
  static String labelKey(String label) {
    String s = TAG.matcher(label).replaceAll(" ");
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return name + " (" + fields.size() + " fields, " + forms.size() + " forms)";
  }
}
