package org.sleepstat.core.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.schema.Waves;
import org.sleepstat.core.survey.SurveyBuilder;

/**
 * Takes the records of a survey file one by one, whatever the file type (CSV lines, sheet rows),
 * each with its physical line: the first is the header; a Qualtrics export is recognised by its
 * third record, the ImportIds ({@code {"ImportId":"QID4"}}), and its second and third records
 * are then not data; every other record is a data row for the {@link RowAssembler}.
 */
final class RecordFeed {
  private static final Pattern IMPORT_ID =
      Pattern.compile("\\s*\\{\\s*\"ImportId\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\".*\\}\\s*",
          Pattern.DOTALL);

  private final String file;
  private final Codebook codebook;
  private final ColumnResolver resolver;
  private final CellReader cells;
  private final InvalidValues invalidValues;
  private final UnfinishedResponses unfinished;
  private final Waves waves;
  private final int expectedRows;

  private String[] header;
  private long headerLine;
  private String[] second;
  private long secondLine;
  private HeaderLayout layout;
  private RowAssembler rows;

  RecordFeed(String file, Codebook codebook, ColumnResolver resolver, CellReader cells,
      InvalidValues invalidValues, UnfinishedResponses unfinished, Waves waves,
      int expectedRows) {
    this.file = file;
    this.codebook = codebook;
    this.resolver = resolver;
    this.cells = cells;
    this.invalidValues = invalidValues;
    this.unfinished = unfinished;
    this.waves = waves;
    this.expectedRows = expectedRows;
  }

  /** Number of fields of the header, 0 before it was read. */
  int headerWidth() {
    return header == null ? 0 : header.length;
  }

  /** Takes the record starting on physical line {@code line}. */
  void accept(long line, Fields fields) throws SurveyFileException {
    if (rows != null) {
      rows.accept(line, fields);
    } else if (header == null) {
      header = fields.toArray().clone();
      headerLine = line;
    } else if (second == null) {
      second = fields.toArray().clone();
      secondLine = line;
    } else {
      List<String> importIds = importIds(fields.toArray());
      start(importIds);
      if (importIds == null) {
        rows.accept(secondLine, Fields.of(second));
        rows.accept(line, fields);
      }
      second = null;
    }
  }

  /**
   * The ImportIds of a Qualtrics export's third row, one per header column; null when the
   * record is not such a row (at least half of its non-blank cells must be ImportId JSON).
   */
  private List<String> importIds(String[] fields) {
    List<String> ids = new ArrayList<>(header.length);
    int cells = 0;
    int matched = 0;
    for (int i = 0; i < header.length; i++) {
      String f = i < fields.length ? fields[i] : "";
      String id = "";
      if (!f.isBlank()) {
        cells++;
        Matcher m = IMPORT_ID.matcher(f);
        if (m.matches()) {
          matched++;
          id = m.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
      }
      ids.add(id);
    }
    return matched > 0 && matched * 2 >= cells ? ids : null;
  }

  private void start(List<String> importIds) throws SurveyFileException {
    layout = resolver.resolve(file, headerLine, Arrays.asList(header), importIds, true);
    SurveyBuilder builder = new SurveyBuilder(codebook, layout.present, layout.extraNames,
        expectedRows);
    rows = layout.format == SurveyFormat.LONG
        ? new LongAssembler(file, layout, builder, cells, invalidValues, unfinished, waves)
        : new WideAssembler(layout, builder, cells, invalidValues, unfinished);
  }

  /**
   * After the last record: the layout and the rows read.
   *
   * @param nothing what to say when the file had no record at all
   */
  RowAssembler finish(String nothing) throws SurveyFileException {
    if (header == null) {
      throw new SurveyFileException(file, nothing);
    }
    if (rows == null) {
      start(null);
      if (second != null) {
        rows.accept(secondLine, Fields.of(second));
      }
    }
    if (rows.rows == 0) {
      throw new SurveyFileException(file, layout.platform == SourceFormat.Platform.QUALTRICS
          ? "no data rows (the export has only its three header rows)"
          : "no data rows (the file has only a header)");
    }
    return rows;
  }

  /** The layout, once {@link #finish} returned. */
  HeaderLayout layout() {
    return layout;
  }
}
