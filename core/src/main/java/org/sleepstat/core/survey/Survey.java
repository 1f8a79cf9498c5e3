package org.sleepstat.core.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sleepstat.core.schema.Codebook;
import tech.tablesaw.api.Table;

/**
 * The accepted respondents of a survey, one row each, in wide form, with a typed column for every
 * codebook variable the file had (in codebook order) and a text column for every extra column (in
 * file order). Immutable; built by an importer through {@link SurveyBuilder}.
 */
public final class Survey {
  private final Codebook codebook;
  private final TextColumn ids;
  private final List<Column> columns;
  private final Map<String, Column> byName;
  private final int[] lines;
  private final RepeatedMeasures repeated;

  Survey(Codebook codebook, List<Column> columns, int[] lines, RepeatedMeasures repeated) {
    this.codebook = codebook;
    this.repeated = repeated;
    this.columns = List.copyOf(columns);
    Map<String, Column> map = new LinkedHashMap<>();
    for (Column c : this.columns) {
      map.put(c.name(), c);
    }
    this.byName = map;
    this.ids = (TextColumn) map.get(codebook.idVariable().name());
    this.lines = lines;
  }

  /** The codebook the survey was read with. */
  public Codebook codebook() {
    return codebook;
  }

  /** Number of accepted respondents. */
  public int size() {
    return lines.length;
  }

  /** Respondent ids, in file order. */
  public TextColumn ids() {
    return ids;
  }

  /** Every column: the id, the codebook variables present, then the extra columns. */
  public List<Column> columns() {
    return columns;
  }

  /** The column with this name. */
  public Optional<Column> column(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** Whether the survey has a column for this variable. */
  public boolean has(String name) {
    return byName.containsKey(name);
  }

  /** The numeric column of an integer or decimal variable. */
  public Optional<NumberColumn> numbers(String name) {
    return column(name).filter(NumberColumn.class::isInstance).map(NumberColumn.class::cast);
  }

  /** The level column of a category, ordinal or boolean variable. */
  public Optional<LevelColumn> levels(String name) {
    return column(name).filter(LevelColumn.class::isInstance).map(LevelColumn.class::cast);
  }

  /** Columns whose header matched no codebook variable, kept as text. */
  public List<TextColumn> extraColumns() {
    List<TextColumn> extra = new ArrayList<>();
    for (Column c : columns) {
      if (c.variable().isEmpty()) {
        extra.add((TextColumn) c);
      }
    }
    return extra;
  }

  /**
   * The physical line of the file where respondent {@code row} starts (its first wave's row in a
   * long file).
   */
  public int sourceLine(int row) {
    return lines[row];
  }

  /**
   * The outcomes wave by wave, when the file is long and has three or more waves; the wide
   * {@code _pre} and {@code _post} columns then hold the first wave and the primary follow-up.
   */
  public Optional<RepeatedMeasures> repeated() {
    return Optional.ofNullable(repeated);
  }

  /** Whether the survey has both waves of at least one outcome. */
  public boolean hasPairedOutcomes() {
    return codebook.outcomes().stream()
        .anyMatch(o -> o.pre() != null && o.post() != null && has(o.pre().name())
            && has(o.post().name()));
  }

  /**
   * The survey as a Tablesaw table, for library users: integers as {@code IntColumn}, decimals as
   * {@code DoubleColumn}, booleans as {@code BooleanColumn}, categories and text as {@code
   * StringColumn} (missing as Tablesaw's missing value).
   */
  public Table toTable() {
    // in a class of its own: linking Survey never loads Tablesaw, which the command-line jar
    // leaves out (cli/pom.xml)
    return SurveyTable.of(codebook.name(), columns);
  }
}
