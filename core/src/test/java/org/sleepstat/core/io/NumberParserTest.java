package org.sleepstat.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberParserTest {

  /** Property: for random decimals with 1–6 places, the result is Double.parseDouble's. */
  @Test
  void randomDecimalsRoundExactlyAsDoubleParseDouble() {
    SplittableRandom random = new SplittableRandom(20260401L);
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < 200_000; i++) {
      int places = 1 + random.nextInt(6);
      double magnitude = Math.pow(10, random.nextInt(-3, 12));
      double x = (random.nextDouble() * 2 - 1) * magnitude;
      String text = new BigDecimal(x).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
      double expected = Double.parseDouble(text);
      double actual = NumberParser.parse(text, '.');
      if (Double.doubleToLongBits(actual) != Double.doubleToLongBits(expected)
          && wrong.size() < 10) {
        wrong.add(text + " -> " + actual + " (Double.parseDouble: " + expected + ")");
      }
      double comma = NumberParser.parse(text.replace('.', ','), ',');
      if (Double.doubleToLongBits(comma) != Double.doubleToLongBits(expected)
          && wrong.size() < 10) {
        wrong.add(text.replace('.', ',') + " with ',' -> " + comma + " (expected " + expected
            + ")");
      }
    }
    assertThat(wrong).isEmpty();
  }

  /** Property: every tenth and hundredth of a 0–10 score, and zero-padded forms of them. */
  @Test
  void everyHundredthOfAScoreParsesExactly() {
    for (int hundredths = 0; hundredths <= 1_000; hundredths++) {
      String text = String.format(Locale.ROOT, "%d.%02d", hundredths / 100, hundredths % 100);
      assertThat(NumberParser.parse(text, '.')).as(text).isEqualTo(Double.parseDouble(text));
      assertThat(NumberParser.parse("0" + text, '.')).as("0" + text)
          .isEqualTo(Double.parseDouble(text));
    }
  }

  /** Numbers with 16 or more significant digits, or an exponent, take the slow path. */
  @ParameterizedTest
  @ValueSource(strings = {
      "1234567890123456789", "0.1234567890123456789", "9007199254740993", "900719925474099.3",
      "1.7976931348623157e308", "4.9e-324", "1e5", "1E5", "2.5e-3", "-7.25E+2",
      "0.0000000000000000000000001", "123456789012345.678901", "+42", "-0.5", ".5", "5.",
      "007", "-0",
  })
  void longAndExponentFormsMatchDoubleParseDouble(String text) {
    assertThat(NumberParser.parse(text, '.')).isEqualTo(Double.parseDouble(text));
  }

  @ParameterizedTest(name = "\"{0}\" is not a number")
  @ValueSource(strings = {
      "1,000", "0x10", "Infinity", "-Infinity", "NaN", "1e", "1e+", "e5", "", "abc", "3.5.1",
      "-", "+", ".", "1 000", "1_000", "5f", "5d", "1.5f", "1e5d", "--5", "+-5", "1e400",
      "12abc", "١٢", "3,5", "1e5.5", "12345678901234567,5",
  })
  void rejectsWhatIsNotAPlainDecimal(String text) {
    assertThat(NumberParser.parse(text, '.')).isNaN();
  }

  @ParameterizedTest(name = "\"{0}\" with a decimal comma is {1}")
  @CsvSource(delimiter = ';', value = {"3,5; 3.5", "0,25; 0.25", "-1,5; -1.5", "10; 10",
      "1,5e3; 1500", "12345678901234567,5; 12345678901234567.5"})
  void decimalCommaMarkReadsCommaDecimals(String text, double expected) {
    assertThat(NumberParser.parse(text, ',')).isEqualTo(expected);
  }

  @ParameterizedTest(name = "\"{0}\" with a decimal comma is not a number")
  @ValueSource(strings = {"3.5", "1.000,5", "1,000,5", "1234567890123456.5", "1.5e3", ""})
  void decimalCommaMarkRejectsAPoint(String text) {
    assertThat(NumberParser.parse(text, ',')).isNaN();
  }
}
