package org.sleepstat.report.slides;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.util.LocaleUtil;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.sleepstat.core.io.ImportResult;
import org.sleepstat.report.Headline;
import org.sleepstat.report.Methods;
import org.sleepstat.report.Report;
import org.sleepstat.report.Wording;
import org.sleepstat.report.xlsx.DatelessZip;

/**
 * The slide deck of a report ({@code <input>-slides.pptx}), 16:9: a title slide (study,
 * respondents, data file, date), one slide per headline finding ({@link
 * org.sleepstat.report.Headlines}) with its sentence and a native chart of its estimates with
 * their 95% CIs as error bars (or the table of counts a test was run on), speaker notes with the
 * exact numbers and R calls, with three or more waves a slide per outcome over time (its chart
 * as a picture, {@link OverTimeSlides}), and a slide of the methods behind them. The same
 * report gives the same bytes: the document's date is the report's, and nothing else depends on
 * the clock.
 */
public final class SlideDeck {
  /** 13.333 x 7.5 inches, in points. */
  static final Dimension PAGE = new Dimension(960, 540);
  private static final double MARGIN = 40;
  private static final Rectangle2D TITLE = new Rectangle2D.Double(MARGIN, 18, 880, 76);
  private static final Rectangle2D LEFT = new Rectangle2D.Double(MARGIN, 108, 560, 410);
  private static final Rectangle2D RIGHT = new Rectangle2D.Double(620, 112, 300, 400);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private SlideDeck() {}

  /** Writes the deck of {@code report} to {@code out}, which stays open. */
  public static void write(Report report, OutputStream out) throws IOException {
    // POI tags text with the JVM's locale (lang="de-DE"): the deck is English, and should be the
    // same bytes wherever it is written
    LocaleUtil.setUserLocale(Locale.US);
    try (XMLSlideShow deck = new XMLSlideShow()) {
      deck.setPageSize(PAGE);
      List<Finding> findings = Findings.of(report);
      titleSlide(deck, report);
      for (Finding f : findings) {
        findingSlide(deck, report, f);
      }
      for (OverTimeSlides.Slide s : OverTimeSlides.of(report)) {
        overTimeSlide(deck, s);
      }
      methodsSlide(deck, findings);
      POIXMLProperties.CoreProperties core = deck.getProperties().getCoreProperties();
      Date date = Date.from(report.options().documentDate());
      core.setCreated(Optional.of(date));
      core.setModified(Optional.of(date));
      core.setCreator("sleepstat " + report.options().version());
      core.setTitle(report.design().title());
      ZipArchiveOutputStream zip = DatelessZip.over(out);
      deck.write(zip);
      zip.close();
    } finally {
      LocaleUtil.resetUserLocale();
    }
  }

  private static void titleSlide(XMLSlideShow deck, Report report) {
    XSLFSlide slide = deck.createSlide(layout(deck, SlideLayout.TITLE));
    XSLFTextShape title = placeholder(slide, Placeholder.CENTERED_TITLE);
    title.setAnchor(new Rectangle2D.Double(MARGIN + 40, 120, 800, 150));
    SlideText.set(title, report.design().title(), 40, true, SlideText.TEXT);
    ImportResult.RowCounts counts = report.imported().counts();
    String facts = Wording.integer(counts.accepted()) + " accepted respondents of "
        + Wording.count(counts.rows(), "row") + " read\n"
        + "Data: " + report.imported().file() + "\n"
        + DAY.format(report.options().documentDate()) + " · sleepstat "
        + report.options().version();
    XSLFTextShape subtitle = placeholder(slide, Placeholder.SUBTITLE);
    subtitle.setAnchor(new Rectangle2D.Double(MARGIN + 40, 290, 800, 160));
    SlideText.set(subtitle, facts, 22, false, SlideText.QUIET);
  }

