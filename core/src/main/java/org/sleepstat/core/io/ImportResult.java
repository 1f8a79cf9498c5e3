package org.sleepstat.core.io;

import java.util.List;
import java.util.Objects;
import org.sleepstat.core.survey.Survey;

/**
 * Everything an import found: how the file was read, every row's fate, every problem, and the
 * accepted respondents.
 *
 * @param file the file as named in messages
 * @param provenance what the file was and how it was read
 * @param counts the data rows read, accepted and rejected
 * @param columns every column of the header and what it maps to
 * @param problems every problem, in file order
 * @param rejectedRows every rejected row with its problems, in file order
 * @param survey the accepted respondents
 */
public record ImportResult(
    String file,
    Provenance provenance,
    RowCounts counts,
    List<ColumnMapping> columns,
    List<Problem> problems,
    List<RejectedRow> rejectedRows,
    Survey survey) {

  /** Checks that nothing is null and copies the lists. */
  public ImportResult {
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(counts, "counts");
    columns = List.copyOf(columns);
    problems = List.copyOf(problems);
    rejectedRows = List.copyOf(rejectedRows);
  }

  /** Headers of the REDCap form status columns, kept out of the data, in file order. */
  public List<String> formStatusColumns() {
    return columns.stream().filter(c -> c.kind() == ColumnMapping.Kind.FORM_STATUS)
        .map(ColumnMapping::header).toList();
  }

  /** Headers of the columns no codebook variable matched, in file order. */
  public List<String> extraColumns() {
    return columns.stream().filter(ColumnMapping::isExtra).map(ColumnMapping::header).toList();
  }

  /**
   * What the file was and how its bytes were read.
   *
   * @param sha256 hex SHA-256 of the file's bytes
   * @param sizeBytes file size
   * @param format wide or long
   * @param source the kind of file: CSV or xlsx sheet, plain schema, REDCap or Qualtrics export
   * @param encoding how the bytes were decoded
   * @param delimiter the field delimiter ({@code '\0'} for an xlsx sheet, which has none)
   * @param decimalComma whether numbers used a decimal comma
   */
  public record Provenance(
      String sha256,
      long sizeBytes,
      SurveyFormat format,
      SourceFormat source,
      Encoding encoding,
      char delimiter,
      boolean decimalComma) {

    /** Checks that the source is given. */
    public Provenance {
      Objects.requireNonNull(source, "source");
    }

    /**
     * The format's name as the JSON contract has it: "redcap" or "qualtrics" for a platform
     * export, else the layout, "wide" or "long".
     */
    public String formatLabel() {
      return source.platform() == SourceFormat.Platform.PLAIN ? format.label()
          : source.platform().label();
    }

    /** The delimiter's name: "comma", "semicolon", "tab", "pipe"; "none (xlsx)" for a sheet. */
    public String delimiterName() {
      return switch (delimiter) {
        case ',' -> "comma";
        case ';' -> "semicolon";
        case '\t' -> "tab";
        case '|' -> "pipe";
        case '\0' -> "none (xlsx)";
        default -> String.valueOf(delimiter);
      };
    }
  }

  /**
   * Every data row's fate; {@code rows == accepted + rejected} always.
   *
   * @param rows data rows read (header not counted; blank lines skipped)
   * @param accepted rows accepted
   * @param rejected rows rejected
   */
  public record RowCounts(long rows, long accepted, long rejected) {

    /** Checks that every row is accepted or rejected. */
    public RowCounts {
      if (rows != accepted + rejected) {
        throw new IllegalStateException(
            "row accounting broken: " + rows + " rows, " + accepted + " accepted, " + rejected
                + " rejected");
      }
    }
  }
}
