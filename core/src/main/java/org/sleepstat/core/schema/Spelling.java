package org.sleepstat.core.schema;

import java.util.Locale;

/**
 * The normal form used to compare column names and category spellings: lower case, with spaces,
 * hyphens and underscores treated alike.
 */
public final class Spelling {
  private Spelling() {}

  /**
   * Key for matching a category value: trimmed of whitespace, lower case, and each run of spaces,
   * hyphens and underscores <em>between</em> two other characters collapsed to one underscore.
   * "Medium-firm", "medium firm" and "MEDIUM_FIRM" give "medium_firm". A run at either end is kept
   * as written, because there it is a sign or a mark, not a separator: "-1" is not "1", "_1_" is
   * not "1" and "--yes--" is not "yes".
   */
  public static String categoryKey(String raw) {
    String s = raw.strip().toLowerCase(Locale.ROOT);
    int from = 0;
    while (from < s.length() && isSeparator(s.charAt(from))) {
      from++;
    }
    int to = s.length();
    while (to > from && isSeparator(s.charAt(to - 1))) {
      to--;
    }
    StringBuilder b = new StringBuilder(s.length()).append(s, 0, from);
    boolean sep = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (isSeparator(c)) {
        sep = true;
      } else {
        if (sep) {
          b.append('_');
          sep = false;
        }
        b.append(c);
      }
    }
    return b.append(s, to, s.length()).toString();
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '-' || c == '_' || c == '\t';
  }

  /**
   * Key for matching a column header: lower case with spaces, hyphens and underscores removed.
   * "Pain Morning-Pre" and "pain_morning_pre" give "painmorningpre".
   */
  public static String headerKey(String raw) {
    String s = raw.strip().toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' && c != '-' && c != '_' && c != '\t') {
        b.append(c);
      }
    }
    return b.toString();
  }
}
