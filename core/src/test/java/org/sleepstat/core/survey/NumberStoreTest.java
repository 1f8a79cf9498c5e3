package org.sleepstat.core.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sleepstat.core.schema.Role;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.schema.VariableType;

class NumberStoreTest {
  private static void assertReadsBackBitForBit(double[] values, int capacity) {
    NumberStore store = new NumberStore(capacity);
    for (double v : values) {
      store.add(v);
    }
    assertThat(store.size()).isEqualTo(values.length);
    double[] copy = new double[values.length];
    store.copyTo(copy);
    for (int i = 0; i < values.length; i++) {
      assertThat(Double.doubleToRawLongBits(store.get(i))).as("value %d: %s", i, values[i])
          .isEqualTo(Double.doubleToRawLongBits(Double.isNaN(values[i]) ? Double.NaN : values[i]));
      assertThat(Double.doubleToRawLongBits(copy[i])).as("copy %d", i)
          .isEqualTo(Double.doubleToRawLongBits(store.get(i)));
    }
    // the column built on the store reads the same, from the store's doubles when it has them
    NumberColumn column = new NumberColumn(new Variable("x", VariableType.DECIMAL, false,
        Role.RESPONDENT, null, null, List.of(), Map.of(), Set.of(), ""), store);
    for (int i = 0; i < values.length; i++) {
      assertThat(Double.doubleToRawLongBits(column.get(i))).as("column %d", i)
          .isEqualTo(Double.doubleToRawLongBits(store.get(i)));
      assertThat(column.isMissing(i)).isEqualTo(Double.isNaN(values[i]));
    }
  }

  @Test
  void smallWholeNumbersAndMissingValuesReadBack() {
    assertReadsBackBitForBit(new double[] {0, 3, Double.NaN, -127, 127, 10}, 2);
  }

  @Test
  void decimalsWidenTheScaleAndKeepEarlierValuesExact() {
    assertReadsBackBitForBit(new double[] {35, Double.NaN, 35.4, 12.25, -0.001, 80, 1e-9}, 4);
  }

  @Test
  void onlyAStoreOfDoublesLendsItsArray() {
    NumberStore narrow = new NumberStore(4);
    narrow.add(35.4);
    assertThat(narrow.doublesOrNull()).isNull();
    narrow.add(Math.PI);
    assertThat(narrow.doublesOrNull()).isNotNull();
    assertThat(narrow.doublesOrNull()[0]).isEqualTo(35.4);
  }

  @Test
  void largeAndUnscalableValuesFallBackToDoubles() {
    assertReadsBackBitForBit(new double[] {1, 40_000, 3_000_000_000.0, Math.PI, -0.0, 0.1 + 0.2,
        Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN}, 1);
  }

  @Test
  void randomDecimalTextsReadBackAsParsed() {
    Random random = new Random(7);
    double[] values = new double[20_000];
    for (int i = 0; i < values.length; i++) {
      int digits = random.nextInt(5);
      long mantissa = random.nextInt(2_000_000) - 1_000_000;
      values[i] = random.nextInt(50) == 0 ? Double.NaN
          : Double.parseDouble(mantissa / Math.round(Math.pow(10, digits)) + "."
              + String.format("%0" + Math.max(digits, 1) + "d",
                  Math.abs(mantissa % Math.round(Math.pow(10, digits)))));
    }
    assertReadsBackBitForBit(values, 16);
  }

  @Test
  void decimalsGivenByTheirDigitsReadBackAsTheParsedDouble() {
    Random random = new Random(11);
    NumberStore store = new NumberStore(8);
    double[] expected = new double[30_000];
    for (int i = 0; i < expected.length; i++) {
      int scale = random.nextInt(i < 10_000 ? 2 : 12);
      long unscaled = i % 97 == 0 ? 0 : random.nextLong() % (i < 20_000 ? 100_000 : 1L << 45);
      String text = java.math.BigDecimal.valueOf(unscaled, scale).toPlainString();
      expected[i] = Double.parseDouble(text);
      store.addDecimal(unscaled, scale);
    }
    for (int i = 0; i < expected.length; i++) {
      assertThat(Double.doubleToRawLongBits(store.get(i))).as("row %d", i)
          .isEqualTo(Double.doubleToRawLongBits(expected[i]));
    }
  }
}
