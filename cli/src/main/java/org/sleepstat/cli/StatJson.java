package org.sleepstat.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sleepstat.analysis.PositionResult;
import org.sleepstat.cli.json.JsonWriter;
import org.sleepstat.stats.Stat;

/**
 * Writes result objects whose statistics may be undefined: an undefined {@link Stat} is written
 * as {@code null}, and its reason goes into the object's closing "undefined" member under the
 * same key. Objects nest; each keeps its own reasons.
 */
final class StatJson {
  final JsonWriter json;
  private final Deque<Map<String, String>> reasons = new ArrayDeque<>();

  StatJson(JsonWriter json) {
    this.json = json;
  }

  /** Opens an object (an array element, or after {@link JsonWriter#name}). */
  StatJson open() {
    json.beginObject();
    reasons.push(new LinkedHashMap<>());
    return this;
  }

  /** Opens an object as member {@code name}. */
  StatJson open(String name) {
    json.name(name);
    return open();
  }

  /** Closes the object, with its "undefined" member listing why each null statistic is null. */
  void close() {
    Map<String, String> why = reasons.pop();
    json.name("undefined").beginObject();
    why.forEach((k, reason) -> json.name(k).value(reason));
    json.endObject();
    json.endObject();
  }

  /**
   * The one-way tests across groups, as by_position writes them: ANOVA (anova_f, anova_df1,
   * anova_df2, p_anova), Welch (welch_*, p_welch) and Kruskal–Wallis (kruskal_h, kruskal_df,
   * p_kruskal).
   */
  StatJson oneWay(PositionResult.OneWayF anova, PositionResult.OneWayF welch,
      PositionResult.KruskalWallis kruskal) {
    return stat("anova_f", anova.f())
        .stat("anova_df1", anova.df1())
        .stat("anova_df2", anova.df2())
        .stat("p_anova", anova.p())
        .stat("welch_f", welch.f())
        .stat("welch_df1", welch.df1())
        .stat("welch_df2", welch.df2())
        .stat("p_welch", welch.p())
        .stat("kruskal_h", kruskal.h())
        .stat("kruskal_df", kruskal.df())
        .stat("p_kruskal", kruskal.p());
  }

  StatJson stat(String key, Stat s) {
    json.name(key).value(s.value());
    if (!s.isDefined()) {
      reasons.peek().put(key, s.reason());
    }
    return this;
  }

  StatJson value(String key, String value) {
    json.name(key).value(value);
    return this;
  }

  StatJson value(String key, long value) {
    json.name(key).value(value);
    return this;
  }

  StatJson value(String key, double value) {
    json.name(key).value(value);
    return this;
  }

  StatJson value(String key, boolean value) {
    json.name(key).value(value);
    return this;
  }

  StatJson strings(String key, List<String> values) {
    json.name(key).beginArray();
    values.forEach(json::value);
    json.endArray();
    return this;
  }
}