  private static void findingSlide(XMLSlideShow deck, Report report, Finding f)
      throws IOException {
    Headline h = f.headline();
    XSLFSlide slide = deck.createSlide(layout(deck, SlideLayout.TITLE_ONLY));
    XSLFTextShape title = placeholder(slide, Placeholder.TITLE);
    title.setAnchor(TITLE);
    SlideText.set(title, h.topic(), 28, true, SlideText.TEXT);
    if (f.chart().isPresent()) {
      SlideChart.draw(deck, slide, LEFT, f.chart().get(), report.options().documentDate());
      SlideText.box(slide, RIGHT, h.sentence(), 20, false, SlideText.TEXT);
    } else if (f.table().isPresent()) {
      SlideTables.draw(slide, LEFT, f.table().get(), report.text());
      SlideText.box(slide, RIGHT, h.sentence(), 20, false, SlideText.TEXT);
    } else {
      double top = 130;
      if (h.kind() == Headline.Kind.COUNT && h.estimate().isDefined()) {
        SlideText.box(slide, new Rectangle2D.Double(MARGIN, top, 880, 110),
            Wording.integer(Math.round(h.estimate().getAsDouble())), 72, true, SlideText.TEXT);
        top += 130;
      }
      SlideText.box(slide, new Rectangle2D.Double(MARGIN, top, 880, 500 - top), h.sentence(),
          24, false, SlideText.TEXT);
    }
    notes(deck, slide, SpeakerNotes.of(f));
  }

  /** An outcome over three or more waves: its chart as a picture, the numbers in the notes. */
  private static void overTimeSlide(XMLSlideShow deck, OverTimeSlides.Slide s) {
    XSLFSlide slide = deck.createSlide(layout(deck, SlideLayout.TITLE_ONLY));
    XSLFTextShape title = placeholder(slide, Placeholder.TITLE);
    title.setAnchor(TITLE);
    SlideText.set(title, s.title(), 28, true, SlideText.TEXT);
    XSLFPictureData png = deck.addPicture(s.chart().picture(), PictureData.PictureType.PNG);
    slide.createPicture(png).setAnchor(OverTimeSlides.frame(new Rectangle2D.Double(0, 0,
        PAGE.getWidth(), PAGE.getHeight()), TITLE.getMaxY() + 6, 12));
    notes(deck, slide, OverTimeSlides.notes(s));
  }

  private static void methodsSlide(XMLSlideShow deck, List<Finding> findings) {
    XSLFSlide slide = deck.createSlide(layout(deck, SlideLayout.TITLE_ONLY));
    XSLFTextShape title = placeholder(slide, Placeholder.TITLE);
    title.setAnchor(TITLE);
    SlideText.set(title, "Methods and their R equivalents", 28, true, SlideText.TEXT);
    Set<Methods.Method> used = new LinkedHashSet<>();
    findings.forEach(f -> used.addAll(f.methods()));
    List<Methods.Method> listed = new ArrayList<>(Methods.ALL);
    listed.retainAll(used);
    double height = SlideTables.methods(slide, new Rectangle2D.Double(MARGIN, 100, 880, 380),
        listed);
    SlideText.box(slide, new Rectangle2D.Double(MARGIN, Math.min(100 + height + 12, 470), 880,
        60), "Two-sided tests, 95% intervals; the p-values here are not adjusted for"
        + " multiplicity (Holm and BH: the workbook's Summary sheet). Every method of the report"
        + " with its R call: the workbook's About sheet.", 14, false, SlideText.QUIET);
  }

  private static void notes(XMLSlideShow deck, XSLFSlide slide, String text) {
    XSLFNotes notes = deck.getNotesSlide(slide);
    XSLFTextShape body = null;
    List<XSLFTextShape> dates = new ArrayList<>();
    for (XSLFTextShape shape : notes.getPlaceholders()) {
      if (shape.getTextType() == Placeholder.BODY) {
        body = shape;
      } else if (shape.getTextType() == Placeholder.DATETIME) {
        dates.add(shape);
      }
    }
    if (body == null) {
      throw new IllegalStateException("POI's notes slide has no body placeholder");
    }
    body.setText(text);
    // POI's notes template has a date placeholder holding a fixed date of its own (1.7.2013)
    dates.forEach(notes::removeShape);
  }

  private static XSLFSlideLayout layout(XMLSlideShow deck, SlideLayout type) {
    return deck.getSlideMasters().get(0).getLayout(type);
  }

  private static XSLFTextShape placeholder(XSLFSlide slide, Placeholder type) {
    for (XSLFTextShape shape : slide.getPlaceholders()) {
      if (shape.getTextType() == type) {
        return shape;
      }
    }
    throw new IllegalStateException("POI's layout has no " + type + " placeholder");
  }
}
