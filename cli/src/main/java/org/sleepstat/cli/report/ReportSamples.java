package org.sleepstat.cli.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sleepstat.analysis.AnalysisResult;
import org.sleepstat.analysis.MattressAgeResult;
import org.sleepstat.analysis.PairedResult;
import org.sleepstat.analysis.PositionGroup;
import org.sleepstat.analysis.PositionResult;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.NumberColumn;
import org.sleepstat.core.survey.Survey;

/**
 * Picks out of a survey the values behind each analysis result, selected as {@code
 * SurveyAnalysis} selects them (the charts need the values, the analysis gives only statistics).
 * Every sample is checked against its result's counts, so a change of selection in the analysis
 * fails loudly here instead of drawing other respondents than were tested.
 */
final class ReportSamples {
  static final String CHANGED = "changed_mattress";
  static final String POSITION = "sleep_position";
  static final String AGE = "mattress_age_years";

  private ReportSamples() {}

  /** The pairs of each paired result: changed_mattress = yes (when present), both values. */
  static List<PairedSample> paired(Survey survey, AnalysisResult analysis) {
    Optional<LevelColumn> changed = survey.levels(CHANGED);
    int yes = changed.map(c -> c.levels().indexOf("yes")).orElse(-1);
    List<PairedSample> out = new ArrayList<>();
    for (PairedResult result : analysis.paired()) {
      Codebook.Outcome o = outcome(survey, result.outcome());
      NumberColumn pre = survey.numbers(o.pre().name()).orElseThrow();
      NumberColumn post = survey.numbers(o.post().name()).orElseThrow();
      double[] before = new double[survey.size()];
      double[] after = new double[survey.size()];
      int n = 0;
      for (int i = 0; i < survey.size(); i++) {
        if (changed.isPresent() && (yes < 0 || changed.get().code(i) != yes)) {
          continue;
        }
        if (pre.isMissing(i) || post.isMissing(i)) {
          continue;
        }
        before[n] = pre.get(i);
        after[n] = post.get(i);
        n++;
      }
      out.add(new PairedSample(result, Arrays.copyOf(before, n), Arrays.copyOf(after, n)));
    }
    return out;
  }

  /** The values of each by-position result, per position with at least one value. */
  static List<PositionSample> byPosition(Survey survey, AnalysisResult analysis) {
    List<PositionSample> out = new ArrayList<>();
    for (PositionResult result : analysis.byPosition()) {
      LevelColumn position = survey.levels(POSITION).orElseThrow();
      NumberColumn y = survey.numbers(result.outcome()).orElseThrow();
      List<PositionSample.Group> groups = new ArrayList<>();
      for (PositionGroup g : result.groups()) {
        int code = position.levels().indexOf(g.position());
        double[] values = new double[survey.size()];
        int n = 0;
        for (int i = 0; i < survey.size(); i++) {
          if (position.code(i) == code && !y.isMissing(i)) {
            values[n++] = y.get(i);
          }
        }
        groups.add(new PositionSample.Group(g.position(), Arrays.copyOf(values, n)));
      }
      out.add(new PositionSample(result, groups));
    }
    return out;
  }

  /** The (mattress age, outcome) points of each mattress-age result. */
  static List<AgeSample> mattressAge(Survey survey, AnalysisResult analysis) {
    List<AgeSample> out = new ArrayList<>();
    for (MattressAgeResult result : analysis.mattressAge()) {
      NumberColumn age = survey.numbers(AGE).orElseThrow();
      NumberColumn y = survey.numbers(result.outcome()).orElseThrow();
      double[] a = new double[survey.size()];
      double[] v = new double[survey.size()];
      int n = 0;
      for (int i = 0; i < survey.size(); i++) {
        if (!age.isMissing(i) && !y.isMissing(i)) {
          a[n] = age.get(i);
          v[n] = y.get(i);
          n++;
        }
      }
      out.add(new AgeSample(result, Arrays.copyOf(a, n), Arrays.copyOf(v, n)));
    }
    return out;
  }

  private static Codebook.Outcome outcome(Survey survey, String name) {
    return survey.codebook().outcomes().stream().filter(o -> o.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no outcome " + name + " in the codebook"));
  }
}
