package org.sleepstat.report.sheets;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.sleepstat.report.xlsx.CellKind;
import org.sleepstat.report.xlsx.SheetWriter;
import org.sleepstat.stats.Stat;

/**
 * A results table declared column by column: a header and how a row fills its cell. A sheet lists
 * its columns once, so a statistic the analysis adds later is one more line; the table writes the
 * header, one row per result and, unless turned off, a last "Notes" column saying why a
 * statistic is empty.
 *
 * @param <T> the result a row shows
 */
final class Table<T> {
  /** One or more adjacent cells that one writer fills. */
  private record Column<T>(List<String> headers, BiConsumer<SheetWriter.Line, T> writer) {}

  private final List<Column<T>> columns = new ArrayList<>();
  private boolean notes = true;

  /** A text column. */
  Table<T> text(String header, Function<T, String> value) {
    columns.add(new Column<>(List.of(header), (line, row) -> line.text(value.apply(row))));
    return this;
  }

  /** A column of whole numbers. */
  Table<T> count(String header, ToLongFunction<T> value) {
    columns.add(new Column<>(List.of(header),
        (line, row) -> line.number(value.applyAsLong(row), CellKind.COUNT)));
    return this;
  }

  /** A column of statistics shown as {@code kind}; an undefined one is noted with its reason. */
  Table<T> stat(String header, CellKind kind, Function<T, Stat> value) {
    columns.add(new Column<>(List.of(header),
        (line, row) -> StatCells.stat(line, value.apply(row), kind, header)));
    return this;
  }

  /** A column the caller fills. */
  Table<T> column(String header, BiConsumer<SheetWriter.Line, T> writer) {
    return columns(List.of(header), writer);
  }

  /** Adjacent columns that the caller fills in one go, one cell per header. */
  Table<T> columns(List<String> headers, BiConsumer<SheetWriter.Line, T> writer) {
    columns.add(new Column<>(List.copyOf(headers), writer));
    return this;
  }

  /** Remarks about the row (e.g. an analysis's notes) at the start of its "Notes" column. */
  Table<T> remarks(Function<T, List<String>> value) {
    columns.add(new Column<>(List.of(),
        (line, row) -> value.apply(row).forEach(line::remark)));
    return this;
  }

  /** No "Notes" column. */
  Table<T> withoutNotes() {
    notes = false;
    return this;
  }

  /** The headers, the notes column included. */
  List<String> headers() {
    List<String> headers = new ArrayList<>();
    columns.forEach(c -> headers.addAll(c.headers()));
    if (notes) {
      headers.add("Notes");
    }
    return headers;
  }

  /** Writes the header row and one row per result; returns the header's row index. */
  int write(SheetWriter w, Iterable<? extends T> rows) {
    int header = w.header(headers());
    for (T row : rows) {
      writeRow(w, row);
    }
    return header;
  }

  /** Writes one row. */
  void writeRow(SheetWriter w, T row) {
    SheetWriter.Line line = w.line();
    int column = 0;
    for (Column<T> c : columns) {
      c.writer().accept(line.at(column), row);
      column += c.headers().size();
    }
    line.at(column);
    if (notes) {
      line.notes();
    }
  }
}
