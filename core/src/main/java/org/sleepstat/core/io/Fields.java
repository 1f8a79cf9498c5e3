package org.sleepstat.core.io;

/**
 * The fields of one record. A CSV record ({@link CharRecord}) keeps its fields as slices of one
 * char buffer and makes Strings only when asked, so valid cells are read without allocating;
 * other sources give Strings ({@link #of}).
 */
abstract class Fields {
  /** Number of fields. */
  abstract int size();

  /** Field {@code i} as a String. */
  abstract String get(int i);

  /** All fields as Strings; the array is shared, do not change it. */
  abstract String[] toArray();

  /** Whether every field is blank (empty or white space). */
  abstract boolean isBlank();

  /** A stable copy that stays valid after the source moves on to its next record. */
  Fields copy() {
    return of(toArray());
  }

  /** Fields given as Strings. */
  static Fields of(String[] fields) {
    return new Strings(fields);
  }

  private static final class Strings extends Fields {
    private final String[] fields;

    Strings(String[] fields) {
      this.fields = fields;
    }

    @Override
    int size() {
      return fields.length;
    }

    @Override
    String get(int i) {
      return fields[i];
    }

    @Override
    String[] toArray() {
      return fields;
    }

    @Override
    boolean isBlank() {
      for (String f : fields) {
        if (!f.isBlank()) {
          return false;
        }
      }
      return true;
    }

    @Override
    Fields copy() {
      return this;
    }
  }
}
