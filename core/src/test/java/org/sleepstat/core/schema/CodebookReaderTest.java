package org.sleepstat.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading a researcher's own codebook file, and the messages for unusable ones. */
class CodebookReaderTest {
  private static final String LAB_PILOT = "codebooks/lab-pilot.csv";

  static String resourceText(String resource) {
    try (InputStream in = CodebookReaderTest.class.getResourceAsStream(resource)) {
      assertThat(in).as("test resource %s", resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path resourcePath(String resource) {
    URL url = CodebookReaderTest.class.getResource(resource);
    assertThat(url).as("test resource %s", resource).isNotNull();
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void researcherCodebookIsReadFromAFile() throws CodebookException {
    Codebook cb = CodebookReader.read(resourcePath(LAB_PILOT));
    assertThat(cb.name()).isEqualTo("lab-pilot");
    assertThat(cb.version()).isEqualTo("3");
    assertThat(cb.variables()).extracting(Variable::name)
        .containsExactly("participant", "position", "firmness", "age", "smoker", "pain_pre",
            "pain_post");
    assertThat(cb.idVariable().name()).isEqualTo("participant");
    assertThat(cb.variables()).filteredOn(Variable::required).extracting(Variable::name)
        .containsExactly("participant", "position");
  }

  @Test
  void researcherCodebookKeepsTypesRangesLevelsAndLabels() throws CodebookException {
    Codebook cb = CodebookReader.read(resourcePath(LAB_PILOT));
    Variable age = cb.variable("age").orElseThrow();
    assertThat(age.type()).isEqualTo(VariableType.INTEGER);
    assertThat(age.min()).isEqualTo(18.0);
    assertThat(age.max()).isEqualTo(99.0);
    assertThat(cb.variable("firmness").orElseThrow().type()).isEqualTo(VariableType.ORDINAL);
    assertThat(cb.variable("firmness").orElseThrow().levels())
        .containsExactly("soft", "medium", "hard");
    assertThat(cb.variable("smoker").orElseThrow().levels()).containsExactly("no", "yes");
    // a quoted label may hold the delimiter
    assertThat(cb.variable("pain_pre").orElseThrow().label()).isEqualTo("Pain before, NRS 0-10");
  }

  @Test
  void researcherCodebookDeclaresMissingCodes() throws CodebookException {
    Codebook cb = CodebookReader.read(resourcePath(LAB_PILOT));
    Variable age = cb.variable("age").orElseThrow();
    assertThat(age.missingCodes()).containsExactlyInAnyOrder("-99", "999");
    assertThat(age.isMissingCode("-99")).isTrue();
    assertThat(age.isMissingCode("999")).isTrue();
    assertThat(age.isMissingCode("-98")).isFalse();
    assertThat(cb.variable("position").orElseThrow().isMissingCode("-99")).isFalse();
  }

  @Test
  void researcherCodebookAcceptsItsOwnSpellings() throws CodebookException {
    Variable position = CodebookReader.read(resourcePath(LAB_PILOT)).variable("position")
        .orElseThrow();
    assertThat(position.levelCode("Lateral")).isEqualTo(0);
    assertThat(position.levelCode("prone")).isEqualTo(2);
    assertThat(position.levelCode("On my tummy")).isEqualTo(2);
    assertThat(position.levelCode("supine")).as("not a spelling of this codebook").isEqualTo(-1);
  }

  @Test
  void researcherCodebookPairsItsOutcomes() throws CodebookException {
    Codebook cb = CodebookReader.read(resourcePath(LAB_PILOT));
    assertThat(cb.outcomes()).singleElement().satisfies(o -> {
      assertThat(o.name()).isEqualTo("pain");
      assertThat(o.pre().name()).isEqualTo("pain_pre");
      assertThat(o.post().name()).isEqualTo("pain_post");
    });
  }

  @Test
  void parseNamesTheCodebookCustomWithoutMetadataComments() throws CodebookException {
    Codebook cb = CodebookReader.parse("mini.csv", "name,type\nid,id\nx,decimal\n");
    assertThat(cb.name()).isEqualTo("custom");
    assertThat(cb.version()).isEqualTo("1");
    assertThat(cb.variables()).extracting(Variable::type)
        .containsExactly(VariableType.ID, VariableType.DECIMAL);
  }

  @Test
  void parseSkipsAByteOrderMarkAndReadsCrLfLines() throws CodebookException {
    Codebook cb = CodebookReader.parse("bom.csv", "\uFEFFname,type\r\nid,id\r\nx,integer\r\n");
    assertThat(cb.variables()).extracting(Variable::name).containsExactly("id", "x");
  }

  @Test
  void builtInResourceReadsTheSameAsTheBuiltInCodebook() throws CodebookException {
    Codebook fromText = CodebookReader.parse("sleep-back-pain-v1.csv",
        resourceText("/org/sleepstat/core/schema/sleep-back-pain-v1.csv"));
    assertThat(fromText.variables()).extracting(Variable::toString)
        .containsExactlyElementsOf(Codebook.builtIn().variables().stream()
            .map(Variable::toString).toList());
  }

  /** Each bad codebook under codebooks/bad and the exact message it gives. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "unknown-type.csv | unknown-type.csv:4: notes: unknown type \"text\" (id, integer, decimal,"
          + " category, ordinal, boolean)",
      "category-without-levels.csv | category-without-levels.csv:5: position: a category"
          + " variable needs levels",
      "min-above-max.csv | min-above-max.csv:3: pain_pre: minimum 10 is above maximum 0",
      "spelling-to-unknown-level.csv | spelling-to-unknown-level.csv:3: position: spelling"
          + " \"prone\" maps to unknown level \"stomach\"",
      "no-id.csv | no-id.csv: the codebook has no variable of type id",
      "duplicate-names.csv | duplicate-names.csv:6: Pain Pre: the same name as \"pain_pre\" on"
          + " line 4 (names ignore case, spaces, hyphens and underscores)",
      "two-ids.csv | two-ids.csv:4: record_id: a second id variable (the first is \"id\" on"
          + " line 2)",
      "min-not-a-number.csv | min-not-a-number.csv:3: age: min \"zero\" is not a number",
      "unknown-role.csv | unknown-role.csv:3: pain_pre: unknown role \"before\" (respondent, pre,"
          + " post)",
      "required-not-yes-no.csv | required-not-yes-no.csv:2: id: required must be yes or no, not"
          + " \"maybe\"",
      "outcome-name-without-suffix.csv | outcome-name-without-suffix.csv:3: pain: an outcome's"
          + " name must end in _pre or _post to match its role",
      "header-without-type.csv | header-without-type.csv:1: the header needs a \"type\" column"
          + " (columns: name,type,required,role,min,max,levels,spellings,missing,label)",
      "no-variables.csv | no-variables.csv: the codebook has no variables",
  })
  void badCodebookNamesFileLineAndReason(String file, String message) {
    String text = resourceText("codebooks/bad/" + file);
    assertThatThrownBy(() -> CodebookReader.parse(file, text))
        .isInstanceOf(CodebookException.class)
        .hasMessage(message);
  }

  private static final String HEAD = "name,type,required,role,min,max,levels,spellings,missing\n"
      + "id,id,yes,,,,,,\n";

  /** Two written forms that read the same must name the same level, whichever comes first. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "two spellings; pos,category,no,,,,side|back,\"back sleeper=back|\\nBack-Sleeper=side\",;"
          + " c.csv:4: pos: spelling \"Back-Sleeper\" names level \"side\", but spelling \"back"
          + " sleeper\" on line 3 names \"back\" and they read the same (matching ignores case and"
          + " spaces, hyphens and underscores between words)",
      "a spelling and a level; pos,category,no,,,,side|back,Side=back,; c.csv:3: pos: spelling"
          + " \"Side\" names level \"back\", but level \"side\" on line 3 names \"side\" and they"
          + " read the same (matching ignores case and spaces, hyphens and underscores between"
          + " words)",
      "two levels; firm,ordinal,no,,,,medium firm|medium_firm,,; c.csv:3: firm: level"
          + " \"medium_firm\" and level \"medium firm\" on line 3 read the same (matching ignores"
          + " case and spaces, hyphens and underscores between words)",
      "a built-in boolean spelling; flag,boolean,no,,,,,Y=no,; c.csv:3: flag: spelling \"Y\""
          + " names level \"no\", but the built-in spelling \"y\" names \"yes\" and they read the"
          + " same (matching ignores case and spaces, hyphens and underscores between words)",
      "a standard missing token; pos,category,no,,,,side|back|n/a,,; c.csv:3: pos: level"
          + " \"n/a\" is a standard missing token (empty, NA, N/A, \".\", NaN), so no value"
          + " would ever read as it",
      "a spelling that is a missing token; pos,category,no,,,,side|back,NaN=back,; c.csv:3: pos:"
          + " spelling \"NaN\" is a standard missing token (empty, NA, N/A, \".\", NaN), so no"
          + " value would ever read as it",
      "its own missing code; pos,category,no,,,,side|back|unknown,,Unknown; c.csv:3: pos: level"
          + " \"unknown\" reads the same as the missing code \"Unknown\" (a value cannot be both)",
  })
  void writtenFormsThatCollideAreRefusedNamingBothLines(String what, String row,
      String message) {
    assertThatThrownBy(() -> CodebookReader.parse("c.csv", HEAD + row.replace("\\n", "\n")
        + "\n")).isInstanceOf(CodebookException.class).hasMessage(message);
  }

  @Test
  void theSameSpellingTwiceForOneLevelIsFineAndSpellingsKeepTheirOrder()
      throws CodebookException {
    Codebook cb = CodebookReader.parse("c.csv", HEAD
        + "pos,category,no,,,,side|back,on my back=back|On-My-Back=back|lateral=side|a=side|"
        + "b=side|c=side|d=side|e=side|f=side|g=side|h=side,\n");
    Variable pos = cb.variable("pos").orElseThrow();
    assertThat(pos.levelCode("on my back")).isEqualTo(1);
    assertThat(pos.spellings().keySet()).containsExactly("on my back", "On-My-Back", "lateral",
        "a", "b", "c", "d", "e", "f", "g", "h");
  }

  /** A bound must be a plain finite decimal number; anything else would switch the check off. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "NaN; c.csv:3: age: min \"NaN\" is not a number",
      "Infinity; c.csv:3: age: min \"Infinity\" is not a number",
      "-Infinity; c.csv:3: age: min \"-Infinity\" is not a number",
      "0x10; c.csv:3: age: min \"0x10\" is not a number",
      "1d; c.csv:3: age: min \"1d\" is not a number",
      "'1,000'; c.csv:3: age: min \"1,000\" is not a number (write it without a thousands"
          + " separator, with a decimal point)",
      "1e999; c.csv:3: age: min \"1e999\" is not a number",
  })
  void aBoundThatIsNoPlainNumberIsRefused(String bound, String message) {
    assertThatThrownBy(() -> CodebookReader.parse("c.csv", HEAD + "age,integer,no,,\""
        + bound + "\",,,,\n")).isInstanceOf(CodebookException.class).hasMessage(message);
  }

  @Test
  void boundsMayHaveASignAFractionAndAnExponent() throws CodebookException {
    Codebook cb = CodebookReader.parse("c.csv", HEAD + "t,decimal,no,,-2.5,1e2,,,\n"
        + "u,decimal,no,,+.5,10.,,,\n");
    assertThat(cb.variable("t").orElseThrow().min()).isEqualTo(-2.5);
    assertThat(cb.variable("t").orElseThrow().max()).isEqualTo(100.0);
    assertThat(cb.variable("u").orElseThrow().min()).isEqualTo(0.5);
    assertThat(cb.variable("u").orElseThrow().max()).isEqualTo(10.0);
  }

  @Test
  void aBoundOnAVariableThatIsNoNumberIsRefused() {
    assertThatThrownBy(() -> CodebookReader.parse("c.csv", HEAD
        + "firm,ordinal,no,,1,5,soft|hard,,\n")).isInstanceOf(CodebookException.class)
        .hasMessage("c.csv:3: firm: min and max apply only to integer and decimal variables,"
            + " not to an ordinal one");
  }

  @Test
  void levelsGivenToABooleanAreRefusedRatherThanIgnored() {
    assertThatThrownBy(() -> CodebookReader.parse("c.csv", HEAD
        + "flag,boolean,no,,,,ja|nein,,\n")).isInstanceOf(CodebookException.class)
        .hasMessage("c.csv:3: flag: a boolean variable's levels are always no and yes; write"
            + " other words as spellings (word=yes|word=no)");
  }

  @Test
  void badCodebookFileIsNamedAsItsPath() {
    Path path = resourcePath("codebooks/bad/unknown-type.csv");
    assertThatThrownBy(() -> CodebookReader.read(path))
        .isInstanceOf(CodebookException.class)
        .hasMessageStartingWith(path + ":4: notes: unknown type");
  }

  @Test
  void missingCodebookFileIsNamed(@TempDir Path dir) {
    Path path = dir.resolve("nowhere.csv");
    assertThatThrownBy(() -> CodebookReader.read(path))
        .isInstanceOf(CodebookException.class)
        .hasMessage(path + ": no such codebook file");
  }

  @Test
  void directoryIsNotACodebook(@TempDir Path dir) {
    assertThatThrownBy(() -> CodebookReader.read(dir))
        .isInstanceOf(CodebookException.class)
        .hasMessage(dir + ": is a directory, not a codebook file");
  }

  @Test
  void codebookMustBeUtf8(@TempDir Path dir) throws IOException {
    Path path = dir.resolve("latin1.csv");
    Files.write(path, "name,type,label\nid,id,Clé\n".getBytes("windows-1252"));
    assertThatThrownBy(() -> CodebookReader.read(path))
        .isInstanceOf(CodebookException.class)
        .hasMessage(path + ": a codebook must be UTF-8 text");
  }
}
