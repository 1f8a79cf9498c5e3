package org.sleepstat.report.slides;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFGraphicFrame;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sleepstat.analysis.PairedResult;
import org.sleepstat.report.Headline;
import org.sleepstat.report.Headlines;
import org.sleepstat.report.Methods;
import org.sleepstat.report.PairedSample;
import org.sleepstat.report.Report;
import org.sleepstat.report.Reports;
import org.sleepstat.report.charts.Palette;

class SlideDeckTest {
  private static final Report SAMPLE = Reports.sample();
  private static final byte[] BYTES = write(SAMPLE);
  private final XMLSlideShow deck = read(BYTES);
  private final List<Headline> headlines = Headlines.of(SAMPLE);

  @Test
  void aTitleSlideThenOneSlidePerHeadlineThenTheMethods() {
    List<XSLFSlide> slides = deck.getSlides();
    assertThat(slides).hasSize(headlines.size() + 2);
    for (int i = 0; i < headlines.size(); i++) {
      XSLFSlide slide = slides.get(i + 1);
      assertThat(slide.getTitle()).isEqualTo(headlines.get(i).topic());
      assertThat(text(slide)).contains(headlines.get(i).sentence());
    }
    assertThat(slides.get(slides.size() - 1).getTitle()).startsWith("Methods");
  }

  @Test
  void theDeckIsWidescreen() {
    // 13.333 x 7.5 inches: 960 x 540 points
    assertThat(deck.getPageSize().getWidth()).isEqualTo(960);
    assertThat(deck.getPageSize().getHeight()).isEqualTo(540);
  }

  @Test
  void theTitleSlideNamesTheStudyTheRespondentsTheFileAndTheDate() {
    XSLFSlide title = deck.getSlides().get(0);
    assertThat(text(title)).startsWith(SAMPLE.design().title() + "\n")
        .contains("395 accepted respondents of 400 rows read").contains("sample-survey.csv")
        .contains("1 May 2024");
  }

  @Test
  void everyFindingWithEstimateAndIntervalHasANativeChartWithErrorBarsOnEachSeries() {
    // the change, responders and changed-vs-not slides of 3 outcomes, 3 by position, 3 by age
    List<Integer> charted = new ArrayList<>();
    for (int i = 0; i < headlines.size(); i++) {
      XSLFSlide slide = deck.getSlides().get(i + 1);
      List<XSLFChart> charts = charts(slide);
      if (charts.isEmpty()) {
        continue;
      }
      charted.add(i);
      assertThat(charts).hasSize(1);
      String xml = charts.get(0).getCTChartSpace().xmlText();
      int series = count(xml, "<c:ser>");
      assertThat(series).as(headlines.get(i).topic()).isPositive();
      assertThat(count(xml, "<c:errBars>")).as(headlines.get(i).topic()).isEqualTo(series);
      assertThat(xml).contains("<c:errValType val=\"cust\"/>");
    }
    assertThat(charted).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
  }

  @Test
  void theChangeChartShowsTheMeansBeforeAndAfterWithTheirIntervalsInThePaletteColours() {
    PairedSample pairs = SAMPLE.paired().get(0);
    String xml = charts(deck.getSlides().get(2)).get(0).getCTChartSpace().xmlText();
    List<Double> values = cached(xml, "val");
    assertThat(values).containsExactly(pairs.before().mean().getAsDouble(),
        pairs.after().mean().getAsDouble());
    assertThat(cached(xml, "plus")).containsExactly(pairs.before().plus().getAsDouble(),
        pairs.after().plus().getAsDouble());
    assertThat(cached(xml, "minus")).containsExactly(pairs.before().minus().getAsDouble(),
        pairs.after().minus().getAsDouble());
    assertThat(xml).contains(hex(Palette.BEFORE)).contains(hex(Palette.AFTER));
  }

