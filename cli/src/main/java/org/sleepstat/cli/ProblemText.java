package org.sleepstat.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sleepstat.core.io.Problem;

/**
 * The problems of an import as text, problems alike grouped: a German export can break the same
 * rule with the same value on thousands of rows, and one line per row buries the few other
 * problems. Problems in a cell with the same variable, column, rule, value, message and action
 * are one group, printed as one line with the count and the first lines, in the order of their
 * first problem. A group of one keeps the line of {@link Problem#format}; so do problems of a
 * whole row or file (column 0), which are never grouped. The JSON and the workbook list every
 * problem.
 */
final class ProblemText {
  /** How many line numbers a group lists. */
  static final int LINES_LISTED = 5;

  /** What problems alike share: everything but the line. */
  private record Key(String variable, int column, Problem.Rule rule, String value,
      String message, Problem.Action action) {
    static Key of(Problem p) {
      return new Key(p.variable(), p.column(), p.rule(), p.value(), p.message(), p.action());
    }
  }

  /** Problems alike: the first, how many, and the smallest lines, ascending. */
  private static final class Group {
    final Problem first;
    long count;
    final long[] lines = new long[LINES_LISTED];
    int listed;

    Group(Problem first) {
      this.first = first;
      add(first);
    }

    void add(Problem p) {
      count++;
      long line = p.line();
      if (listed == LINES_LISTED && line >= lines[listed - 1]) {
        return;
      }
      int at = listed == LINES_LISTED ? listed - 1 : listed++;
      while (at > 0 && lines[at - 1] > line) {
        lines[at] = lines[at - 1];
        at--;
      }
      lines[at] = line;
    }
  }

  private ProblemText() {}

  /**
   * Prints how many problems there are, then a line per problem or per group of problems alike,
   * then, when some were grouped, how many groups and where each problem is listed.
   */
  static void print(String file, List<Problem> problems, PrintWriter out) {
    int n = problems.size();
    if (n == 0) {
      out.println("no problems");
      return;
    }
    out.println(String.format(Locale.ROOT, "%,d %s:", n, n == 1 ? "problem" : "problems"));
    List<Group> groups = group(problems);
    for (Group g : groups) {
      out.println(g.count == 1 ? g.first.format(file) : groupLine(file, g));
    }
    if (groups.size() < n) {
      out.println(String.format(Locale.ROOT, "%,d problems in %,d group%s of the same variable,"
          + " value and rule; sleepstat validate --json lists each one", n, groups.size(),
          groups.size() == 1 ? "" : "s"));
    }
  }

  private static List<Group> group(List<Problem> problems) {
    List<Group> groups = new ArrayList<>();
    Map<Key, Group> byKey = new HashMap<>();
    for (Problem p : problems) {
      if (p.column() == 0) {
        groups.add(new Group(p));
        continue;
      }
      Group g = byKey.get(Key.of(p));
      if (g == null) {
        g = new Group(p);
        byKey.put(Key.of(p), g);
        groups.add(g);
      } else {
        g.add(p);
      }
    }
    return groups;
  }

  /**
   * {@code FILE:LINE:COLUMN: variable: "value" in N rows: lines a, b, c, d, e, … (rest of the
   * message; action)} with the first problem's place, so that every line keeps the form of a
   * single problem; a message that does not start with the quoted value stands whole in the
   * parentheses.
   */
  private static String groupLine(String file, Group g) {
    Problem p = g.first;
    String quoted = "\"" + p.value().strip() + "\"";
    boolean valueFirst = p.message().startsWith(quoted + " ");
    StringBuilder b = new StringBuilder(file).append(':').append(p.line()).append(':')
        .append(p.column()).append(": ").append(p.variable()).append(": ");
    if (valueFirst) {
      b.append(quoted).append(' ');
    }
    b.append(String.format(Locale.ROOT, "in %,d rows: lines ", g.count));
    b.append(String.join(", ", Arrays.stream(g.lines, 0, g.listed).mapToObj(Long::toString)
        .toList()));
    if (g.count > g.listed) {
      b.append(", …");
    }
    b.append(" (").append(valueFirst ? p.message().substring(quoted.length() + 1) : p.message());
    b.append(switch (p.action()) {
      case ROW_REJECTED -> "; rows rejected";
      case SET_MISSING -> "; set missing";
      case NOTED -> ""; // the message says what was done
    });
    return b.append(')').toString();
  }
}
