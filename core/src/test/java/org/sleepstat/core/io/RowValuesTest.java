package org.sleepstat.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowValuesTest {
  /** Records what a kept row reads back, as "column:kind:value". */
  private static final class Recorder implements RowValues.Sink {
    final List<String> seen = new ArrayList<>();

    @Override
    public void number(int column, double value) {
      seen.add(column + ":n:" + Double.doubleToRawLongBits(value));
    }

    @Override
    public void code(int column, int code) {
      seen.add(column + ":c:" + code);
    }
  }

  private static String n(int column, double value) {
    return column + ":n:" + Double.doubleToRawLongBits(value);
  }

  @Test
  void everyNumberReadsBackAsTheSameDouble() {
    double[] numbers = {0, -0.0, 7, -7, 35.4, 0.1 + 0.2, 1e300, -4.9e-324, 0x1p52, -0x1p53 - 2,
        123456789012.0, Double.MAX_VALUE, 2.5};
    RowValues values = new RowValues();
    for (int i = 0; i < numbers.length; i++) {
      values.number(i * 37, numbers[i]);
    }
    long at = values.keep();
    Recorder r = new Recorder();
    values.read(at, r);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < numbers.length; i++) {
      expected.add(n(i * 37, numbers[i]));
    }
    assertThat(r.seen).containsExactlyElementsOf(expected);
  }

  @Test
  void codesAndNumbersKeepTheirColumnsAndOrder() {
    RowValues values = new RowValues();
    values.code(3, 0);
    values.number(5000, 4.0);
    values.code(70000, 126);
    long at = values.keep();
    Recorder r = new Recorder();
    values.read(at, r);
    assertThat(r.seen).containsExactly("3:c:0", n(5000, 4.0), "70000:c:126");
  }

  @Test
  void aClearedRowLeavesNothingAndRowsStayApart() {
    RowValues values = new RowValues();
    values.number(1, 1.5);
    values.clear();
    long empty = values.keep();
    values.number(2, 9);
    long second = values.keep();
    Recorder r = new Recorder();
    values.read(empty, r);
    assertThat(r.seen).isEmpty();
    values.read(second, r);
    assertThat(r.seen).containsExactly(n(2, 9));
  }

  @Test
  void rowsAcrossChunksReadBack() {
    RowValues values = new RowValues();
    int rows = 200_000;
    long[] at = new long[rows];
    for (int i = 0; i < rows; i++) {
      values.number(0, i + 0.25);
      values.code(1, i % 100);
      at[i] = values.keep();
    }
    for (int i : new int[] {0, 1, 65_535, 65_536, rows - 1}) {
      Recorder r = new Recorder();
      values.read(at[i], r);
      assertThat(r.seen).containsExactly(n(0, i + 0.25), "1:c:" + (i % 100));
    }
  }
}