  @Test
  void theFirstFindingComparesTheArmsAdjustedForTheCovariatesBesideTheSimplerComparisons() {
    var arms = SAMPLE.analysis().armComparison().get(0);
    String xml = charts(deck.getSlides().get(1)).get(0).getCTChartSpace().xmlText();
    assertThat(cached(xml, "val")).containsExactly(
        arms.adjusted().difference().value().getAsDouble(),
        arms.ancova().difference().value().getAsDouble(),
        arms.welch().difference().value().getAsDouble());
  }

  @Test
  void theChartsDataCanBeEditedInItsEmbeddedWorkbookDatedAsTheReport() throws Exception {
    PairedSample pairs = SAMPLE.paired().get(0);
    XSSFWorkbook book = charts(deck.getSlides().get(2)).get(0).getWorkbook();
    XSSFSheet data = book.getSheetAt(0);
    assertThat(data.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Before");
    assertThat(data.getRow(1).getCell(1).getNumericCellValue())
        .isEqualTo(pairs.before().mean().getAsDouble());
    assertThat(data.getRow(2).getCell(3).getNumericCellValue())
        .isEqualTo(pairs.after().plus().getAsDouble());
    assertThat(book.getProperties().getCoreProperties().getCreated())
        .isEqualTo(Date.from(Reports.DATE));
  }

  @Test
  void theResponderChartShowsBothRulesWithTheirWilsonIntervals() {
    PairedResult p = SAMPLE.analysis().paired().get(0);
    String xml = charts(deck.getSlides().get(3)).get(0).getCTChartSpace().xmlText();
    double rate = p.absolute().rate().value().getAsDouble();
    double relative = p.relative().rate().value().getAsDouble();
    assertThat(cached(xml, "val")).containsExactly(rate, relative);
    assertThat(cached(xml, "plus").get(0))
        .isEqualTo(p.absolute().rate().ciHigh().getAsDouble() - rate);
    assertThat(cached(xml, "minus").get(1))
        .isEqualTo(relative - p.relative().rate().ciLow().getAsDouble());
    assertThat(xml).contains(hex(Palette.RESPONDERS));
  }

  @Test
  void theCategoricalFindingsAreTablesOfTheirCounts() {
    int first = headlines.size() - 4;
    XSLFSlide slide = deck.getSlides().get(first + 1);
    assertThat(charts(slide)).isEmpty();
    XSLFTable table = slide.getShapes().stream().filter(XSLFTable.class::isInstance)
        .map(XSLFTable.class::cast).findFirst().orElseThrow();
    var counts = SAMPLE.analysis().categorical().get(0).table();
    assertThat(table.getNumberOfRows()).isEqualTo(counts.rows() + 1);
    assertThat(table.getCell(1, 1).getText())
        .isEqualTo(String.valueOf(counts.count(0, 0)));
  }

  @Test
  void speakerNotesGiveTheExactNumbersAndTheRCall() {
    for (int i = 0; i < headlines.size(); i++) {
      Headline h = headlines.get(i);
      String notes = notes(deck.getSlides().get(i + 1));
      if (h.estimate().isDefined()) {
        assertThat(notes).as(h.topic()).contains(Double.toString(h.estimate().getAsDouble()));
      }
      if (h.p().isDefined()) {
        assertThat(notes).as(h.topic()).contains("p = " + h.p().getAsDouble());
      }
      if (h.ciLow().isDefined()) {
        assertThat(notes).as(h.topic()).contains(Double.toString(h.ciLow().getAsDouble()))
            .contains(Double.toString(h.ciHigh().getAsDouble()));
      }
    }
    // and no date but the report's: POI's notes template brings one of its own
    assertThat(notes(deck.getSlides().get(2))).doesNotContain("2013")
        .contains(Methods.PAIRED_T.r())
        .contains(Methods.MEAN_CI.r());
    assertThat(notes(deck.getSlides().get(1))).contains(Methods.ADJUSTED.r())
        .contains(Methods.ANCOVA.r());
  }

  @Test
  void theMethodsSlideNamesTheTestsBehindTheFindingsWithTheirRCalls() {
    XSLFSlide methods = deck.getSlides().get(deck.getSlides().size() - 1);
    assertThat(text(methods)).contains(Methods.PAIRED_T.r()).contains(Methods.WELCH_ANOVA.r())
        .contains(Methods.FISHER.r()).contains("About sheet");
  }

  @Test
  void theDocumentDateIsTheReportsFixedDate() {
    var core = deck.getProperties().getCoreProperties();
    assertThat(core.getCreated()).isEqualTo(Date.from(Reports.DATE));
    assertThat(core.getModified()).isEqualTo(Date.from(Reports.DATE));
  }

  @Test
  void theSameReportGivesTheSameBytesInAnyTimeZoneAndLocale() {
    TimeZone zone = TimeZone.getDefault();
    Locale locale = Locale.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      Locale.setDefault(Locale.GERMANY);
      assertThat(Arrays.equals(write(SAMPLE), BYTES)).as("the same bytes").isTrue();
    } finally {
      TimeZone.setDefault(zone);
      Locale.setDefault(locale);
    }
  }

