package org.sleepstat.core.schema;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks that the written forms of a variable's levels (its levels, its spellings and, for a
 * boolean, the built-in spellings) can be read one way only. Two forms that read the same
 * ({@link Spelling#categoryKey}) but name different levels would otherwise be settled by whichever
 * the level index happened to keep; a form that is a missing token or a missing code would never
 * be read as its level at all.
 */
final class WrittenForms {
  /**
   * The standard missing tokens, as the importer's cell reader compares them (trimmed, case
   * ignored); the empty cell is one too but no form is empty.
   */
  private static final List<String> MISSING_TOKENS = List.of("na", "n/a", ".", "nan");

  private static final String IGNORED = " (matching ignores case and spaces, hyphens and"
      + " underscores between words)";

  private WrittenForms() {}

  /** What a form is, as messages name it. */
  enum Kind {
    LEVEL("level"),
    SPELLING("spelling"),
    BUILT_IN("the built-in spelling");

    final String words;

    Kind(String words) {
      this.words = words;
    }
  }

  /**
   * One written form.
   *
   * @param line the physical line of the codebook where it is written, 0 when unknown or built in
   */
  record Form(Kind kind, String text, String level, long line) {}

  /**
   * Why a form cannot be used.
   *
   * @param line the line of the form that is refused (0 when unknown)
   */
  record Refusal(long line, String message) {}

  /** The first form that cannot be used, or null when every form reads one way only. */
  static Refusal check(List<Form> forms, Set<String> missingCodes) {
    Map<String, Form> byKey = new HashMap<>();
    for (Form f : forms) {
      String what = f.kind().words + " \"" + f.text() + "\"";
      if (f.kind() != Kind.BUILT_IN && MISSING_TOKENS.contains(f.text().strip()
          .toLowerCase(Locale.ROOT))) {
        return new Refusal(f.line(), what + " is a standard missing token (empty, NA, N/A, \".\","
            + " NaN), so no value would ever read as it");
      }
      String key = Spelling.categoryKey(f.text());
      for (String code : missingCodes) {
        if (Spelling.categoryKey(code).equals(key)) {
          return new Refusal(f.line(), what + " reads the same as the missing code \"" + code
              + "\" (a value cannot be both)");
        }
      }
      Form earlier = byKey.putIfAbsent(key, f);
      if (earlier != null && !earlier.level().equals(f.level())) {
        String where = earlier.kind() == Kind.BUILT_IN || earlier.line() == 0 ? ""
            : " on line " + earlier.line();
        String other = earlier.kind().words + " \"" + earlier.text() + "\"" + where;
        if (f.kind() == Kind.LEVEL) {
          return new Refusal(f.line(), what + " and " + other + " read the same" + IGNORED);
        }
        return new Refusal(f.line(), what + " names level \"" + f.level() + "\", but " + other
            + " names \"" + earlier.level() + "\" and they read the same" + IGNORED);
      }
    }
    return null;
  }
}
