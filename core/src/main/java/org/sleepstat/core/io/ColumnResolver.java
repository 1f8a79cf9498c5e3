package org.sleepstat.core.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.schema.RedcapDictionary;
import org.sleepstat.core.schema.RedcapField;
import org.sleepstat.core.schema.Role;
import org.sleepstat.core.schema.Spelling;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.schema.VariableType;

/**
 * Decides what each column of a header is, in this order: the columns a {@link ColumnMap} names;
 * the wave column ({@code wave}, or REDCap's event column); REDCap form status columns; the other
 * columns by name (through the data dictionary's field, when the header is a label); the id of a
 * platform export that no column mapped (Qualtrics' ResponseId, REDCap's record id); and the rest
 * as extra columns.
 */
final class ColumnResolver {
  private static final int LISTED_COLUMNS = 15;
  /** How REDCap names a form status column: {@code <form>_complete}. */
  private static final String FORM_STATUS_SUFFIX = "_complete";
  /** REDCap's record id column, as {@link Spelling#headerKey} has it. */
  private static final String RECORD_ID = "recordid";

  private final Codebook codebook;
  private final ColumnMap map;
  private final RedcapDictionary dictionary;

  // the header being resolved
  private String file;
  private String[] headers;
  private List<String> importIds;
  private RedcapDictionary.ExportColumn[] export;
  private ColumnMapping.Kind[] kinds;
  private Variable[] variables;
  private Codebook.Outcome[] outcomes;
  private final Set<Variable> taken = new HashSet<>();
  private final List<ColumnMap.Entry> mappedOutcomes = new ArrayList<>();
  private int wave;

  ColumnResolver(Codebook codebook, ColumnMap map, RedcapDictionary dictionary) {
    this.codebook = codebook;
    this.map = map;
    this.dictionary = dictionary;
  }

  /**
   * The layout of {@code header}, which stands on physical line {@code line} of {@code file}.
   *
   * @param importIds a Qualtrics export's ImportIds, one per column; null for other files
   * @param checkRequired whether a required variable without a column is an error
   */
  HeaderLayout resolve(String file, long line, List<String> header, List<String> importIds,
      boolean checkRequired) throws SurveyFileException {
    this.file = file;
    this.importIds = importIds;
    if (RedcapDictionary.isDictionaryHeader(header)) {
      throw new SurveyFileException(file, line, 0, "this is a REDCap data dictionary, not a"
          + " survey export: pass it with --dictionary and give the export as FILE");
    }
    int width = header.size();
    headers = new String[width];
    kinds = new ColumnMapping.Kind[width];
    variables = new Variable[width];
    outcomes = new Codebook.Outcome[width];
    export = new RedcapDictionary.ExportColumn[width];
    taken.clear();
    mappedOutcomes.clear();
    wave = -1;
    for (int i = 0; i < width; i++) {
      String h = header.get(i).strip();
      headers[i] = h.isEmpty() ? "column_" + (i + 1) : h;
      export[i] = dictionary == null ? null : dictionary.column(headers[i]).orElse(null);
    }
    SourceFormat.Platform platform = platform();
    boolean[] status = statusColumns(platform);
    checkDuplicates(line, status);
    if (map != null) {
      for (ColumnMap.Entry e : map.entries()) {
        mapEntry(e);
      }
    }
    findWave(platform);
    for (int i = 0; i < width; i++) {
      if (kinds[i] == null && status[i]) {
        kinds[i] = ColumnMapping.Kind.FORM_STATUS;
      }
    }
    if (wave < 0 && !mappedOutcomes.isEmpty()) {
      ColumnMap.Entry e = mappedOutcomes.get(0);
      throw new SurveyFileException(map.name(), e.line(), 0, e.column() + " -> " + e.variable()
          + ": an outcome measured in each wave needs a long file with a wave column; map "
          + e.column() + " to " + e.variable() + "_pre or " + e.variable() + "_post instead");
    }
    matchByName();
    idFallback(platform);
    int finished = -1;
    for (int i = 0; i < width; i++) {
      if (kinds[i] == null) {
        kinds[i] = ColumnMapping.Kind.EXTRA;
        if (platform == SourceFormat.Platform.QUALTRICS && finished < 0
            && Spelling.headerKey(headers[i]).equals("finished")) {
          finished = i;
        }
      }
    }
    HeaderLayout layout = new HeaderLayout(platform, headers, kinds, variables, outcomes,
        decoders(), wave, finished);
    if (checkRequired) {
      checkRequired(layout, line);
    }
    return layout;
  }

