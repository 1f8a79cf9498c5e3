package org.sleepstat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.sleepstat.cli.json.JsonWriter;

/**
 * The exact bytes of the JSON writer: the documents of validate and analyze are compared byte
 * for byte between runs and versions, so indentation, separators, numbers and escapes are fixed.
 */
class JsonWriterTest {
  private static String json(Consumer<JsonWriter> body) {
    StringWriter out = new StringWriter();
    JsonWriter w = new JsonWriter(out);
    body.accept(w);
    w.finish();
    return out.toString();
  }

  @Test
  void indentsNestedObjectsAndArraysByTwoSpaces() {
    String text = json(w -> w.beginObject()
        .name("a").value(1)
        .name("b").beginArray().value("x").value(true).nullValue().endArray()
        .name("c").beginObject().name("d").beginArray().beginObject().name("e").value(false)
        .endObject().endArray().endObject()
        .endObject());
    assertThat(text).isEqualTo("""
        {
          "a": 1,
          "b": [
            "x",
            true,
            null
          ],
          "c": {
            "d": [
              {
                "e": false
              }
            ]
          }
        }
        """);
  }

  @Test
  void emptyObjectsAndArraysStayOnOneLine() {
    assertThat(json(w -> w.beginObject().name("a").beginArray().endArray()
        .name("b").beginObject().endObject().endObject()))
        .isEqualTo("{\n  \"a\": [],\n  \"b\": {}\n}\n");
    assertThat(json(w -> w.beginArray().endArray())).isEqualTo("[]\n");
  }

  @Test
  void numbersAreShortestAndWholeDoublesHaveNoFraction() {
    assertThat(json(w -> w.beginArray()
        .value(0.1).value(-2.5e-7).value(3.0).value(-0.0).value(1e15).value(123456789012345.0)
        .value(Double.NaN).value(Double.POSITIVE_INFINITY).value((Double) null).value(7.0d)
        .value(Long.MIN_VALUE).value(42)
        .endArray()))
        .isEqualTo("[\n  0.1,\n  -2.5E-7,\n  3,\n  0,\n  1.0E15,\n  123456789012345,\n  null,\n"
            + "  null,\n  null,\n  7,\n  -9223372036854775808,\n  42\n]\n");
  }

  @Test
  void stringsEscapeQuotesBackslashesAndControlCharacters() {
    String text = json(w -> w.beginArray()
        .value("plain é 😀")
        .value("q\"b\\n\nr\rt\tz")
        .value("\u0000\u001f\u2028\u2029")
        .value((String) null)
        .endArray());
    assertThat(text).isEqualTo("[\n  \"plain é 😀\",\n  \"q\\\"b\\\\n\\nr\\rt\\tz\",\n"
        + "  \"\\u0000\\u001f\\u2028\\u2029\",\n  null\n]\n");
  }

  @Test
  void namesAreEscapedLikeValues() {
    assertThat(json(w -> w.beginObject().name("a\"b").value("c").endObject()))
        .isEqualTo("{\n  \"a\\\"b\": \"c\"\n}\n");
  }

  @Test
  void aLongDocumentIsWrittenThroughInPiecesNotHeldWhole() {
    List<Integer> writes = new ArrayList<>();
    StringWriter all = new StringWriter();
    Writer counting = new Writer() {
      @Override
      public void write(char[] buf, int off, int len) {
        writes.add(len);
        all.write(buf, off, len);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    JsonWriter w = new JsonWriter(counting);
    w.beginArray();
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      w.value("R" + i);
    }
    w.endArray();
    int beforeFinish = all.getBuffer().length();
    w.finish();

    String text = all.toString();
    assertThat(text).startsWith("[\n  \"R0\",\n  \"R1\",\n").endsWith("  \"R199999\"\n]\n");
    // most of the document reached the writer before it was finished, in bounded pieces
    assertThat(beforeFinish).isGreaterThan(text.length() - 20_000);
    assertThat(writes).allSatisfy(len -> assertThat(len).isLessThanOrEqualTo(16_384));
  }

  @Test
  void finishRefusesAnUnclosedDocument() {
    JsonWriter w = new JsonWriter(new StringWriter());
    w.beginObject();
    assertThatThrownBy(w::finish).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aFailingWriterSurfacesAsUncheckedIoException() {
    Writer broken = new Writer() {
      @Override
      public void write(char[] buf, int off, int len) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void close() {}
    };
    JsonWriter w = new JsonWriter(broken);
    assertThatThrownBy(() -> {
      w.beginArray();
      w.value("x");
      w.endArray();
      w.finish();
    }).isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("disk full");
  }
}
