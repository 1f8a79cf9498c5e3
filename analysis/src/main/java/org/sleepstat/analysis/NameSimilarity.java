package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sleepstat.core.schema.Nearest;
import org.sleepstat.core.schema.Spelling;

/**
 * How alike a column's header is to a variable's name, from 0 (nothing shared) to 1 (the same
 * once case, spaces, hyphens and underscores are ignored): the best of four measures on the
 * {@linkplain Spelling#headerKey header keys}, each relative to the longer key, so that one
 * letter off counts more in a short name than in a long one:
 *
 * <ul>
 *   <li>the optimal string alignment (Damerau–Levenshtein) distance, as 1 − distance / length
 *       ("pain_morning_pst" and "pain_morning_post": 0.93; "new_mattress" and
 *       "changed_mattress", "new" for "changed": 0.67);
 *   <li>the common prefix ("pain_morning_after" and "pain_morning_post": 0.69);
 *   <li>one key inside the other ("mattress" in "changed_mattress": 0.53);
 *   <li>whole words of one name inside the other key ("mattress_new" and "changed_mattress"
 *       share "mattress": 0.53; "mattressChanged" and "changed_mattress": 1).
 * </ul>
 *
 * <p>The last three count only pieces of at least {@value #MIN_PIECE} letters, so that "new",
 * "pre" or "age" alone relate nothing. Names are {@linkplain #related related} from {@value
 * #RELATED}: close enough for a column to be proposed by its name.
 */
final class NameSimilarity {
  /** The score from which a column's name is taken to point at a variable. */
  static final double RELATED = 0.4;
  /** The shortest prefix, contained key or word that counts. */
  static final int MIN_PIECE = 4;

  private NameSimilarity() {}

  /** Whether a score says the names are related. */
  static boolean related(double score) {
    return score >= RELATED;
  }

  /** The similarity of {@code column} to {@code variable}, in [0, 1]. */
  static double score(String column, String variable) {
    String a = Spelling.headerKey(column);
    String b = Spelling.headerKey(variable);
    int longer = Math.max(a.length(), b.length());
    if (longer == 0) {
      return 0;
    }
    double best = 1 - (double) distance(a, b) / longer;
    int prefix = commonPrefix(a, b);
    if (prefix >= MIN_PIECE) {
      best = Math.max(best, (double) prefix / longer);
    }
    String shorter = a.length() <= b.length() ? a : b;
    if (shorter.length() >= MIN_PIECE && (a.contains(b) || b.contains(a))) {
      best = Math.max(best, (double) shorter.length() / longer);
    }
    int shared = Math.max(sharedWords(column, b), sharedWords(variable, a));
    return Math.max(best, (double) shared / longer);
  }

  /** The optimal string alignment distance ({@link Nearest#distance}). */
  static int distance(String a, String b) {
    return Nearest.distance(a, b);
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  /** Letters of the words of {@code name} (of at least MIN_PIECE letters) found in {@code key}. */
  private static int sharedWords(String name, String key) {
    int shared = 0;
    for (String w : words(name)) {
      if (w.length() >= MIN_PIECE && key.contains(w)) {
        shared += w.length();
      }
    }
    return shared;
  }

  /**
   * The words of a name, lower case: split at spaces, hyphens, underscores and where a lower-case
   * letter is followed by an upper-case one ("newMattress" gives new, mattress).
   */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    char previous = ' ';
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean separator = c == ' ' || c == '-' || c == '_' || c == '\t';
      boolean camel = Character.isLowerCase(previous) && Character.isUpperCase(c);
      if ((separator || camel) && w.length() > 0) {
        words.add(w.toString().toLowerCase(Locale.ROOT));
        w.setLength(0);
      }
      if (!separator) {
        w.append(c);
      }
      previous = c;
    }
    if (w.length() > 0) {
      words.add(w.toString().toLowerCase(Locale.ROOT));
    }
    return words;
  }
}
