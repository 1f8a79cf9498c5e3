package org.sleepstat.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numeric cells as values: numbers as their shortest decimal, dates as ISO text. */
class SheetValuesTest {
  private final SheetValues values = new SheetValues(false);

  @ParameterizedTest(name = "{0} shown as {2} is {3}")
  @CsvSource(delimiter = ';', value = {
      "5.4; 0; General; 5.4",
      "5; 2; 0.00; 5",
      "0.25; 9; 0%; 0.25",
      "1234567.5; 4; '#,##0.00'; 1234567.5",
      "-0.5; 0; General; -0.5",
      "0.30000000000000004; 0; General; 0.30000000000000004",
      "46082; 14; m/d/yy; 2026-03-01",
      "46082; 164; yyyy-mm-dd; 2026-03-01",
      "46082.5; 22; m/d/yy h:mm; 2026-03-01 12:00:00",
      "46082.0000001; 22; m/d/yy h:mm; 2026-03-01",
      "0.75; 20; h:mm; 18:00:00",
      "46082; 164; '[$-409]d mmmm yyyy'; 2026-03-01"})
  void aNumericCellIsItsValue(double value, int index, String format, String expected) {
    assertThat(values.formatRawCellContents(value, index, format)).isEqualTo(expected);
    assertThat(values.formatRawCellContents(value, index, format, true)).isEqualTo(expected);
  }

  @Test
  void aWorkbookCountingFrom1904ShiftsItsDatesByFourYears() {
    assertThat(new SheetValues(true).formatRawCellContents(44620, 14, "m/d/yy"))
        .isEqualTo("2026-03-01");
  }

  @Test
  void aNumberWithoutAFormatIsStillItsValue() {
    assertThat(values.formatRawCellContents(3.0, 0, null)).isEqualTo("3");
  }
}
