package org.sleepstat.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.sleepstat.core.survey.Column;
import org.sleepstat.core.survey.Survey;

/** Test shorthand: import text or bytes held in memory, and show results as text. */
final class Imports {
  /** The header most tests use: the two required columns, one outcome and one integer. */
  static final String HEADER = "respondent_id,sleep_position,pain_morning_pre,age_years\n";

  private Imports() {}

  static ImportResult read(String name, String text) throws SurveyFileException {
    return read(SurveyImporter.withDefaults(), name, text);
  }

  static ImportResult read(SurveyImporter importer, String name, String text)
      throws SurveyFileException {
    return importer.read(ByteSource.ofBytes(name, text.getBytes(StandardCharsets.UTF_8)));
  }

  static ImportResult lenient(String name, String text) throws SurveyFileException {
    return read(SurveyImporter.withDefaults().with(InvalidValues.SET_MISSING), name, text);
  }

  static ImportResult read(String name, byte[] bytes) throws SurveyFileException {
    return SurveyImporter.withDefaults().read(ByteSource.ofBytes(name, bytes));
  }

  static byte[] bytes(String text, Charset charset, int... prefix) {
    byte[] body = text.getBytes(charset);
    byte[] out = new byte[prefix.length + body.length];
    for (int i = 0; i < prefix.length; i++) {
      out[i] = (byte) prefix[i];
    }
    System.arraycopy(body, 0, out, prefix.length, body.length);
    return out;
  }

  static byte[] resource(String resource) {
    try (InputStream in = Imports.class.getResourceAsStream(resource)) {
      assertThat(in).as("test resource %s", resource).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every problem as {@link Problem#format} prints it for the result's file. */
  static List<String> formatted(ImportResult r) {
    return r.problems().stream().map(p -> p.format(r.file())).toList();
  }

  /** The survey's columns, one line each: name, kind and every value as text ("" missing). */
  static String describe(Survey survey) {
    StringBuilder b = new StringBuilder();
    for (Column c : survey.columns()) {
      b.append(c.name()).append(' ').append(c.getClass().getSimpleName()).append(':');
      for (int i = 0; i < c.size(); i++) {
        b.append(i == 0 ? " " : "|").append(c.isMissing(i) ? "<NA>" : c.text(i));
      }
      b.append('\n');
    }
    return b.toString();
  }
}
