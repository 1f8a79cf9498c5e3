package org.sleepstat.stats;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One statistic that may be undefined: either a finite value, or no value and the reason why
 * ("n = 1: needs at least 2 pairs", "all differences are equal"). Every result field that can be
 * undefined is a {@code Stat}; a plain {@code int} or {@code double} field of a result is always
 * defined. A {@code Stat} never holds NaN or an infinity, so a JSON writer can map it to a number
 * or {@code null} without checks. It stands for R's NA: where R gives NA, NaN or an infinity, or
 * stops with an error, the statistic is undefined and says why.
 *
 * @param value the finite value, or {@code null} when undefined
 * @param reason why the statistic is undefined, or {@code null} when it is defined
 */
public record Stat(Double value, String reason) {
  /** The reason of a statistic whose computation leaves the range of doubles (about 1.8e308). */
  public static final String OVERFLOW = "values too large to compute (overflow)";

  /** Checks that exactly one of value and reason is given and that a value is finite. */
  public Stat {
    if ((value == null) == (reason == null)) {
      throw new IllegalArgumentException("a Stat has either a value or a reason, not "
          + (value == null ? "neither" : "both"));
    }
    if (value != null && !Double.isFinite(value)) {
      throw new IllegalArgumentException("a Stat's value must be finite, not " + value);
    }
    if (reason != null && reason.isBlank()) {
      throw new IllegalArgumentException("the reason of an undefined Stat is empty");
    }
  }

  /** A defined statistic; {@code value} must be finite. */
  public static Stat of(double value) {
    return new Stat(value, null);
  }

  /** An undefined statistic and why it is undefined. */
  public static Stat undefined(String reason) {
    return new Stat(null, Objects.requireNonNull(reason, "reason"));
  }

  /**
   * {@code value} when it is finite, otherwise undefined with {@code reason}. The last guard of
   * every computation: a NaN or an infinity never leaves this package.
   */
  public static Stat finiteOr(double value, String reason) {
    return Double.isFinite(value) ? of(value) : undefined(reason);
  }

  /** Whether the statistic has a value. */
  public boolean isDefined() {
    return value != null;
  }

  /**
   * The value.
   *
   * @throws NoSuchElementException with the reason when the statistic is undefined
   */
  public double getAsDouble() {
    if (value == null) {
      throw new NoSuchElementException("undefined: " + reason);
    }
    return value;
  }

  /** The value, or empty when undefined. */
  public OptionalDouble toOptional() {
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /** The value as written by {@link Double#toString(double)}, or "NA (reason)". */
  @Override
  public String toString() {
    return value != null ? value.toString() : "NA (" + reason + ")";
  }
}