  @Test
  void aFindingWithoutAnIntervalIsItsSentenceWithoutAChart() {
    Report odd = Reports.ofCsv("odd.csv", String.join("\n",
        "respondent_id,sleep_position,changed_mattress,pain_morning_pre,pain_morning_post",
        "R1,side,yes,5,3", "R2,back,no,4,4", "R3,side,no,6,", ""));
    XMLSlideShow small = read(write(odd));
    List<Headline> lines = Headlines.of(odd);
    assertThat(small.getSlides()).hasSize(lines.size() + 2);
    XSLFSlide change = small.getSlides().get(1);
    assertThat(charts(change)).isEmpty();
    assertThat(text(change)).contains(lines.get(0).sentence());
    assertThat(notes(change)).contains("not computable");
  }

  static byte[] write(Report report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      SlideDeck.write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static XMLSlideShow read(byte[] bytes) {
    try {
      return new XMLSlideShow(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<XSLFChart> charts(XSLFSlide slide) {
    List<XSLFChart> charts = new ArrayList<>();
    for (XSLFShape shape : slide.getShapes()) {
      if (shape instanceof XSLFGraphicFrame frame && frame.hasChart()) {
        charts.add(frame.getChart());
      }
    }
    return charts;
  }

  private static String text(XSLFSlide slide) {
    StringBuilder b = new StringBuilder();
    for (XSLFShape shape : slide.getShapes()) {
      if (shape instanceof XSLFTextShape t) {
        b.append(t.getText()).append('\n');
      } else if (shape instanceof XSLFTable t) {
        t.getRows().forEach(row -> row.getCells().forEach(c -> b.append(c.getText())
            .append('\n')));
      }
    }
    return b.toString();
  }

  private static String notes(XSLFSlide slide) {
    XSLFNotes notes = slide.getNotes();
    assertThat(notes).isNotNull();
    StringBuilder b = new StringBuilder();
    for (XSLFShape shape : notes.getShapes()) {
      if (shape instanceof XSLFTextShape t) {
        b.append(t.getText()).append('\n');
      }
    }
    return b.toString();
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  /** The cached numbers of every {@code <c:tag>} element (values or error-bar lengths). */
  private static List<Double> cached(String xml, String tag) {
    List<Double> values = new ArrayList<>();
    Matcher m = Pattern.compile("<c:" + tag + ">(.*?)</c:" + tag + ">", Pattern.DOTALL)
        .matcher(xml);
    while (m.find()) {
      Matcher v = Pattern.compile("<c:v>([^<]*)</c:v>").matcher(m.group(1));
      while (v.find()) {
        values.add(Double.parseDouble(v.group(1)));
      }
    }
    return values;
  }

  private static String hex(java.awt.Color c) {
    return String.format(Locale.ROOT, "%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
  }
}
