package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.core.survey.TextColumn;

/** Finds the respondents with any red flag ({@link StudyDesign#redFlags}) answered yes. */
final class RedFlagScan {
  private RedFlagScan() {}

  static RedFlags scan(Survey survey, StudyDesign design) {
    List<LevelColumn> columns = new ArrayList<>();
    for (Variable v : design.redFlags()) {
      survey.levels(v.name()).ifPresent(columns::add);
    }
    int k = columns.size();
    int[] yes = new int[k];
    int[] missing = new int[k];
    int size = survey.size();
    int words = (size + 63) >>> 6;
    // per flag the respondents who answered yes, one bit each, column by column
    long[][] answered = new long[k][words];
    for (int c = 0; c < k; c++) {
      LevelColumn column = columns.get(c);
      int yesCode = column.levels().indexOf(StudyDesign.YES);
      long[] bits = answered[c];
      int yesCount = 0;
      int missingCount = 0;
      for (int i = 0; i < size; i++) {
        int code = column.code(i);
        if (code == LevelColumn.MISSING) {
          missingCount++;
        } else if (code == yesCode) {
          yesCount++;
          bits[i >>> 6] |= 1L << i;
        }
      }
      yes[c] = yesCount;
      missing[c] = missingCount;
    }
    TextColumn ids = survey.ids();
    List<String> flaggedIds = new ArrayList<>();
    List<RedFlags.Flagged> flagged = new ArrayList<>();
    List<List<String>> yesIds = new ArrayList<>(k);
    for (int c = 0; c < k; c++) {
      yesIds.add(new ArrayList<>(yes[c]));
    }
    Map<Long, List<String>> combinations = new HashMap<>();
    for (int w = 0; w < words; w++) {
      long any = 0;
      for (int c = 0; c < k; c++) {
        any |= answered[c][w];
      }
      while (any != 0) {
        int i = (w << 6) + Long.numberOfTrailingZeros(any);
        any &= any - 1;
        String id = ids.get(i);
        long mask = 0;
        List<String> names = k > Long.SIZE ? new ArrayList<>() : null;
        for (int c = 0; c < k; c++) {
          if ((answered[c][w] & (1L << i)) != 0) {
            yesIds.get(c).add(id);
            if (names != null) {
              names.add(columns.get(c).name());
            } else {
              mask |= 1L << c;
            }
          }
        }
        // respondents with the same flags share one (immutable) list of their names
        List<String> answeredYes = names != null ? names
            : combinations.computeIfAbsent(mask, bits -> {
              List<String> list = new ArrayList<>(Long.bitCount(bits));
              for (int c = 0; c < k; c++) {
                if ((bits & (1L << c)) != 0) {
                  list.add(columns.get(c).name());
                }
              }
              return List.copyOf(list);
            });
        flaggedIds.add(id);
        flagged.add(new RedFlags.Flagged(id, survey.sourceLine(i), answeredYes));
      }
    }
    List<RedFlags.Flag> flags = new ArrayList<>(k);
    for (int c = 0; c < k; c++) {
      flags.add(new RedFlags.Flag(columns.get(c).name(), yes[c], missing[c], yesIds.get(c)));
    }
    return new RedFlags(flaggedIds.size(), flaggedIds, flags, flagged);
  }
}
