package org.sleepstat.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sleepstat.core.generate.SurveyGenerator;
import org.sleepstat.core.generate.SurveyGenerator.Layout;
import org.sleepstat.core.survey.Column;
import org.sleepstat.core.survey.Survey;

/** Synthetic surveys from {@link SurveyGenerator} import cleanly, in both layouts alike. */
class GeneratedSurveyImportTest {
  private static final long SEED = 20260401L;
  private static final int ROWS = 5_000;

  private static String generate(Layout layout, int rows) {
    StringWriter out = new StringWriter();
    try {
      SurveyGenerator.withSeed(SEED).with(layout).write(rows, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static ImportResult read(Layout layout) throws SurveyFileException {
    return Imports.read("generated-" + layout + ".csv", generate(layout, ROWS));
  }

  @Test
  void wideFileOfFiveThousandRowsImportsWithoutProblems() throws SurveyFileException {
    ImportResult r = read(Layout.WIDE);
    assertThat(Imports.formatted(r)).isEmpty();
    assertThat(r.counts().rows()).isEqualTo(ROWS);
    assertThat(r.counts().accepted()).isEqualTo(ROWS);
    assertThat(r.counts().rejected()).isZero();
    assertThat(r.provenance().format()).isEqualTo(SurveyFormat.WIDE);
    assertThat(r.extraColumns()).isEmpty();
    Survey s = r.survey();
    assertThat(s.size()).isEqualTo(ROWS);
    // every codebook variable is present
    assertThat(s.columns()).extracting(Column::name).containsExactlyElementsOf(
        s.codebook().variables().stream().map(v -> v.name()).toList());
    assertThat(s.ids().get(0)).isEqualTo("R0000001");
    assertThat(s.ids().get(ROWS - 1)).isEqualTo("R0005000");
    assertThat(s.sourceLine(ROWS - 1)).isEqualTo(ROWS + 1);
    // the generator blanks about 3% of cells, never the required ones
    assertThat(s.column("sleep_position").orElseThrow().missingCount()).isZero();
    assertThat(s.column("age_years").orElseThrow().missingCount()).isBetween(50, 300);
  }

  @Test
  void longLayoutOfTheSameSeedGivesTheSameSurveyAsWide() throws SurveyFileException {
    ImportResult wide = read(Layout.WIDE);
    ImportResult longer = read(Layout.LONG);
    assertThat(Imports.formatted(longer)).isEmpty();
    assertThat(longer.provenance().format()).isEqualTo(SurveyFormat.LONG);
    assertThat(longer.counts().rows()).isEqualTo(2L * ROWS);
    assertThat(longer.counts().accepted()).isEqualTo(2L * ROWS);
    Survey w = wide.survey();
    Survey l = longer.survey();
    assertThat(l.columns()).extracting(Column::name)
        .containsExactlyElementsOf(w.columns().stream().map(Column::name).toList());
    for (Column wc : w.columns()) {
      Column lc = l.column(wc.name()).orElseThrow();
      assertThat(lc.getClass()).as(wc.name()).isEqualTo(wc.getClass());
      assertThat(lc.size()).as(wc.name()).isEqualTo(wc.size());
      for (int i = 0; i < wc.size(); i++) {
        if (!lc.text(i).equals(wc.text(i))) {
          throw new AssertionError(wc.name() + " of " + w.ids().get(i) + ": long \"" + lc.text(i)
              + "\", wide \"" + wc.text(i) + "\"");
        }
      }
    }
    assertThat(Imports.describe(l)).isEqualTo(Imports.describe(w));
  }

  @Test
  void generatedFileWithCrLfAndABomImportsTheSame() throws SurveyFileException {
    String text = generate(Layout.WIDE, 500);
    ImportResult plain = Imports.read("g.csv", text);
    byte[] windows = Imports.bytes(text.replace("\n", "\r\n"), StandardCharsets.UTF_8,
        0xEF, 0xBB, 0xBF);
    ImportResult excel = Imports.read("g.csv", windows);
    assertThat(excel.provenance().encoding().label()).isEqualTo("UTF-8 with BOM");
    assertThat(excel.problems()).isEmpty();
    assertThat(Imports.describe(excel.survey())).isEqualTo(Imports.describe(plain.survey()));
  }

  @Test
  void generatedFileAsSemicolonWithDecimalCommasImportsTheSame() throws SurveyFileException {
    String text = generate(Layout.WIDE, 500);
    // the generator never quotes and has no commas inside values
    String european = text.replace(',', ';').replace('.', ',');
    ImportResult plain = Imports.read("g.csv", text);
    ImportResult eu = Imports.read("g.csv", european);
    assertThat(eu.provenance().delimiter()).isEqualTo(';');
    assertThat(eu.provenance().decimalComma()).isTrue();
    assertThat(eu.problems()).isEmpty();
    assertThat(Imports.describe(eu.survey())).isEqualTo(Imports.describe(plain.survey()));
  }
}
