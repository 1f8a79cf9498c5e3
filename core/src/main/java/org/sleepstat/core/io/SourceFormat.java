package org.sleepstat.core.io;

import java.util.Locale;
import java.util.Objects;

/**
 * What kind of file a survey came from: a CSV or an Excel sheet, written in the plain schema or
 * exported by REDCap or Qualtrics.
 *
 * @param container the file type
 * @param sheet the sheet read, for a workbook; else null
 * @param platform who wrote the file
 */
public record SourceFormat(Container container, String sheet, Platform platform) {
  /** The file type. */
  public enum Container {
    /** Delimited text. */
    CSV,
    /** An Excel workbook (Office Open XML). */
    XLSX
  }

  /** Who wrote the file. */
  public enum Platform {
    /** The plain schema (wide or long). */
    PLAIN,
    /** A REDCap export (record id, event column, form status columns, coded values). */
    REDCAP,
    /** A Qualtrics export (question texts and ImportIds in rows 2 and 3). */
    QUALTRICS;

    /** "plain", "redcap", "qualtrics". */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A plain CSV file. */
  public static final SourceFormat PLAIN_CSV = new SourceFormat(Container.CSV, null,
      Platform.PLAIN);

  public SourceFormat {
    Objects.requireNonNull(container, "container");
    Objects.requireNonNull(platform, "platform");
  }

  /** In words: "CSV", "xlsx workbook, sheet \"Data\"", "REDCap export (CSV)", … */
  public String describe() {
    String file = container == Container.CSV ? "CSV"
        : "xlsx workbook, sheet \"" + sheet + "\"";
    return switch (platform) {
      case PLAIN -> file;
      case REDCAP -> "REDCap export (" + file + ")";
      case QUALTRICS -> "Qualtrics export (" + file + ")";
    };
  }
}
