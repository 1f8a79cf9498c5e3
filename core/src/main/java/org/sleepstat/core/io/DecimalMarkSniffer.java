package org.sleepstat.core.io;

/**
 * Decides a text file's decimal mark from its first records: a point or a comma, whichever more
 * numbers in the sample show unambiguously ("3.5", "27,25"; not "1,040" or "1.234", which may be
 * grouped thousands). A comma-separated file always has a decimal point. Undecided (0) when the
 * sample shows neither or both equally; the first unambiguous number read then decides.
 */
final class DecimalMarkSniffer {
  private DecimalMarkSniffer() {}

  /** '.', ',' or 0 for undecided. */
  static char sniff(CharSequence s, char delimiter) {
    if (delimiter == ',') {
      return '.';
    }
    int points = 0;
    int commas = 0;
    int n = s.length();
    int i = 0;
    while (i < n) {
      int from;
      int to;
      if (s.charAt(i) == '"') {
        from = ++i;
        while (i < n && !(s.charAt(i) == '"' && (i + 1 == n || s.charAt(i + 1) != '"'))) {
          i += s.charAt(i) == '"' ? 2 : 1;
        }
        to = Math.min(i, n);
        while (i < n && !isEnd(s.charAt(i), delimiter)) {
          i++;
        }
      } else {
        from = i;
        while (i < n && !isEnd(s.charAt(i), delimiter)) {
          i++;
        }
        to = i;
      }
      char mark = markOf(s, from, to);
      if (mark == '.') {
        points++;
      } else if (mark == ',') {
        commas++;
      }
      i++; // the delimiter or line break
    }
    return points > commas ? '.' : commas > points ? ',' : 0;
  }

  private static boolean isEnd(char c, char delimiter) {
    return c == delimiter || c == '\n' || c == '\r';
  }

  /**
   * The decimal mark of a number such as "-3.5" or "27,25", or 0 for anything else, including a
   * number that may be a grouped thousand ({@link #looksGrouped}).
   */
  static char markOf(CharSequence s, int from, int to) {
    while (from < to && Character.isWhitespace(s.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
      to--;
    }
    if (from < to && (s.charAt(from) == '-' || s.charAt(from) == '+')) {
      from++;
    }
    int mark = -1;
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (c == '.' || c == ',') {
        if (mark >= 0) {
          return 0;
        }
        mark = k;
      } else if (c < '0' || c > '9') {
        return 0;
      }
    }
    if (mark <= from || mark >= to - 1 || looksGrouped(s, from, to, mark)) {
      return 0;
    }
    return s.charAt(mark);
  }

  /**
   * Whether digits with one mark at {@code mark} may be a thousand with a group separator: one to
   * three digits, not starting with 0, then exactly three ("1,040", "12.500").
   */
  static boolean looksGrouped(CharSequence s, int from, int to, int mark) {
    int before = mark - from;
    return to - mark - 1 == 3 && before >= 1 && before <= 3 && s.charAt(from) != '0';
  }
}
