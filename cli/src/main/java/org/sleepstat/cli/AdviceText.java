package org.sleepstat.cli;

import static org.sleepstat.cli.AnalysisText.num;
import static org.sleepstat.cli.AnalysisText.p;

import java.io.PrintWriter;
import org.sleepstat.analysis.AnalysisResult;
import org.sleepstat.analysis.FirmnessBaseline;
import org.sleepstat.analysis.FirmnessChange;
import org.sleepstat.analysis.FirmnessResult;
import org.sleepstat.analysis.PositionGroup;
import org.sleepstat.analysis.PropComparison;
import org.sleepstat.analysis.PropsResult;
import org.sleepstat.analysis.RegressionCoefficient;
import org.sleepstat.stats.WelchDifference;

/** The readable summary's sections along the advice: props by position and firmness. */
final class AdviceText {
  private AdviceText() {}

  static void write(AnalysisResult result, PrintWriter out) {
    props(result, out);
    firmness(result.firmness(), out);
  }

  private static void props(AnalysisResult result, PrintWriter out) {
    if (result.props().isEmpty()) {
      return;
    }
    out.println();
    out.println("Props by position (with - without the prop; Welch t, Hodges-Lehmann shift)");
    for (PropsResult r : result.props()) {
      out.println("  " + r.position() + ", " + r.prop() + ":");
      r.notes().forEach(n -> out.println("    note: " + n));
      r.baseline().forEach(c -> out.println("    before " + line(c)));
      r.change().forEach(c -> out.println("    change " + line(c)));
    }
  }

  private static String line(PropComparison c) {
    WelchDifference d = c.welch();
    return c.outcome() + ": n " + c.nWith() + " vs " + c.nWithout() + ", difference "
        + num(d.difference()) + " (95% CI " + num(d.ciLow()) + " to " + num(d.ciHigh())
        + "), p " + p(d.test().p()) + "; shift " + num(c.shift().value()) + ", rank-sum p "
        + p(c.rankSum().p());
  }

  private static void firmness(FirmnessResult r, PrintWriter out) {
    if (r.baseline().isEmpty() && r.change().isEmpty() && r.notes().isEmpty()) {
      return;
    }
    out.println();
    out.println("Firmness" + r.firmness().map(f -> " (" + f + ")").orElse("")
        + r.advised().map(a -> ", advised " + a).orElse(""));
    r.notes().forEach(n -> out.println("  note: " + n));
    for (FirmnessBaseline b : r.baseline()) {
      StringBuilder line = new StringBuilder("  " + b.outcome() + ":");
      for (PositionGroup g : b.byLevel().groups()) {
        line.append(' ').append(g.position()).append(" n = ").append(g.n()).append(" mean ")
            .append(num(g.mean())).append(';');
      }
      out.println(line.substring(0, line.length() - 1));
      out.println("    Welch ANOVA p " + p(b.byLevel().welch().p()) + ", Kruskal-Wallis p "
          + p(b.byLevel().kruskalWallis().p()) + "; trend per level " + num(b.trend().estimate())
          + " (95% CI " + num(b.trend().ciLow()) + " to " + num(b.trend().ciHigh()) + "), p "
          + p(b.trend().p()));
      WelchDifference d = b.advised().difference();
      out.println("    " + b.advised().level() + " - rest " + num(d.difference()) + " (95% CI "
          + num(d.ciLow()) + " to " + num(d.ciHigh()) + "), p " + p(d.test().p()));
    }
    for (FirmnessChange c : r.change()) {
      out.println("  " + c.outcome() + " after, by new firmness (post ~ pre + firmness, n = "
          + c.n() + ", vs " + (c.reference().isEmpty() ? "-" : c.reference()) + "): F("
          + num(c.f().df1()) + ", " + num(c.f().df2()) + ") = " + num(c.f().f()) + ", p "
          + p(c.f().p()));
      for (RegressionCoefficient k : c.coefficients()) {
        out.println("    " + k.term() + " " + num(k.estimate()) + " (95% CI " + num(k.ciLow())
            + " to " + num(k.ciHigh()) + "), p " + p(k.p()));
      }
      RegressionCoefficient a = c.advised();
      out.println("    advised - rest, adjusted for pre: " + num(a.estimate()) + " (95% CI "
          + num(a.ciLow()) + " to " + num(a.ciHigh()) + "), p " + p(a.p()));
      c.notes().forEach(n -> out.println("    note: " + n));
    }
  }
}
