package org.sleepstat.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.sleepstat.stats.PAdjust;
import org.sleepstat.stats.Stat;

/**
 * Holm and Benjamini–Hochberg adjusted p-values across the outcomes of each family of tests (the
 * same test applied to every outcome, e.g. the paired t-test of pain_morning, pain_night and
 * sleep_quality), as R's {@code p.adjust(p, "holm")} and {@code p.adjust(p, "BH")} over the
 * family. An undefined p-value stays undefined and leaves the family smaller, as R does with NA.
 *
 * @param families one per test, in report order
 */
public record Multiplicity(List<Family> families) {
  public Multiplicity {
    families = List.copyOf(families);
  }

  /**
   * One family.
   *
   * @param test which test, e.g. {@link TestFamily#PAIRED_T}
   * @param members one per outcome, in outcome order
   */
  public record Family(TestFamily test, List<Adjusted> members) {
    public Family {
      Objects.requireNonNull(test, "test");
      members = List.copyOf(members);
    }

    /** The test's display name, e.g. "paired t-test". */
    public String name() {
      return test.displayName();
    }
  }

  /**
   * One outcome's p-value and its adjustments within the family.
   *
   * @param outcome e.g. "pain_morning" or "pain_morning_pre"
   * @param p the unadjusted p-value
   * @param holm {@code p.adjust(p, "holm")}
   * @param bh {@code p.adjust(p, "BH")}
   */
  public record Adjusted(String outcome, Stat p, Stat holm, Stat bh) {}

  /** Builds {@code family}: the p-values {@code test} gives of {@code results}. */
  static <R> Family family(TestFamily family, List<R> results, Function<R, String> outcome,
      Function<R, Stat> test) {
    double[] p = new double[results.size()];
    for (int i = 0; i < p.length; i++) {
      Stat s = test.apply(results.get(i));
      p[i] = s.isDefined() ? s.getAsDouble() : Double.NaN;
    }
    double[] holm = PAdjust.HOLM.adjust(p);
    double[] bh = PAdjust.BH.adjust(p);
    List<Adjusted> members = new ArrayList<>(p.length);
    for (int i = 0; i < p.length; i++) {
      Stat original = test.apply(results.get(i));
      String why = original.isDefined() ? "" : original.reason();
      members.add(new Adjusted(outcome.apply(results.get(i)), original,
          original.isDefined() ? Stat.of(holm[i]) : Stat.undefined(why),
          original.isDefined() ? Stat.of(bh[i]) : Stat.undefined(why)));
    }
    return new Family(family, members);
  }
}
