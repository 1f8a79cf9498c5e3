package org.sleepstat.core.schema;

import java.util.Collection;
import java.util.Optional;

/**
 * The name among several that a mistyped one most likely meant, for "did you mean" messages:
 * the fewest edits (insert, delete, replace, swap two neighbours) between the names compared as
 * headers are ({@link Spelling#headerKey}), if they are few for the name's length.
 */
public final class Nearest {
  private Nearest() {}

  /**
   * The candidate closest to {@code name}, within a third of its length (at least 2 edits);
   * ties go to the earlier candidate.
   */
  public static Optional<String> among(String name, Collection<String> candidates) {
    String key = Spelling.headerKey(name);
    int limit = Math.max(2, key.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(key, Spelling.headerKey(c));
      if (d <= limit && d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The optimal-string-alignment distance: edits with neighbours swapped counting one. */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }
}
