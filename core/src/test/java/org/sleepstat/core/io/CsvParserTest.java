package org.sleepstat.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvParserTest {
  /** Records as "line: field|field|…", the form both parsers are compared in. */
  private static List<String> ours(String text, char delimiter, int bufferSize)
      throws IOException, CsvParser.CsvFormatException {
    CsvParser p = new CsvParser(new StringReader(text), delimiter, bufferSize);
    CharRecord rec = new CharRecord();
    List<String> out = new ArrayList<>();
    while (p.next(rec)) {
      out.add(rec.line + ": " + String.join("|", rec.toArray()));
    }
    return out;
  }

  private static List<String> fastCsv(String text, char delimiter) {
    List<String> out = new ArrayList<>();
    CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(delimiter)
        .skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true)
        .ofCsvRecord(new StringReader(text));
    for (CsvRecord r : csv) {
      out.add(r.getStartingLineNumber() + ": " + String.join("|", r.getFields()));
    }
    return out;
  }

  @Test
  void readsQuotedFieldsDoubledQuotesAndLineEnds() throws Exception {
    String text = "id,note\r\nr1,\"a \"\"b\"\", c\"\n\nr2,\"x\r\ny\"\rr3,plain\"quote\n";
    assertThat(ours(text, ',', 1 << 16)).containsExactly(
        "1: id|note", "2: r1|a \"b\", c", "4: r2|x\r\ny", "6: r3|plain\"quote");
  }

  @ParameterizedTest(name = "buffer of {0} chars")
  @ValueSource(ints = {1, 2, 3, 7, 1 << 16})
  void readsEveryRandomTextAsFastCsvDoes(int bufferSize) throws Exception {
    Random random = new Random(42);
    char[] alphabet = {'a', 'b', ' ', ',', ';', '"', '"', '\n', '\r', 'é'};
    for (int t = 0; t < 3000; t++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(40);
      for (int i = 0; i < n; i++) {
        b.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String text = b.toString();
      if (QuoteCheck.unclosedQuoteLine(new StringReader(text), ',') > 0) {
        continue; // the importer refuses these before parsing
      }
      String shown = text.replace("\r", "\\r").replace("\n", "\\n");
      List<String> expected;
      try {
        expected = fastCsv(text, ',');
      } catch (CsvParseException e) {
        assertThatThrownBy(() -> ours(text, ',', bufferSize)).as(shown)
            .isInstanceOf(CsvParser.CsvFormatException.class)
            .hasMessageContaining("after its closing quote");
        continue;
      }
      assertThat(ours(text, ',', bufferSize)).as(shown).isEqualTo(expected);
    }
  }

  @Test
  void aFieldLongerThanTheLimitIsRefused() {
    String text = "a,b\n1," + "x".repeat(CsvParser.MAX_FIELD + 1) + "\n";
    assertThatThrownBy(() -> ours(text, ',', 1 << 16))
        .isInstanceOf(CsvParser.CsvFormatException.class)
        .hasMessageContaining("longer than");
  }
}
