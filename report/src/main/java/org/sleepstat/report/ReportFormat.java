package org.sleepstat.report;

import java.util.Locale;

/** The files a report can write into its folder; {@code report --formats} chooses among them. */
public enum ReportFormat {
  /** The workbook, {@code <input>-report.xlsx}. */
  XLSX,
  /** The slide deck, {@code <input>-slides.pptx}. */
  PPTX,
  /** The manuscript document, {@code <input>-report.docx}. */
  DOCX,
  /** The chart files in the charts folder, in the chart formats asked for. */
  CHARTS;

  /** The name on the command line, e.g. "xlsx". */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The format named {@code text} ("xlsx", " Charts ").
   *
   * @throws IllegalArgumentException for any other name
   */
  public static ReportFormat parse(String text) {
    String key = text.strip().toUpperCase(Locale.ROOT);
    for (ReportFormat f : values()) {
      if (f.name().equals(key)) {
        return f;
      }
    }
    StringBuilder names = new StringBuilder();
    for (ReportFormat f : values()) {
      names.append(names.length() == 0 ? "" : ", ").append(f.key());
    }
    throw new IllegalArgumentException("unknown format \"" + text.strip() + "\" (" + names + ")");
  }
}
