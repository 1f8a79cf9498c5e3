package org.sleepstat.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/** The shared strings of a workbook as plain text. */
class PlainSharedStringsTest {
  private static PlainSharedStrings read(String xml) throws Exception {
    return new PlainSharedStrings(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void plainAndRichItemsAreTheirTextWithoutPhoneticRuns() throws Exception {
    PlainSharedStrings s = read("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"3\""
        + " uniqueCount=\"3\"><si><t>On my side</t></si>"
        + "<si><r><rPr><b/></rPr><t>Medium</t></r><r><t xml:space=\"preserve\">-firm </t></r></si>"
        + "<si><t>\u6771\u4eac</t><rPh sb=\"0\" eb=\"2\"><t>\u30c8\u30a6\u30ad\u30e7\u30a6</t>"
        + "</rPh></si><si><t/></si></sst>");
    assertThat(s.getUniqueCount()).isEqualTo(4);
    assertThat(s.getItemAt(0).toString()).isEqualTo("On my side");
    assertThat(s.getItemAt(1).getString()).isEqualTo("Medium-firm ");
    assertThat(s.getItemAt(2).getString()).isEqualTo("\u6771\u4eac");
    assertThat(s.getItemAt(3).getString()).isEmpty();
    assertThat(s.getItemAt(1).numFormattingRuns()).isZero();
  }

  @Test
  void noPartIsNoStrings() throws Exception {
    assertThat(new PlainSharedStrings(null).getCount()).isZero();
  }

  @Test
  void aDocumentTypeIsRefused() {
    assertThatThrownBy(() -> read("<!DOCTYPE sst [<!ENTITY x \"y\">]><sst><si><t>&x;</t></si>"
        + "</sst>")).isInstanceOf(SAXException.class).hasMessageContaining("DOCTYPE");
  }
}
