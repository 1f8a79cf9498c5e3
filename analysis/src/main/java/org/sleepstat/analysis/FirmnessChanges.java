package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.sleepstat.core.plan.StudyDesign;
import org.sleepstat.core.survey.LevelColumn;
import org.sleepstat.core.survey.Survey;
import org.sleepstat.stats.Stat;

/**
 * The change by the new mattress's firmness f, adjusted for the value before, over the treated
 * respondents with pre, post and f: {@code lm(post ~ pre + f)} with f an unordered factor of the
 * levels present (treatment coding), its F test against {@code lm(post ~ pre)}, and {@code
 * lm(post ~ pre + advised)} for the advised level against the rest.
 */
final class FirmnessChanges {
  /** R's name of the coefficient of a logical advised = TRUE. */
  static final String ADVISED_TERM = "advisedTRUE";

  private final LevelColumn firmness;
  private final LevelColumn group;
  private final int treated;
  private final String reference;

  private FirmnessChanges(LevelColumn firmness, LevelColumn group, int treated,
      String reference) {
    this.firmness = firmness;
    this.group = group;
    this.treated = treated;
    this.reference = reference;
  }

  /** Over the design's treated (everyone, noted, when the file has no group column). */
  static FirmnessChanges of(Survey survey, StudyDesign design, LevelColumn firmness,
      List<String> notes) {
    LevelColumn group = null;
    int treated = -1;
    if (design.group().isPresent()) {
      StudyDesign.Group g = design.group().get();
      Optional<LevelColumn> column = survey.levels(g.variable().name());
      if (column.isPresent()) {
        group = column.get();
        treated = group.levels().indexOf(g.treated());
      } else {
        notes.add("the file has no " + g.variable().name() + " column: the change by "
            + firmness.name() + " covers every respondent with it");
      }
    }
    return new FirmnessChanges(firmness, group, treated,
        design.models().referenceLevels().get(firmness.name()));
  }

  FirmnessChange compare(PairedColumns columns, String advised, int advisedCode) {
    int size = firmness.size();
    int[] codes = new int[size];
    double[] pre = new double[size];
    double[] post = new double[size];
    int n = 0;
    for (int i = 0; i < size; i++) {
      int code = firmness.code(i);
      double x = columns.pre().get(i);
      double y = columns.post().get(i);
      if (code == LevelColumn.MISSING || Double.isNaN(x) || Double.isNaN(y)
          || (group != null && group.code(i) != treated)) {
        continue;
      }
      codes[n] = code;
      pre[n] = x;
      post[n] = y;
      n++;
    }
    codes = Arrays.copyOf(codes, n);
    pre = Arrays.copyOf(pre, n);
    post = Arrays.copyOf(post, n);
    List<String> levels = firmness.levels();
    int[] counts = new int[levels.size()];
    for (int c : codes) {
      counts[c]++;
    }
    List<FirmnessChange.LevelCount> present = new ArrayList<>();
    for (int g = 0; g < counts.length; g++) {
      if (counts[g] > 0) {
        present.add(new FirmnessChange.LevelCount(levels.get(g), counts[g]));
      }
    }
    int ref = referenceCode(counts);
    List<String> notes = new ArrayList<>();
    String outcome = columns.outcome().name();
    HeldFit reduced = HeldFit.of(List.of(pre), post);
    List<RegressionCoefficient> coefficients = new ArrayList<>();
    FirmnessChange.FTest f;
    Stat df;
    if (present.size() < 2) {
      Stat none = Stat.undefined(n == 0 ? "no respondent has pre, post and " + firmness.name()
          : "only one level of " + firmness.name() + " among the respondents: nothing to"
              + " compare (R's lm stops)");
      f = new FirmnessChange.FTest(none, none, none, none);
      df = none;
    } else {
      List<double[]> design = new ArrayList<>(List.of(pre));
      List<String> terms = new ArrayList<>();
      for (int g = 0; g < counts.length; g++) {
        if (counts[g] > 0 && g != ref) {
          design.add(indicator(codes, g));
          terms.add(firmness.name() + levels.get(g));
        }
      }
      HeldFit full = HeldFit.of(design, post);
      for (int j = 0; j < terms.size(); j++) {
        coefficients.add(full.coefficient(2 + j, terms.get(j)));
        if (full.aliased(2 + j)) {
          notes.add(terms.get(j) + " is aliased with the terms before it: no coefficient (R: NA)");
        }
      }
      Stat[] test = full.fTestAgainst(reduced);
      f = new FirmnessChange.FTest(test[0], test[1], test[2], test[3]);
      df = full.residualDf();
    }
    int advisedN = advisedCode < 0 ? 0 : (advisedCode < counts.length ? counts[advisedCode] : 0);
    RegressionCoefficient adv;
    Stat advisedDf;
    if (advisedCode < 0 || advisedN == 0 || advisedN == n) {
      Stat none = Stat.undefined(advisedCode < 0
          ? "no advised level of " + firmness.name()
          : (advisedN == 0 ? "no respondent" : "every respondent") + " at " + advised
              + ": advised is one value (R's lm stops)");
      adv = new RegressionCoefficient(ADVISED_TERM, none, none, none, none, none, none);
      advisedDf = none;
    } else {
      double[] isAdvised = indicator(codes, advisedCode);
      HeldFit fit = HeldFit.of(List.of(pre, isAdvised), post);
      adv = fit.coefficient(2, ADVISED_TERM);
      advisedDf = fit.residualDf();
    }
    return new FirmnessChange(outcome, n, present, ref < 0 ? "" : levels.get(ref), coefficients,
        df, f, adv, advisedN, advisedDf, notes);
  }

  /** 1 where {@code codes} holds {@code code}, else 0. */
  private static double[] indicator(int[] codes, int code) {
    double[] out = new double[codes.length];
    for (int i = 0; i < codes.length; i++) {
      out[i] = codes[i] == code ? 1 : 0;
    }
    return out;
  }

  /** The plan's reference level when it has respondents, else the first level present. */
  private int referenceCode(int[] counts) {
    int planned = reference == null ? -1 : firmness.levels().indexOf(reference);
    if (planned >= 0 && counts[planned] > 0) {
      return planned;
    }
    return IntStream.range(0, counts.length).filter(g -> counts[g] > 0).findFirst().orElse(-1);
  }
}