  /**
   * A REDCap export without its dictionary is known by REDCap's own columns ({@code
   * redcap_event_name}, {@code redcap_repeat_instrument}, …) or, in a project without events, by
   * the record id first and a form status column after it.
   */
  private SourceFormat.Platform platform() {
    if (importIds != null) {
      return SourceFormat.Platform.QUALTRICS;
    }
    if (dictionary != null) {
      return SourceFormat.Platform.REDCAP;
    }
    boolean status = false;
    for (String h : headers) {
      if (Spelling.headerKey(h).startsWith("redcap")) {
        return SourceFormat.Platform.REDCAP;
      }
      status |= h.toLowerCase(Locale.ROOT).endsWith(FORM_STATUS_SUFFIX);
    }
    return status && Spelling.headerKey(headers[0]).equals(RECORD_ID)
        ? SourceFormat.Platform.REDCAP : SourceFormat.Platform.PLAIN;
  }

  /** REDCap's {@code <form>_complete} columns (any such column without a dictionary). */
  private boolean[] statusColumns(SourceFormat.Platform platform) {
    boolean[] status = new boolean[headers.length];
    if (platform == SourceFormat.Platform.REDCAP) {
      for (int i = 0; i < headers.length; i++) {
        status[i] = export[i] == null && (dictionary != null ? dictionary.isFormStatus(headers[i])
            : headers[i].toLowerCase(Locale.ROOT).endsWith(FORM_STATUS_SUFFIX));
      }
    }
    return status;
  }

