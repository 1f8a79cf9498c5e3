package org.sleepstat.report.document;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.sleepstat.report.xlsx.DatelessZip;

/**
 * A Word document written with POI's XWPF: A4 portrait ({@link Page}), a few named styles
 * (Normal, Title, Heading1, Heading2, Caption) so that headings show in a word processor's
 * navigation, tables in the three-rule style journals print, and pictures scaled to the text
 * width. Nothing in the file depends on the clock: the document's dates are given and the zip
 * entries carry no date ({@link DatelessZip}).
 */
final class DocxWriter implements Closeable {
  private static final String FONT = "Arial";
  /** Font sizes in half-points, as Word stores them. */
  private static final int BODY = 22;
  private static final int TABLE_TEXT = 18;
  private static final int NOTE_TEXT = 16;
  /** Indent of a level under its variable: 0.4 cm. */
  private static final int INDENT = 227;
  /** A rule's width in eighths of a point. */
  private static final int RULE = 8;

  private final XWPFDocument doc = new XWPFDocument();
  /** Pictures placed so far. */
  private long pictures;

  DocxWriter() {
    XWPFStyles styles = doc.createStyles();
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    styles.setDefaultFonts(fonts);
    styles.addStyle(style("Normal", "Normal", BODY, false, -1, 120));
    styles.addStyle(style("Title", "Title", 36, true, -1, 240));
    styles.addStyle(style("Heading1", "heading 1", 28, true, 0, 120));
    styles.addStyle(style("Heading2", "heading 2", 24, true, 1, 80));
    styles.addStyle(style("Caption", "caption", 20, false, -1, 80));
    // a table's cells and notes have styles of their own, so that an empty cell's paragraph mark
    // is as small as its text and does not make the row taller
    styles.addStyle(style("TableText", "Table Text", TABLE_TEXT, false, -1, 0));
    styles.addStyle(style("TableNote", "Table Note", NOTE_TEXT, false, -1, 0));
    CTSectPr section = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(Page.WIDTH));
    size.setH(BigInteger.valueOf(Page.HEIGHT));
    CTPageMar margins = section.addNewPgMar();
    BigInteger margin = BigInteger.valueOf(Page.MARGIN);
    margins.setLeft(margin);
    margins.setRight(margin);
    margins.setTop(margin);
    margins.setBottom(margin);
    margins.setHeader(BigInteger.valueOf(708));
    margins.setFooter(BigInteger.valueOf(708));
    margins.setGutter(BigInteger.ZERO);
  }

  /** The document's title, creator and dates (created and modified). */
  void properties(String title, String creator, Instant date) {
    POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
    core.setTitle(title);
    core.setCreator(creator);
    core.setCreated(Optional.of(Date.from(date)));
    core.setModified(Optional.of(Date.from(date)));
  }

  /** A paragraph of {@code style} ("Normal", "Title", "Heading1", ...). */
  XWPFParagraph paragraph(String style, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(style);
    if (!text.isEmpty()) {
      p.createRun().setText(text);
    }
    return p;
  }

  /** A caption: its label ("Table 1.") bold, then the text. */
  XWPFParagraph caption(String caption) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle("Caption");
    int dot = caption.indexOf(". ");
    XWPFRun label = p.createRun();
    label.setBold(true);
    label.setText(dot < 0 ? caption : caption.substring(0, dot + 1));
    if (dot >= 0) {
      p.createRun().setText(caption.substring(dot + 1));
    }
    return p;
  }

  /** The table with its caption above and its notes below. */
  void table(DocTable t) {
    caption(t.caption()).setKeepNext(true);
    XWPFTable table = doc.createTable(t.rows().size() + 1, t.header().size());
    table.setWidthType(TableWidthType.DXA);
    table.setWidth(String.valueOf(t.width()));
    CTTblLayoutType layout = table.getCTTbl().getTblPr().isSetTblLayout()
        ? table.getCTTbl().getTblPr().getTblLayout()
        : table.getCTTbl().getTblPr().addNewTblLayout();
    layout.setType(STTblLayoutType.FIXED);
    table.setTopBorder(XWPFBorderType.SINGLE, RULE, 0, "000000");
    table.setBottomBorder(XWPFBorderType.SINGLE, RULE, 0, "000000");
    table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
    table.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
    table.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
    table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
    table.setCellMargins(20, 50, 20, 50);
    CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
        : table.getCTTbl().addNewTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : t.widths()) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    XWPFTableRow header = table.getRow(0);
    header.setRepeatHeader(true);
    header.setCantSplitRow(true);
    for (int c = 0; c < t.header().size(); c++) {
      XWPFTableCell cell = header.getCell(c);
      fill(cell, t.header().get(c), t.widths().get(c), t.left().get(c) ? 0 : -1, true, false);
      CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr()
          : cell.getCTTc().addNewTcPr();
      CTBorder bottom = pr.addNewTcBorders().addNewBottom();
      bottom.setVal(STBorder.SINGLE);
      bottom.setSz(BigInteger.valueOf(RULE / 2 + 2));
      bottom.setColor("000000");
    }
    for (int r = 0; r < t.rows().size(); r++) {
      DocTable.Row row = t.rows().get(r);
      XWPFTableRow line = table.getRow(r + 1);
      line.setCantSplitRow(true);
      for (int c = 0; c < row.cells().size(); c++) {
        int indent = c == 0 ? row.indent() : 0;
        fill(line.getCell(c), row.cells().get(c), t.widths().get(c),
            t.left().get(c) ? indent : -1, false, row.startsGroup() && r > 0);
      }
    }
    for (String note : t.notes()) {
      paragraph("TableNote", note);
    }
    doc.createParagraph();
  }

  /**
   * A cell's text: left-aligned and indented by {@code indent} levels for a label ({@code indent}
   * &ge; 0), centred otherwise; a line break at each newline.
   */
  private static void fill(XWPFTableCell cell, String text, int width, int indent, boolean bold,
      boolean spaceAbove) {
    cell.setWidthType(TableWidthType.DXA);
    cell.setWidth(String.valueOf(width));
    XWPFParagraph p = cell.getParagraphs().get(0);
    p.setStyle("TableText");
    if (spaceAbove) {
      p.setSpacingBefore(80);
    }
    p.setAlignment(indent >= 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
    if (indent > 0) {
      p.setIndentationLeft(indent * INDENT);
    }
    String[] lines = text.isEmpty() ? new String[0] : text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      XWPFRun run = p.createRun();
      if (bold) {
        run.setBold(true);
      }
      if (i > 0) {
        run.addBreak();
      }
      run.setText(lines[i]);
    }
  }

  /**
   * A picture across the text width, its height in the image's proportion, kept on the page of
   * the caption that follows it.
   *
   * @param name the picture's file name in the document, without ".png"
   * @param description its alternative text, for readers who cannot see it
   */
  void picture(byte[] png, String name, String description) throws IOException {
    int[] size = pngSize(png);
    double width = Page.TEXT_WIDTH / 20.0;
    double height = width * size[1] / size[0];
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setKeepNext(true);
    p.setSpacingAfter(0);
    XWPFRun run = p.createRun();
    try {
      run.addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, name + ".png",
          Units.toEMU(width), Units.toEMU(height));
    } catch (InvalidFormatException e) {
      throw new IllegalArgumentException("chart " + name + " is not a PNG", e);
    }
    // POI numbers drawings from 0 and describes them by file name; Word's own ids start at 1
    CTNonVisualDrawingProps properties = run.getCTR().getDrawingArray(0).getInlineArray(0)
        .getDocPr();
    properties.setId(++pictures);
    properties.setDescr(description);
  }

  /** A page break before the next paragraph. */
  void pageBreak() {
    doc.createParagraph().setPageBreak(true);
  }

  /** Writes the document; {@code out} stays open. */
  void write(OutputStream out) throws IOException {
    try (ZipArchiveOutputStream zip = DatelessZip.over(out)) {
      doc.write(zip);
    }
  }

  @Override
  public void close() throws IOException {
    doc.close();
  }

  /** Width and height of a PNG, from its header chunk. */
  static int[] pngSize(byte[] png) {
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    if (png.length < 24 || !Arrays.equals(png, 0, 8, signature, 0, 8)) {
      throw new IllegalArgumentException("not a PNG: " + png.length + " bytes");
    }
    return new int[] {readInt(png, 16), readInt(png, 20)};
  }

  private static int readInt(byte[] b, int at) {
    return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8
        | (b[at + 3] & 0xFF);
  }

  /**
   * A paragraph style: its font size (half-points), bold or not, its outline level (-1: body
   * text) and the space after it (twips).
   */
  private static XWPFStyle style(String id, String name, int size, boolean bold, int outline,
      int after) {
    CTStyle s = CTStyle.Factory.newInstance();
    s.setStyleId(id);
    s.setType(STStyleType.PARAGRAPH);
    s.addNewName().setVal(name);
    if ("Normal".equals(id)) {
      s.setDefault(true);
    } else {
      s.addNewBasedOn().setVal("Normal");
      s.addNewNext().setVal("Normal");
    }
    s.addNewQFormat();
    CTPPrGeneral p = s.addNewPPr();
    p.addNewSpacing().setAfter(BigInteger.valueOf(after));
    if (outline >= 0) {
      p.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
      p.getSpacing().setBefore(BigInteger.valueOf(240));
      p.addNewKeepNext();
    }
    CTRPr r = s.addNewRPr();
    if (bold) {
      r.addNewB();
    }
    r.addNewSz().setVal(BigInteger.valueOf(size));
    return new XWPFStyle(s);
  }
}
