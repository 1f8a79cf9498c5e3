package org.sleepstat.report.slides;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.sleepstat.analysis.RepeatedResult;
import org.sleepstat.report.OverTimeReports;
import org.sleepstat.report.Report;
import org.sleepstat.report.Reports;

class OverTimeSlidesTest {
  @Test
  void deckWithThreeOrMoreWavesHasASlidePerOutcomeBeforeTheMethods() throws Exception {
    Report waves = OverTimeReports.waves();
    int outcomes = waves.analysis().repeated().size();
    assertThat(outcomes).isPositive();
    try (XMLSlideShow deck = write(waves)) {
      List<XSLFSlide> slides = deck.getSlides();
      assertThat(slides).hasSize(Findings.of(waves).size() + 2 + outcomes);
      for (int i = 0; i < outcomes; i++) {
        RepeatedResult r = waves.analysis().repeated().get(i);
        XSLFSlide slide = slides.get(slides.size() - 1 - outcomes + i);
        assertThat(slide.getShapes()).anyMatch(s -> s instanceof XSLFPictureShape);
        assertThat(((XSLFTextShape) slide.getShapes().get(0)).getText())
            .isEqualTo(waves.text().title(r.outcome()) + " over time");
        String notes = slide.getNotes().getTextParagraphs().toString();
        assertThat(notes).contains(r.formula())
            .contains("anova(fit, type = 3, ddf = \"Satterthwaite\")")
            .contains(Double.toString(r.anova().get(0).test().f().getAsDouble()));
      }
    }
  }

  @Test
  void deckOfTwoWavesHasNoOverTimeSlide() throws Exception {
    Report sample = Reports.sample();
    assertThat(OverTimeSlides.of(sample)).isEmpty();
    try (XMLSlideShow deck = write(sample)) {
      assertThat(deck.getSlides()).hasSize(Findings.of(sample).size() + 2);
    }
  }

  private static XMLSlideShow write(Report report) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SlideDeck.write(report, out);
    return new XMLSlideShow(new ByteArrayInputStream(out.toByteArray()));
  }
}
