package org.sleepstat.report.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDrawing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;
import org.sleepstat.analysis.PairedResult;
import org.sleepstat.analysis.SampleDescription.LevelCount;
import org.sleepstat.analysis.SampleDescription.LevelSummary;
import org.sleepstat.analysis.SampleDescription.NumberSummary;
import org.sleepstat.analysis.SampleDescription.Table1Row;
import org.sleepstat.analysis.TestFamily;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.report.Headline;
import org.sleepstat.report.Headlines;
import org.sleepstat.report.Report;
import org.sleepstat.report.Reports;
import org.sleepstat.report.charts.ReportChart;
import org.sleepstat.report.charts.ReportCharts;

/** The Word document of the bundled sample survey, opened again with POI. */
class ManuscriptDocumentTest {
  private static Report report;
  private static List<ReportChart> charts;
  private static byte[] bytes;
  private static XWPFDocument doc;

  @BeforeAll
  static void writeOnce() throws IOException {
    report = Reports.sample();
    charts = ReportCharts.of(report);
    bytes = write();
    doc = new XWPFDocument(new ByteArrayInputStream(bytes));
  }

  private static byte[] write() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ManuscriptDocument.write(report, charts, out);
    return out.toByteArray();
  }

  @Test
  void opensWithTheStudyTitleTheDataFileAndTheNumberOfRespondents() {
    List<XWPFParagraph> paragraphs = doc.getParagraphs();
    assertThat(paragraphs.get(0).getText()).isEqualTo(report.design().title());
    assertThat(paragraphs.get(0).getStyle()).isEqualTo("Title");
    assertThat(paragraphs.get(1).getText()).contains(report.imported().file())
        .contains("n = " + report.survey().size());
    assertThat(doc.getProperties().getCoreProperties().getTitle())
        .isEqualTo(report.design().title());
  }

  @Test
  void tableOneCellsReadMeanSdAndCountPercentLikeAManuscript() {
    XWPFTable table = tableAfter("Table 1.");
    Table1Row age = sampleRow("age_years");
    NumberSummary overall = (NumberSummary) age.summaries().get(0);
    // "46.6 (15.0)": mean (SD), as a journal prints them
    String meanSd = String.format(Locale.ROOT, "%.1f (%.1f)", overall.mean().getAsDouble(),
        overall.sd().getAsDouble());
    assertThat(row(table, report.text().title("age_years") + ", mean (SD)").getCell(1).getText())
        .isEqualTo(meanSd);

    LevelCount female = ((LevelSummary) sampleRow("sex").summaries().get(0)).levels().get(0);
    // "199 (51%)": count and percentage of those who answered, in one cell
    String countPercent = String.format(Locale.ROOT, "%,d (%.0f%%)", female.count(),
        female.percent().getAsDouble());
    XWPFTableRow femaleRow = row(table, "Female");
    assertThat(femaleRow.getCell(1).getText()).isEqualTo(countPercent);
    assertThat(femaleRow.getCell(0).getParagraphs().get(0).getIndentationLeft())
        .as("a level is indented under its variable").isPositive();
    assertThat(table.getRow(0).getCell(1).getText())
        .isEqualTo("Overall (n = " + report.survey().size() + ")");
  }

  @Test
  void tableOneHoldsBaselineCharacteristicsOnly() {
    String text = tableAfter("Table 1.").getRows().stream()
        .map(r -> r.getCell(0).getText()).collect(Collectors.joining("\n"));
    assertThat(text).contains(report.text().title("bmi"));
    // the group itself, the outcomes after the change and the red flags are not baseline
    assertThat(text).doesNotContain("Switched to a new mattress").doesNotContain("Red flag")
        .doesNotContain(StudyDesign.GROUP);
    long painRows = text.lines().filter(l -> l.startsWith(report.text().title("pain_morning")))
        .count();
    assertThat(painRows).as("pain on waking before the change only").isEqualTo(1);
  }

  @Test
  void pairedTableShowsTheAnalysisNumbersWithTheirHolmAdjustment() {
    XWPFTable table = tableAfter("Table 2.");
    PairedResult first = report.analysis().paired().get(0);
    List<XWPFTableRow> rows = table.getRows();
    int at = 0;
    while (!rows.get(at).getCell(1).getText().equals("Mean change")) {
      at++;
    }
    XWPFTableRow mean = rows.get(at);
    // the outcome names its group of rows, in the group's first row
    int group = at;
    while (rows.get(group).getCell(0).getText().isEmpty()) {
      group--;
    }
    assertThat(group).isPositive();
    assertThat(rows.get(group).getCell(0).getText())
        .isEqualTo(report.text().title(first.outcome()));
    assertThat(mean.getCell(2).getText()).isEqualTo(String.valueOf(first.n()));
    double change = first.tTest().meanChange().value().getAsDouble();
    assertThat(mean.getCell(3).getText()).isEqualTo(
        String.format(Locale.ROOT, "%.2f", change).replace('-', '\u2212'));
    double holm = report.adjusted(TestFamily.PAIRED_T, first.outcome()).orElseThrow().holm()
        .getAsDouble();
    assertThat(mean.getCell(6).getText())
        .isEqualTo(holm < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", holm));
    assertThat(mean.getCell(7).getText()).isEqualTo("Paired t-test");
  }

  @Test
  void eachResultTableHasAtMostEightColumnsAndFitsThePortraitTextWidth() {
    CTSectPr section = doc.getDocument().getBody().getSectPr();
    long pageWidth = ((BigInteger) section.getPgSz().getW()).longValue();
    CTPageMar margins = section.getPgMar();
    long textWidth = pageWidth - ((BigInteger) margins.getLeft()).longValue()
        - ((BigInteger) margins.getRight()).longValue();
    assertThat(doc.getTables()).hasSizeGreaterThanOrEqualTo(5);
    for (XWPFTable table : doc.getTables()) {
      long grid = 0;
      for (CTTblGridCol col : table.getCTTbl().getTblGrid().getGridColList()) {
        grid += ((BigInteger) col.getW()).longValue();
      }
      assertThat(grid).isLessThanOrEqualTo(textWidth);
      assertThat(table.getRow(0).getTableCells()).hasSizeLessThanOrEqualTo(8);
    }
  }

  @Test
  void methodsParagraphNamesTheSoftwareEachTestWithItsRCallMultiplicityAndMissingData() {
    String methods = paragraphAfter("Statistical analysis");
    assertThat(methods).contains("sleepstat " + report.options().version())
        .contains("t.test(post, pre, paired = TRUE)")
        .contains("wilcox.test(post, pre, paired = TRUE, conf.int = TRUE)")
        .contains("prop.test(").contains("lm(post ~ pre + ").contains("oneway.test(")
        .contains("kruskal.test(").contains("cor.test(").contains("fisher.test(")
        .contains("Holm").contains("Benjamini").contains("p.adjust(")
        .contains("available")
        .contains(report.imported().counts().rejected() + " were rejected");
  }

  @Test
  void resultsParagraphIsTheHeadlineFindingsAsProse() {
    String results = paragraphAfter("Results");
    List<Headline> findings = Headlines.of(report).stream()
        .filter(h -> h.kind() != Headline.Kind.COUNT).toList();
    assertThat(findings).isNotEmpty();
    for (Headline h : findings) {
      assertThat(results).contains(h.sentence());
    }
    assertThat(results).doesNotContain("sheet");
  }

  @Test
  void everyChartIsEmbeddedAsAPictureWithANumberedCaption() {
    assertThat(doc.getAllPictures()).hasSize(charts.size());
    List<String> captions = new ArrayList<>();
    for (XWPFParagraph p : doc.getParagraphs()) {
      if (p.getText().startsWith("Figure ")) {
        captions.add(p.getText());
      }
    }
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < charts.size(); i++) {
      expected.add("Figure " + (i + 1) + ". " + charts.get(i).title());
    }
    assertThat(captions).containsExactlyElementsOf(expected);
    // each picture has the chart's title as its alternative text
    List<String> descriptions = new ArrayList<>();
    for (XWPFParagraph p : doc.getParagraphs()) {
      for (XWPFRun r : p.getRuns()) {
        for (CTDrawing d : r.getCTR().getDrawingList()) {
          descriptions.add(d.getInlineArray(0).getDocPr().getDescr());
        }
      }
    }
    assertThat(descriptions).containsExactlyElementsOf(charts.stream()
        .map(ReportChart::title).toList());
  }

  @Test
  void sameInputGivesTheSameBytesAndNoClockTimeInTheFile() throws IOException {
    assertThat(write()).isEqualTo(bytes);
    assertThat(doc.getProperties().getCoreProperties().getCreated().toInstant())
        .isEqualTo(Reports.DATE);
    assertThat(doc.getProperties().getCoreProperties().getModified().toInstant())
        .isEqualTo(Reports.DATE);
    // every entry's local header has a zero date and time, as the workbook's: no clock, no zone
    int entries = 0;
    for (int at = 0; at + 14 <= bytes.length; at++) {
      if (bytes[at] == 'P' && bytes[at + 1] == 'K' && bytes[at + 2] == 3 && bytes[at + 3] == 4) {
        for (int k = 10; k < 14; k++) {
          assertThat(bytes[at + k]).as("date/time byte %d of the entry at %d", k, at).isZero();
        }
        entries++;
      }
    }
    assertThat(entries).isGreaterThan(charts.size());
  }

  @Test
  void aStudyWithoutGroupStillGetsTableOneWithOnlyTheOverallColumn() throws IOException {
    Report single = Reports.ofCsv("one.csv", "respondent_id,sleep_position,age_years,"
        + "pain_morning_pre,pain_morning_post\nR1,side,40,5,3\nR2,back,50,6,4\nR3,side,60,4,4\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ManuscriptDocument.write(single, ReportCharts.of(single), out);
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
      XWPFTable t1 = d.getTables().get(0);
      assertThat(t1.getRow(0).getTableCells()).hasSize(2);
      assertThat(t1.getRow(0).getCell(1).getText()).isEqualTo("Overall (n = 3)");
      assertThat(d.getParagraphs().get(0).getText()).isEqualTo(single.design().title());
    }
  }

  @Test
  void aSurveyWithOnePairAndUndefinedTestsIsWrittenWithNaNotAnError() throws IOException {
    Report odd = Reports.ofCsv("odd.csv", String.join("\n",
        "respondent_id,sleep_position,changed_mattress,pain_morning_pre,pain_morning_post",
        "R1,side,yes,5,3", "R2,back,no,4,4", "R3,side,no,6,", ""));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ManuscriptDocument.write(odd, ReportCharts.of(odd), out);
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
      String all = d.getTables().stream().map(XWPFTable::getText)
          .collect(Collectors.joining("\n"));
      assertThat(all).contains("NA");
    }
  }

  private static Table1Row sampleRow(String variable) {
    return report.analysis().sample().rows().stream()
        .filter(r -> r.variable().equals(variable)).findFirst().orElseThrow();
  }

  private static XWPFTableRow row(XWPFTable table, String label) {
    Optional<XWPFTableRow> row = table.getRows().stream()
        .filter(r -> r.getCell(0).getText().equals(label)).findFirst();
    assertThat(row).as("row " + label).isPresent();
    return row.get();
  }

  /** The first table after the paragraph that starts with {@code caption}. */
  private static XWPFTable tableAfter(String caption) {
    boolean seen = false;
    for (IBodyElement e : doc.getBodyElements()) {
      if (e instanceof XWPFParagraph p && p.getText().startsWith(caption)) {
        seen = true;
      } else if (seen && e instanceof XWPFTable t) {
        return t;
      }
    }
    throw new AssertionError("no table after " + caption);
  }

  /** The text of the paragraph after the heading {@code heading}. */
  private static String paragraphAfter(String heading) {
    List<XWPFParagraph> paragraphs = doc.getParagraphs();
    for (int i = 0; i < paragraphs.size() - 1; i++) {
      if (paragraphs.get(i).getText().equals(heading)
          && paragraphs.get(i).getStyle() != null
          && paragraphs.get(i).getStyle().startsWith("Heading")) {
        return paragraphs.get(i + 1).getText();
      }
    }
    throw new AssertionError("no heading " + heading);
  }
}
