package org.sleepstat.core.io;

import java.util.List;
import org.sleepstat.core.survey.Survey;

/**
 * Everything an import found: how the file was read, every row's fate, every problem, and the
 * accepted respondents. {@code rows == accepted + rejected} always.
 *
 * @param file the file as named in messages
 * @param sha256 hex SHA-256 of the file's bytes
 * @param sizeBytes file size
 * @param format wide or long
 * @param encoding how the bytes were decoded
 * @param delimiter the field delimiter ({@code '\0'} for an xlsx sheet, which has none)
 * @param decimalComma whether numbers used a decimal comma
 * @param rows data rows read (header not counted; blank lines skipped)
 * @param accepted rows accepted
 * @param rejected rows rejected
 * @param columns every column of the header and what it maps to
 * @param problems every problem, in file order
 * @param rejectedRows every rejected row with its problems, in file order
 * @param survey the accepted respondents
 * @param source the kind of file: CSV or xlsx sheet, plain schema, REDCap or Qualtrics export
 */
public record ImportResult(
    String file,
    String sha256,
    long sizeBytes,
    SurveyFormat format,
    Encoding encoding,
    char delimiter,
    boolean decimalComma,
    long rows,
    long accepted,
    long rejected,
    List<ColumnMapping> columns,
    List<Problem> problems,
    List<RejectedRow> rejectedRows,
    Survey survey,
    SourceFormat source) {

  public ImportResult {
    java.util.Objects.requireNonNull(source, "source");
    columns = List.copyOf(columns);
    problems = List.copyOf(problems);
    rejectedRows = List.copyOf(rejectedRows);
    if (rows != accepted + rejected) {
      throw new IllegalStateException(
          "row accounting broken: " + rows + " rows, " + accepted + " accepted, " + rejected
              + " rejected");
    }
  }

  /** A result read from a plain CSV file. */
  public ImportResult(String file, String sha256, long sizeBytes, SurveyFormat format,
      Encoding encoding, char delimiter, boolean decimalComma, long rows, long accepted,
      long rejected, List<ColumnMapping> columns, List<Problem> problems,
      List<RejectedRow> rejectedRows, Survey survey) {
    this(file, sha256, sizeBytes, format, encoding, delimiter, decimalComma, rows, accepted,
        rejected, columns, problems, rejectedRows, survey, SourceFormat.PLAIN_CSV);
  }

  /**
   * The format's name as the JSON contract has it: "redcap" or "qualtrics" for a platform
   * export, else the layout, "wide" or "long".
   */
  public String formatLabel() {
    return source.platform() == SourceFormat.Platform.PLAIN ? format.label()
        : source.platform().label();
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
