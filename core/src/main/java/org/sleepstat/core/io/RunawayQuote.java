package org.sleepstat.core.io;

/**
 * Finds a quoted field that runs on over lines that look like records of their own: the sign of
 * a stray or missing quote that merges rows into one field. (Two stray quotes pass the check for
 * an odd number of quotes, and the merged record may still have the right number of fields.) A
 * line inside a field looks like a record when it holds as many delimiters as a record does and
 * starts like the record around it: with text of the same shape as its first field ("R3" like
 * "R2", "1044" like "1043"), or for the header with any text at all.
 */
final class RunawayQuote {
  /**
   * A field that opens on {@code line} in {@code column} and ends on {@code lastLine}, and its
   * physical line {@code recordLine} reading {@code text}, which looks like a record.
   */
  record Found(long line, int column, long lastLine, long recordLine, String text) {
    String message() {
      return "a quoted field opens here and runs on to line " + lastLine + ", over lines that"
          + " look like records of their own (line " + recordLine + ": " + CellReader.quote(text)
          + "); a quote is stray or missing, so those rows would be merged into one field";
    }
  }

  private RunawayQuote() {}

  /**
   * The first field of {@code rec} that runs over a record-like line, or null.
   *
   * @param width the number of fields of a record (the header's)
   * @param header whether {@code rec} is the header, whose first field says nothing of the ids
   */
  static Found find(CharRecord rec, char delimiter, int width, boolean header) {
    if (width < 2) {
      return null;
    }
    long line = rec.line;
    String shape = null;
    for (int f = 0; f < rec.count; f++) {
      int from = rec.starts[f];
      int to = rec.ends[f];
      int breaks = 0;
      int segment = from;
      for (int k = from; k <= to; k++) {
        boolean end = k == to;
        char c = end ? 0 : rec.chars[k];
        if (!end && c != '\n' && c != '\r') {
          continue;
        }
        if (breaks > 0) {
          int delimiters = count(rec.chars, segment, k, delimiter) + (end ? rec.count - 1 - f : 0);
          if (delimiters == width - 1) {
            if (shape == null && !header) {
              shape = shape(firstLine(rec, 0));
            }
            String first = firstToken(rec.chars, segment, k, delimiter);
            if (!first.isBlank() && (header || shape(first).equals(shape))) {
              return new Found(line, f + 1, line + countBreaks(rec.chars, from, to),
                  line + breaks, new String(rec.chars, segment, k - segment));
            }
          }
        }
        if (end) {
          break;
        }
        if (c == '\r' && k + 1 < to && rec.chars[k + 1] == '\n') {
          k++;
        }
        breaks++;
        segment = k + 1;
      }
      line += breaks;
    }
    return null;
  }

  private static int count(char[] a, int from, int to, char c) {
    int n = 0;
    for (int k = from; k < to; k++) {
      if (a[k] == c) {
        n++;
      }
    }
    return n;
  }

  private static int countBreaks(char[] a, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      if (a[k] == '\n' && (k == from || a[k - 1] != '\r') || a[k] == '\r') {
        n++;
      }
    }
    return n;
  }

  private static String firstLine(CharRecord rec, int field) {
    int from = rec.starts[field];
    int to = from;
    while (to < rec.ends[field] && rec.chars[to] != '\n' && rec.chars[to] != '\r') {
      to++;
    }
    return new String(rec.chars, from, to - from);
  }

  private static String firstToken(char[] a, int from, int to, char delimiter) {
    int k = from;
    while (k < to && a[k] != delimiter) {
      k++;
    }
    return new String(a, from, k - from);
  }

  /** Letters as 'a', digits as '9', runs of one class as one: "R12" and "r3" are both "a9". */
  static String shape(String s) {
    StringBuilder b = new StringBuilder();
    String t = s.strip();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      char k = Character.isLetter(c) ? 'a' : Character.isDigit(c) ? '9' : c;
      if (b.length() == 0 || b.charAt(b.length() - 1) != k) {
        b.append(k);
      }
    }
    return b.toString();
  }
}
