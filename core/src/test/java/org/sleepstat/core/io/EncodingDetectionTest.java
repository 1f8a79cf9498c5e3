package org.sleepstat.core.io;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.HexFormat;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EncodingDetectionTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");
  private static final String TEXT = "respondent_id,sleep_position,note\n"
      + "r1,side,café crème\nr2,back,naïve “quotes” – 5 €\n";

  static Stream<Arguments> encodings() {
    return Stream.of(
        Arguments.of("UTF-8", Imports.bytes(TEXT, UTF_8), UTF_8, 0, false),
        Arguments.of("UTF-8 with BOM", Imports.bytes(TEXT, UTF_8, 0xEF, 0xBB, 0xBF), UTF_8, 3,
            false),
        Arguments.of("UTF-16LE with BOM", Imports.bytes(TEXT, UTF_16LE, 0xFF, 0xFE), UTF_16LE, 2,
            false),
        Arguments.of("UTF-16BE with BOM", Imports.bytes(TEXT, UTF_16BE, 0xFE, 0xFF), UTF_16BE, 2,
            false),
        Arguments.of("UTF-16LE", Imports.bytes(TEXT, UTF_16LE), UTF_16LE, 0, false),
        Arguments.of("UTF-16BE", Imports.bytes(TEXT, UTF_16BE), UTF_16BE, 0, false),
        Arguments.of("Windows-1252", Imports.bytes(TEXT, CP1252), CP1252, 0, true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  void byteScanRecognisesTheEncoding(String label, byte[] bytes, Charset charset, int bom,
      boolean fallback) throws IOException {
    ByteScan.Result scan = ByteScan.scan(new ByteArrayInputStream(bytes));
    assertThat(scan.kind()).isEqualTo(ByteScan.Kind.TEXT);
    assertThat(scan.encoding().charset()).isEqualTo(charset);
    assertThat(scan.encoding().bomLength()).isEqualTo(bom);
    assertThat(scan.encoding().fallback()).isEqualTo(fallback);
    assertThat(scan.encoding().label()).isEqualTo(label);
    assertThat(scan.size()).isEqualTo(bytes.length);
    assertThat(scan.sha256()).isEqualTo(sha256(bytes));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("encodings")
  void importDecodesExtraTextAndHeadersInEveryEncoding(String label, byte[] bytes, Charset charset,
      int bom, boolean fallback) throws SurveyFileException {
    ImportResult r = Imports.read("enc.csv", bytes);
    assertThat(r.provenance().encoding().label()).isEqualTo(label);
    assertThat(r.provenance().encoding().fallback()).isEqualTo(fallback);
    // a fallback is reported where the first byte that is not UTF-8 stands, and rejects nothing
    assertThat(r.problems()).allSatisfy(p -> {
      assertThat(fallback).isTrue();
      assertThat(p.rule()).isEqualTo(Problem.Rule.ENCODING);
      assertThat(p.action()).isEqualTo(Problem.Action.NOTED);
    });
    assertThat(r.survey().ids().values()).containsExactly("r1", "r2");
    assertThat(r.survey().extraColumns()).singleElement().satisfies(c -> {
      assertThat(c.name()).isEqualTo("note");
      assertThat(c.values()).containsExactly("café crème", "naïve “quotes” – 5 €");
    });
  }

  @Test
  void singleLatin1ByteForEAcuteFallsBackToWindows1252() throws SurveyFileException {
    byte[] bytes = "respondent_id,sleep_position,comment\nr1,side,caf\u00e9\n"
        .getBytes(CP1252);
    assertThat(bytes).contains((byte) 0xE9);
    ImportResult r = Imports.read("latin.csv", bytes);
    assertThat(r.provenance().encoding().fallback()).isTrue();
    assertThat(r.provenance().encoding().label()).isEqualTo("Windows-1252");
    assertThat(r.survey().extraColumns().get(0).get(0)).isEqualTo("café");
  }

  @Test
  void windows1252AfterAUtf8ByteOrderMarkStillReadsTheFirstHeader() throws SurveyFileException {
    // an editor that saved a UTF-8 BOM and then Windows-1252 text: the BOM must not stay in the
    // first column name
    byte[] bytes = Imports.bytes("respondent_id,sleep_position,comment\nr1,side,d\u00e9j\u00e0\n",
        CP1252, 0xEF, 0xBB, 0xBF);
    ImportResult r = Imports.read("bom-latin.csv", bytes);
    assertThat(r.provenance().encoding().fallback()).isTrue();
    assertThat(r.provenance().encoding().label()).isEqualTo("Windows-1252");
    assertThat(r.columns().get(0).variable()).isEqualTo("respondent_id");
    assertThat(r.survey().extraColumns().get(0).get(0)).isEqualTo("déjà");
  }

  @Test
  void invalidUtf8LateInALargeFileStillFallsBack() throws SurveyFileException {
    StringBuilder b = new StringBuilder("respondent_id,sleep_position,comment\n");
    for (int i = 0; i < 5_000; i++) {
      b.append('r').append(i).append(",side,plain ascii text\n");
    }
    b.append("last,back,na\u00efve\n");
    ImportResult r = Imports.read("late.csv", b.toString().getBytes(CP1252));
    assertThat(r.provenance().encoding().fallback()).isTrue();
    assertThat(r.survey().extraColumns().get(0).get(5_000)).isEqualTo("naïve");
  }

  @Test
  void utf8SplitAcrossTheScanBufferIsStillValid() throws IOException {
    // a 2-byte character straddling the 64 KiB read buffer of the scan
    StringBuilder b = new StringBuilder();
    while (b.length() < (1 << 16) - 1) {
      b.append('x');
    }
    b.append('é');
    ByteScan.Result scan = ByteScan.scan(new ByteArrayInputStream(b.toString().getBytes(UTF_8)));
    assertThat(scan.encoding()).isEqualTo(Encoding.UTF8);
  }

  @Test
  void utf8ValidatorRejectsOverlongAndSurrogateForms() {
    assertThat(valid(0xC0, 0xAF)).isFalse(); // overlong '/'
    assertThat(valid(0xE0, 0x80, 0xAF)).isFalse(); // overlong
    assertThat(valid(0xED, 0xA0, 0x80)).isFalse(); // surrogate U+D800
    assertThat(valid(0xF4, 0x90, 0x80, 0x80)).isFalse(); // above U+10FFFF
    assertThat(valid(0xC3)).isFalse(); // truncated
    assertThat(valid(0xC3, 0xA9)).isTrue(); // é
    assertThat(valid(0xF0, 0x9F, 0x98, 0x80)).isTrue(); // emoji
  }

  private static boolean valid(int... bytes) {
    byte[] b = new byte[bytes.length];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) bytes[i];
    }
    ByteScan.Utf8Validator v = new ByteScan.Utf8Validator();
    v.accept(b, 0, b.length);
    return v.valid();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void fallbackToWindows1252IsAProblemAtTheLineOfTheFirstByteThatIsNotUtf8()
      throws SurveyFileException {
    byte[] bytes = "respondent_id,sleep_position,comment\nr1,side,ok\nr2,back,na\u00efve\n"
        .getBytes(CP1252);
    ImportResult r = Imports.read("latin.csv", bytes);
    assertThat(r.provenance().encoding().fallback()).isTrue();
    assertThat(r.counts().accepted()).isEqualTo(2);
    assertThat(Imports.formatted(r)).containsExactly("latin.csv:3: encoding: byte 0xEF is not"
        + " valid UTF-8; the whole file was read as Windows-1252, where it is \"\u00ef\"");
    assertThat(r.problems().get(0).action()).isEqualTo(Problem.Action.NOTED);
  }

  @Test
  void utf8MixedWithBytesThatAreNotUtf8IsRefusedNotGarbled() {
    byte[] head = "respondent_id,sleep_position,comment\nr1,side,caf\u00e9\n".getBytes(UTF_8);
    byte[] tail = "r2,back,na\u00efve\n".getBytes(CP1252);
    byte[] bytes = new byte[head.length + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    System.arraycopy(tail, 0, bytes, head.length, tail.length);
    assertThatThrownBy(() -> Imports.read("mixed.csv", bytes))
        .isInstanceOf(SurveyFileException.class)
        .hasMessage("mixed.csv:3: byte 0xEF is not valid UTF-8, but line 2 is UTF-8; a file"
            + " that mixes encodings cannot be read either way; save it again as UTF-8");
  }

  @Test
  void anUnpairedSurrogateInUtf16IsRefusedAtItsLineNeverReplaced() {
    // a high surrogate (D8 3D) followed by "b", not by a low surrogate; Java's encoder would
    // never write it, so the bytes are put together by hand
    byte[] head = Imports.bytes("respondent_id,sleep_position\nr1,side\nr2,", UTF_16BE, 0xFE,
        0xFF);
    byte[] tail = Imports.bytes("back\n", UTF_16BE, 0xD8, 0x3D);
    byte[] bytes = new byte[head.length + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    System.arraycopy(tail, 0, bytes, head.length, tail.length);
    assertThatThrownBy(() -> Imports.read("u16.csv", bytes))
        .isInstanceOf(SurveyFileException.class)
        .hasMessage("u16.csv:3: the text here is not valid UTF-16BE (an unpaired surrogate or a"
            + " cut character); the file was not read");
  }

  @Test
  void repeatedByteOrderMarksAreAllSkipped() throws SurveyFileException {
    byte[] bytes = Imports.bytes("respondent_id,sleep_position\nr1,side\n", UTF_8,
        0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF);
    ImportResult r = Imports.read("boms.csv", bytes);
    assertThat(r.columns().get(0).variable()).isEqualTo("respondent_id");
    assertThat(r.counts().accepted()).isEqualTo(1);
  }
}
