package org.sleepstat.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How a report is written: the name its files take, the chart formats and resolution, the date
 * stamped into the workbook's document properties, and the options to record on the About sheet.
 * The date is fixed (not the clock) so that the same input and options give the same bytes.
 *
 * @param inputName the input's file name without its extension, e.g. "sample-survey"; the workbook
 *     is {@code <inputName>-report.xlsx}
 * @param chartFormats the chart files to write (the workbook always embeds PNGs)
 * @param dpi resolution of the PNG files: XChart's scale is dpi / 72, so 144 is 2x
 * @param documentDate the workbook's created and modified date
 * @param version the sleepstat version, for the About sheet
 * @param optionsUsed the options as given, in words, for the About sheet, e.g. "--lenient: no"
 * @param formats the files to write (at least one)
 */
public record ReportOptions(
    String inputName,
    Set<ChartFormat> chartFormats,
    int dpi,
    Instant documentDate,
    String version,
    List<String> optionsUsed,
    Set<ReportFormat> formats) {

  /** 2x XChart's 72 dpi base: 1600 x 900 charts become 3200 x 1800 pixels. */
  public static final int DEFAULT_DPI = 144;

  /**
   * The document date when the environment gives none: the start of the ZIP epoch, the usual
   * stand-in for "no date" in reproducible builds.
   */
  public static final Instant NO_DATE = Instant.parse("1980-01-01T00:00:00Z");

  /** Checks the fields and copies the collections. */
  public ReportOptions {
    Objects.requireNonNull(inputName, "inputName");
    EnumSet<ChartFormat> charts = EnumSet.noneOf(ChartFormat.class);
    charts.addAll(chartFormats);
    chartFormats = Collections.unmodifiableSet(charts);
    Objects.requireNonNull(documentDate, "documentDate");
    Objects.requireNonNull(version, "version");
    optionsUsed = List.copyOf(optionsUsed);
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("a report writes at least one format");
    }
    EnumSet<ReportFormat> files = EnumSet.noneOf(ReportFormat.class);
    files.addAll(formats);
    formats = Collections.unmodifiableSet(files);
    if (dpi < 36 || dpi > 1200) {
      throw new IllegalArgumentException("dpi " + dpi + " is outside 36..1200");
    }
  }

  /** Options that write every format. */
  public ReportOptions(String inputName, Set<ChartFormat> chartFormats, int dpi,
      Instant documentDate, String version, List<String> optionsUsed) {
    this(inputName, chartFormats, dpi, documentDate, version, optionsUsed,
        EnumSet.allOf(ReportFormat.class));
  }

  /** A copy that writes {@code chosen} only. */
  public ReportOptions withFormats(Set<ReportFormat> chosen) {
    return new ReportOptions(inputName, chartFormats, dpi, documentDate, version, optionsUsed,
        chosen);
  }

  /**
   * The options of {@code sleepstat report} without any given: PNG and SVG charts at
   * {@link #DEFAULT_DPI}, the fixed {@link #NO_DATE}, the version "library" on the About sheet.
   */
  public static ReportOptions defaults(String inputName) {
    return new ReportOptions(inputName, EnumSet.of(ChartFormat.PNG, ChartFormat.SVG),
        DEFAULT_DPI, NO_DATE, "library", List.of());
  }

  /** The workbook's file name. */
  public String workbookName() {
    return inputName + "-report.xlsx";
  }

  /** The slide deck's file name. */
  public String slidesName() {
    return inputName + "-slides.pptx";
  }

  /** The manuscript document's file name. */
  public String documentName() {
    return inputName + "-report.docx";
  }

  /** The names of the files the formats write (beside the charts folder), in a fixed order. */
  public List<String> fileNames() {
    List<String> names = new ArrayList<>();
    if (formats.contains(ReportFormat.XLSX)) {
      names.add(workbookName());
    }
    if (formats.contains(ReportFormat.PPTX)) {
      names.add(slidesName());
    }
    if (formats.contains(ReportFormat.DOCX)) {
      names.add(documentName());
    }
    return names;
  }

  /**
   * The document date for reproducible output: {@code SOURCE_DATE_EPOCH} (seconds since 1970, the
   * reproducible-builds convention) when set to a number, otherwise {@link #NO_DATE}.
   */
  public static Instant documentDate(String sourceDateEpoch) {
    if (sourceDateEpoch != null && sourceDateEpoch.strip().matches("\\d{1,12}")) {
      return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip()));
    }
    return NO_DATE;
  }
}
