package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.List;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.schema.VariableType;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.core.survey.TextColumn;

/** Finds the respondents with any red flag: a yes/no variable named {@code rf_*} answered yes. */
final class RedFlagScan {
  static final String PREFIX = "rf_";

  private RedFlagScan() {}

  static RedFlags scan(Survey survey) {
    List<LevelColumn> columns = new ArrayList<>();
    for (Variable v : survey.codebook().variables()) {
      if (v.type() == VariableType.BOOLEAN && v.name().startsWith(PREFIX)) {
        survey.levels(v.name()).ifPresent(columns::add);
      }
    }
    int k = columns.size();
    int[] yesCode = new int[k];
    int[] yes = new int[k];
    int[] missing = new int[k];
    for (int c = 0; c < k; c++) {
      yesCode[c] = columns.get(c).levels().indexOf("yes");
    }
    TextColumn ids = survey.ids();
    List<String> flaggedIds = new ArrayList<>();
    List<RedFlags.Flagged> flagged = new ArrayList<>();
    List<List<String>> yesIds = new ArrayList<>(k);
    for (int c = 0; c < k; c++) {
      yesIds.add(new ArrayList<>());
    }
    for (int i = 0; i < survey.size(); i++) {
      List<String> answeredYes = null;
      for (int c = 0; c < k; c++) {
        int code = columns.get(c).code(i);
        if (code == LevelColumn.MISSING) {
          missing[c]++;
        } else if (code == yesCode[c]) {
          yes[c]++;
          yesIds.get(c).add(ids.get(i));
          if (answeredYes == null) {
            answeredYes = new ArrayList<>();
          }
          answeredYes.add(columns.get(c).name());
        }
      }
      if (answeredYes != null) {
        flaggedIds.add(ids.get(i));
        flagged.add(new RedFlags.Flagged(ids.get(i), survey.sourceLine(i), answeredYes));
      }
    }
    List<RedFlags.Flag> flags = new ArrayList<>(k);
    for (int c = 0; c < k; c++) {
      flags.add(new RedFlags.Flag(columns.get(c).name(), yes[c], missing[c], yesIds.get(c)));
    }
    return new RedFlags(flaggedIds.size(), flaggedIds, flags, flagged);
  }
}
