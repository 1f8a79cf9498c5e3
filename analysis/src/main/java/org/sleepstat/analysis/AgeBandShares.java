package org.sleepstat.analysis;

import java.util.List;
import java.util.Objects;
import org.sleepstat.stats.Stat;

/**
 * The share of respondents whose value before is at or above a threshold (the plan's {@code
 * high_at} of the primary outcome; built in, morning pain ≥ 4) per mattress age band, with the
 * Cochran–Armitage test for a trend across the bands, R's {@code prop.trend.test(x, n)} with its
 * default scores 1..k over all the plan's bands (an empty band drops out of R's fit and keeps
 * the others' scores).
 *
 * @param threshold a value at or above this counts
 * @param bands every band of the plan in order, empty or not
 * @param chiSquared {@code prop.trend.test(x, n)$statistic}
 * @param df {@code $parameter}, 1
 * @param p {@code $p.value}
 */
public record AgeBandShares(double threshold, List<Band> bands, Stat chiSquared, Stat df,
    Stat p) {

  /**
   * One band.
   *
   * @param band the band's label, as {@link AgeBand#band()}
   * @param x respondents at or above the threshold
   * @param n respondents in the band
   * @param share x / n, undefined for an empty band
   * @param ciLow the Wilson interval's lower end, {@code prop.test(x, n, correct =
   *     FALSE)$conf.int[1]}
   * @param ciHigh its upper end
   */
  public record Band(String band, int x, int n, Stat share, Stat ciLow, Stat ciHigh) {
    /** Checks the fields. */
    public Band {
      Objects.requireNonNull(band, "band");
      Objects.requireNonNull(share, "share");
      Objects.requireNonNull(ciLow, "ciLow");
      Objects.requireNonNull(ciHigh, "ciHigh");
      if (x < 0 || x > n) {
        throw new IllegalArgumentException("need 0 <= x <= n: x = " + x + ", n = " + n);
      }
    }
  }

  /** Checks the fields and copies the list. */
  public AgeBandShares {
    bands = List.copyOf(bands);
    Objects.requireNonNull(chiSquared, "chiSquared");
    Objects.requireNonNull(df, "df");
    Objects.requireNonNull(p, "p");
  }
}
