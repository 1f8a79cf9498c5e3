package org.sleepstat.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sleepstat.core.generate.SurveyGenerator;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.core.survey.RepeatedMeasures;

/** A generated multi-wave survey reads back whole: every row, the waves, every value. */
class GeneratedWavesImportTest {
  @Test
  void aGeneratedFourWaveSurveyReadsBackWithEveryRowAndValue() throws Exception {
    List<String> labels = List.of("baseline", "week 2", "week 4", "week 12");
    StringWriter out = new StringWriter();
    SurveyGenerator.withSeed(21).with(SurveyGenerator.Layout.LONG).withWaves(labels)
        .write(3000, out);
    String csv = out.toString();
    ImportResult r = SurveyImporter.withDefaults().read(ByteSource.ofBytes("gen.csv",
        csv.getBytes(StandardCharsets.UTF_8)));
    String[] lines = csv.split("\n");
    assertThat(r.problems()).isEmpty();
    assertThat(r.counts().accepted()).isEqualTo(lines.length - 1);
    RepeatedMeasures rm = r.survey().repeated().orElseThrow();
    assertThat(rm.waves()).extracting(RepeatedMeasures.Wave::label).containsExactlyElementsOf(
        labels);
    assertThat(rm.waves()).extracting(w -> w.weeks().getAsDouble())
        .containsExactly(0.0, 2.0, 4.0, 12.0);
    List<String> outcomes = List.of("pain_morning", "pain_night", "sleep_quality");
    int respondent = -1;
    String id = "";
    int values = 0;
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split(",", -1);
      if (!cells[0].equals(id)) {
        id = cells[0];
        respondent++;
        assertThat(r.survey().ids().text(respondent)).isEqualTo(id);
      }
      int wave = labels.indexOf(cells[1]);
      for (int o = 0; o < 3; o++) {
        NumberColumn c = rm.values(outcomes.get(o), wave).orElseThrow();
        if (cells[2 + o].isEmpty()) {
          assertThat(c.isMissing(respondent)).isTrue();
        } else {
          assertThat(c.get(respondent)).as(lines[i]).isEqualTo(Double.parseDouble(cells[2 + o]));
          values++;
        }
      }
    }
    assertThat(r.survey().size()).isEqualTo(respondent + 1);
    int observed = 0;
    for (String o : outcomes) {
      observed += rm.observations(o);
    }
    assertThat(observed).isEqualTo(values);
  }

  @Test
  void theDefaultTwoWaveLongSurveyHasNoRepeatedMeasures() throws IOException, SurveyFileException {
    StringWriter out = new StringWriter();
    SurveyGenerator.withSeed(21).with(SurveyGenerator.Layout.LONG).write(200, out);
    ImportResult r = SurveyImporter.withDefaults().read(ByteSource.ofBytes("two.csv",
        out.toString().getBytes(StandardCharsets.UTF_8)));
    assertThat(r.survey().repeated()).isEmpty();
  }
}
