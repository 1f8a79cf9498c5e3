package org.sleepstat.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading a column map file. */
class ColumnMapTest {
  @TempDir Path dir;

  @Test
  void readsQuotedEntriesWithTheirLines() throws SurveyFileException {
    ColumnMap map = ColumnMap.parse("m.csv",
        "\"column\",\"variable\"\n\"Q1\",\"respondent_id\"\n\n"
            + "# a comment\nsleep_pos,sleep_position\n");
    assertThat(map.name()).isEqualTo("m.csv");
    assertThat(map.entries()).containsExactly(new ColumnMap.Entry("Q1", "respondent_id", 2),
        new ColumnMap.Entry("sleep_pos", "sleep_position", 5));
  }

  @Test
  void theHeaderMayComeInAnyOrderWithMoreColumnsAndABom() throws SurveyFileException {
    ColumnMap map = ColumnMap.parse("m.csv", "\uFEFFVariable,note,Column\nage_years,years,age\n");
    assertThat(map.entries()).containsExactly(new ColumnMap.Entry("age", "age_years", 2));
  }

  @Test
  void theSampleMapsAreRead() throws SurveyFileException {
    ColumnMap redcap = ColumnMap.parse("r.csv", new String(Imports.resource(
        "/org/sleepstat/core/io/samples/example_redcap_map.csv"), StandardCharsets.UTF_8));
    assertThat(redcap.entries()).hasSize(24);
    assertThat(redcap.entries().get(23)).isEqualTo(
        new ColumnMap.Entry("redcap_event_name", "wave", 25));
  }

  @Test
  void aMapBuiltInCodeKeepsItsOrder() throws SurveyFileException {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("b", "age_years");
    m.put("a", "respondent_id");
    assertThat(ColumnMap.of("code", m).entries()).extracting(ColumnMap.Entry::column)
        .containsExactly("b", "a");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = ';', value = {
      "from,to\\na,b\\n; m.csv:1: a column map needs the header \"column,variable\"",
      "; m.csv: the column map is empty",
      "column,variable\\nQ1,\\n; m.csv:2: each line needs a column and a variable (\"Q1\", \"\")",
      "column,variable\\nQ1,age_years\\nq 1,sex\\n; m.csv:3: column \"q 1\" is mapped twice "
          + "(also on line 2)"})
  void brokenMapsAreOneLineErrors(String text, String message) {
    String t = text == null ? "" : text.replace("\\n", "\n");
    assertThatThrownBy(() -> ColumnMap.parse("m.csv", t)).isInstanceOf(SurveyFileException.class)
        .hasMessage(message);
  }

  @Test
  void filesAreCheckedLikeSurveyFiles() throws IOException {
    Path missing = dir.resolve("nope.csv");
    assertThatThrownBy(() -> ColumnMap.read(missing)).hasMessage(missing
        + ": no such column map file");
    assertThatThrownBy(() -> ColumnMap.read(dir)).hasMessage(dir
        + ": is a directory, not a column map");
    Path latin = Files.write(dir.resolve("latin.csv"), new byte[] {'c', ',', 'v', '\n',
        (byte) 0xE9, ',', 'x', '\n'});
    assertThatThrownBy(() -> ColumnMap.read(latin)).hasMessage(latin
        + ": a column map must be UTF-8 text");
  }

  @Test
  void aFileIsRead() throws IOException, SurveyFileException {
    Path file = Files.writeString(dir.resolve("m.csv"), "column,variable\nx,age_years\n");
    assertThat(ColumnMap.read(file).entries()).hasSize(1);
    assertThat(ColumnMap.read(file).name()).isEqualTo(file.toString());
  }
}
