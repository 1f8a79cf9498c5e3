package org.sleepstat.report.sheets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.sleepstat.analysis.AdjustedDifference;
import org.sleepstat.analysis.Estimate;
import org.sleepstat.analysis.SensitivityResult;
import org.sleepstat.report.Report;
import org.sleepstat.report.xlsx.CellKind;
import org.sleepstat.report.xlsx.SheetWriter;
import org.sleepstat.stats.Stat;

/**
 * The main results beside the sensitivity analyses: who each part of the survey left out, then
 * per outcome the paired mean change and the adjusted difference over every respondent, without
 * red flags and for persistent pain only, side by side (n, estimate, 95% CI, p per part).
 */
final class SensitivitySheet implements ReportSheet {
  static final String NAME = "Sensitivity";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void write(SheetWriter w, Report report) {
    SensitivityResult r = report.analysis().sensitivity();
    w.title("Sensitivity: the main results beside the same analyses without red flags and for"
        + " persistent pain only");
    // the rules and notes are long: lines under the table, so the columns stay narrow for the
    // side-by-side tables below
    Table<SensitivityResult.Subset> parts = new Table<SensitivityResult.Subset>()
        .text("Part", s -> label(s.kind()))
        .count("Respondents", SensitivityResult.Subset::respondents)
        .count("Left out", SensitivityResult.Subset::leftOut)
        .count("Of these: answer missing", SensitivityResult.Subset::leftOutMissing)
        .count("Kept: a flag unanswered", SensitivityResult.Subset::keptWithMissing)
        .withoutNotes();
    parts.write(w, r.subsets());
    for (SensitivityResult.Subset s : r.subsets()) {
      StringBuilder line = new StringBuilder(label(s.kind())).append(": ").append(s.rule());
      s.unavailable().ifPresent(why -> line.append("; not formed: ").append(why));
      s.notes().forEach(n -> line.append("; ").append(n));
      w.note(line.toString());
    }
    if (r.outcomes().isEmpty()) {
      w.skip();
      w.title("No outcome with both a _pre and a _post column");
      w.finish();
      return;
    }
    w.skip();
    w.title("Mean change after − before (paired t-test, the treated with both values)");
    side(w, report, r, rep -> Optional.of(new Numbers(rep.paired().n(),
        rep.paired().tTest().meanChange(), rep.paired().tTest().p())));
    w.skip();
    w.title("Adjusted difference treated − untreated after: lm(post ~ pre + group +"
        + " covariates)");
    side(w, report, r, rep -> rep.adjusted().map(a -> numbers(a)));
    w.finish();
  }

  /** What one part shows of one analysis. */
  private record Numbers(int n, Estimate estimate, Stat p) {}

  private static Numbers numbers(AdjustedDifference a) {
    return new Numbers(a.n(), a.difference(), a.p());
  }

  /** A table with the parts side by side, under a header row naming each part. */
  private static void side(SheetWriter w, Report report, SensitivityResult r,
      Function<SensitivityResult.Repeat, Optional<Numbers>> what) {
    Table<SensitivityResult.Outcome> table = new Table<SensitivityResult.Outcome>()
        .text("Measure", o -> report.text().title(o.outcome()));
    List<String> groups = new ArrayList<>();
    groups.add(null);
    for (SensitivityResult.Subset s : r.subsets()) {
      Function<SensitivityResult.Outcome, Optional<Numbers>> of =
          o -> o.of(s.kind()).flatMap(what);
      String absent = s.unavailable().map(why -> "not formed: " + why)
          .orElse("no group column: no adjusted difference");
      Stat none = Stat.undefined(absent);
      table.stat("n", CellKind.COUNT, o -> of.apply(o).map(x -> Stat.of(x.n())).orElse(none))
          .stat("Estimate", CellKind.NUMBER,
              o -> of.apply(o).map(x -> x.estimate().value()).orElse(none))
          .stat("95% CI low", CellKind.NUMBER,
              o -> of.apply(o).map(x -> x.estimate().ciLow()).orElse(none))
          .stat("95% CI high", CellKind.NUMBER,
              o -> of.apply(o).map(x -> x.estimate().ciHigh()).orElse(none))
          .stat("p", CellKind.P, o -> of.apply(o).map(Numbers::p).orElse(none));
      for (int k = 0; k < 5; k++) {
        groups.add(label(s.kind()));
      }
    }
    w.groupHeader(groups);
    table.write(w, r.outcomes());
  }

  private static String label(SensitivityResult.Kind kind) {
    return switch (kind) {
      case MAIN -> "Main (every respondent)";
      case WITHOUT_RED_FLAGS -> "Without red flags";
      case PERSISTENT_ONLY -> "Persistent pain only";
    };
  }
}