  /** Duplicate names are an error, except a label export's repeated "Complete?" columns. */
  private void checkDuplicates(long line, boolean[] status) throws SurveyFileException {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < headers.length; i++) {
      Integer earlier = seen.putIfAbsent(Spelling.headerKey(headers[i]), i);
      if (earlier != null && !(status[i] && status[earlier])) {
        throw new SurveyFileException(file, line, i + 1, "duplicate column name \"" + headers[i]
            + "\" (same as column " + (earlier + 1) + " \"" + headers[earlier] + "\")");
      }
    }
  }

  private void mapEntry(ColumnMap.Entry e) throws SurveyFileException {
    int c = column(e.column());
    if (c < 0) {
      throw new SurveyFileException(map.name(), e.line(), 0, "column \"" + e.column()
          + "\" is not in " + file + " (its columns: " + listed() + ")");
    }
    if (kinds[c] != null) {
      throw new SurveyFileException(map.name(), e.line(), 0, "column \"" + headers[c]
          + "\" is mapped twice");
    }
    String target = e.variable();
    if (Spelling.headerKey(target).equals(HeaderLayout.WAVE)) {
      if (wave >= 0) {
        throw twice(e, headers[wave]);
      }
      wave = c;
      kinds[c] = ColumnMapping.Kind.WAVE;
      return;
    }
    Variable v = codebook.variable(target).or(() -> codebook.forHeader(target)).orElse(null);
    if (v != null) {
      String clash = clash(v);
      if (clash != null) {
        throw twice(e, clash);
      }
      assign(c, v);
      return;
    }
    Codebook.Outcome o = outcome(target);
    if (o == null) {
      throw new SurveyFileException(map.name(), e.line(), 0, "\"" + target + "\" is not a"
          + " variable of the codebook " + codebook.name() + " v" + codebook.version()
          + " (nor an outcome measured in each wave, nor wave)");
    }
    String clash = clash(o);
    if (clash != null) {
      throw twice(e, clash);
    }
    assign(c, o);
    mappedOutcomes.add(e);
  }

  private SurveyFileException twice(ColumnMap.Entry e, String other) {
    return new SurveyFileException(map.name(), e.line(), 0, "\"" + e.variable() + "\" is mapped"
        + " from two columns, " + other + " and " + e.column());
  }

  /** The column a map names: a header, a Qualtrics ImportId, or a REDCap field's column. */
  private int column(String name) {
    String key = Spelling.headerKey(name);
    for (int i = 0; i < headers.length; i++) {
      if (Spelling.headerKey(headers[i]).equals(key)) {
        return i;
      }
    }
    if (importIds != null) {
      for (int i = 0; i < headers.length && i < importIds.size(); i++) {
        String id = importIds.get(i);
        String bare = id.toUpperCase(Locale.ROOT).endsWith("_TEXT")
            ? id.substring(0, id.length() - "_TEXT".length()) : id;
        if (!id.isEmpty() && (id.equalsIgnoreCase(name.strip())
            || bare.equalsIgnoreCase(name.strip()))) {
          return i;
        }
      }
    }
    if (dictionary != null) {
      if (key.equals(Spelling.headerKey(RedcapDictionary.EVENT_COLUMN))) {
        for (int i = 0; i < headers.length; i++) {
          if (RedcapDictionary.isEventLabel(headers[i])) {
            return i; // a label export's "Event Name"
          }
        }
      }
      Optional<RedcapDictionary.ExportColumn> field = dictionary.column(name);
      if (field.isPresent()) {
        for (int i = 0; i < headers.length; i++) {
          if (field.get().equals(export[i])) {
            return i;
          }
        }
      }
    }
    return -1;
  }

  private void findWave(SourceFormat.Platform platform) {
    for (int pass = 0; pass < 2 && wave < 0; pass++) {
      for (int i = 0; i < headers.length && wave < 0; i++) {
        String key = Spelling.headerKey(headers[i]);
        boolean event = platform == SourceFormat.Platform.REDCAP
            && (key.equals("redcapeventname")
                || dictionary != null && RedcapDictionary.isEventLabel(headers[i]));
        if (kinds[i] == null && (pass == 0 ? key.equals(HeaderLayout.WAVE) : event)) {
          wave = i;
          kinds[i] = ColumnMapping.Kind.WAVE;
        }
      }
    }
  }

  /** Columns nobody mapped: by name (a REDCap column by its field's name), first come first. */
  private void matchByName() {
    for (int i = 0; i < headers.length; i++) {
      if (kinds[i] != null) {
        continue;
      }
      String header = headers[i];
      String name = export[i] == null ? header : export[i].choice() == null
          ? export[i].field().name() : export[i].field().checkboxColumn(export[i].choice());
      Variable v = codebook.forHeader(name).or(() -> codebook.forHeader(header)).orElse(null);
      if (v != null && clash(v) == null) {
        assign(i, v);
        continue;
      }
      Codebook.Outcome o = wave >= 0 ? outcome(name) : null;
      if (o != null && clash(o) == null) {
        assign(i, o);
      }
    }
  }

  /** A platform export whose id no column took: Qualtrics' ResponseId, REDCap's record id. */
  private void idFallback(SourceFormat.Platform platform) {
    if (taken.contains(codebook.idVariable())) {
      return;
    }
    for (int i = 0; i < headers.length; i++) {
      boolean id = switch (platform) {
        case QUALTRICS -> Spelling.headerKey(headers[i]).equals("responseid");
        case REDCAP -> dictionary != null ? export[i] != null
            && export[i].field().equals(dictionary.recordIdField()) : i == 0;
        case PLAIN -> false;
      };
      if (id && kinds[i] == null) {
        assign(i, codebook.idVariable());
        return;
      }
    }
  }

  private void assign(int c, Variable v) {
    kinds[c] = ColumnMapping.Kind.VARIABLE;
    variables[c] = v;
    taken.add(v);
  }

  private void assign(int c, Codebook.Outcome o) {
    kinds[c] = ColumnMapping.Kind.OUTCOME;
    outcomes[c] = o;
  }

  /** The column already holding {@code v} (or its outcome, in each wave), else null. */
  private String clash(Variable v) {
    for (int i = 0; i < headers.length; i++) {
      if (v.equals(variables[i])
          || v.role() != Role.RESPONDENT && outcomes[i] != null
              && outcomes[i].name().equals(v.outcome())) {
        return headers[i];
      }
    }
    return null;
  }

  /** The column already holding {@code o}, or its _pre or _post variable, else null. */
  private String clash(Codebook.Outcome o) {
    for (int i = 0; i < headers.length; i++) {
      if (outcomes[i] != null && outcomes[i].name().equals(o.name())
          || variables[i] != null && (variables[i].equals(o.pre())
              || variables[i].equals(o.post()))) {
        return headers[i];
      }
    }
    return null;
  }

  private Codebook.Outcome outcome(String name) {
    String key = Spelling.headerKey(name);
    for (Codebook.Outcome o : codebook.outcomes()) {
      if (Spelling.headerKey(o.name()).equals(key)) {
        return o;
      }
    }
    return null;
  }

  /** A label export (headers are field labels) reads a value that is a label as the label. */
  private DictionaryColumn[] decoders() {
    DictionaryColumn[] decoders = new DictionaryColumn[headers.length];
    boolean labelHeaders = false;
    for (int i = 0; i < headers.length; i++) {
      RedcapDictionary.ExportColumn e = export[i];
      if (e != null) {
        String raw = e.choice() == null ? e.field().name() : e.field().checkboxColumn(e.choice());
        labelHeaders |= !raw.equalsIgnoreCase(headers[i]);
      }
    }
    for (int i = 0; i < headers.length; i++) {
      if (export[i] == null) {
        continue;
      }
      RedcapField f = export[i].field();
      Variable v = kinds[i] == ColumnMapping.Kind.VARIABLE ? variables[i]
          : kinds[i] == ColumnMapping.Kind.OUTCOME
              ? (outcomes[i].pre() != null ? outcomes[i].pre() : outcomes[i].post()) : null;
      if (v != null && v.type() != VariableType.ID) {
        decoders[i] = DictionaryColumn.of(f, export[i].choice(), v, labelHeaders);
      }
    }
    return decoders;
  }

  private void checkRequired(HeaderLayout layout, long line) throws SurveyFileException {
    List<String> missing = new ArrayList<>();
    for (Variable v : codebook.variables()) {
      if ((v.required() || v.type() == VariableType.ID) && !layout.present.contains(v)) {
        missing.add(v.name());
      }
    }
    if (!missing.isEmpty()) {
      throw new SurveyFileException(file, line, 0, (missing.size() == 1
          ? "required column \"" + missing.get(0) + "\" is missing"
          : "required columns \"" + String.join("\", \"", missing) + "\" are missing")
          + " (the header has: " + String.join(", ", headers) + ")"
          + (layout.platform == SourceFormat.Platform.PLAIN ? ""
              : "; a column map can name the column that holds it")
          + (layout.platform != SourceFormat.Platform.REDCAP || dictionary != null ? ""
              : ", and a REDCap export is read with its data dictionary (--dictionary"
                  + " DICTIONARY.csv)"));
    }
  }

  private String listed() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < headers.length && i < LISTED_COLUMNS; i++) {
      names.add(headers[i]);
    }
    return String.join(", ", names) + (headers.length > LISTED_COLUMNS ? ", …" : "");
  }
}
