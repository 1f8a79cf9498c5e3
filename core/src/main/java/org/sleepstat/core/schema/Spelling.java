package org.sleepstat.core.schema;

import java.util.Locale;

/**
 * The normal form used to compare column names and category spellings: lower case, with spaces,
 * hyphens and underscores treated alike.
 */
public final class Spelling {
  private Spelling() {}

  /**
   * Key for matching a category value: trimmed, lower case, runs of spaces, hyphens and underscores
   * collapsed to one underscore. "Medium-firm", "medium firm" and "MEDIUM_FIRM" give "medium_firm".
   */
  public static String categoryKey(String raw) {
    String s = raw.strip().toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(s.length());
    boolean sep = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '-' || c == '_' || c == '\t') {
        sep = b.length() > 0;
      } else {
        if (sep) {
          b.append('_');
          sep = false;
        }
        b.append(c);
      }
    }
    return b.toString();
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
