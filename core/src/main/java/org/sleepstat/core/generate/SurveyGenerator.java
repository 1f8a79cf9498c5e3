package org.sleepstat.core.generate;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.sleepstat.core.schema.Variable;
import org.sleepstat.core.schema.Waves;

/**
 * Writes deterministic, realistic synthetic surveys in the sleep-back-pain v1 schema, as CSV
 * (comma delimiter, {@code '\n'} line ends, a header row, ASCII text, no quoting needed). The
 * same seed always gives the same bytes, on every JVM and platform: the stream is SplitMix64
 * ({@link SplitMix64}), floating point is strict and {@link StrictMath} is used for the
 * transcendental functions; no locale, clock or hash order is involved. Each respondent consumes
 * the stream in turn, so the first {@code n} respondents of a longer file equal a file of {@code
 * n} respondents with the same seed and layout.
 *
 * <p><b>Layouts.</b> {@link Layout#WIDE}: one row per respondent, columns in the schema table's
 * order. {@link Layout#LONG}: {@code respondent_id,wave,pain_morning,pain_night,sleep_quality}
 * followed by the respondent-level variables, two rows per respondent (wave {@code pre}, then
 * {@code post}); respondent-level values stand on the {@code pre} row only and are blank on the
 * {@code post} row, as REDCap exports them. Ids are {@code R0000001}, {@code R0000002}, …,
 * zero-padded to 7 digits (more when the row count needs more). Values use the canonical
 * spellings only; a missing value is an empty cell. Decimals are written with {@code .} and at
 * most one decimal place, whole numbers without {@code .0}.
 *
 * <p><b>The model</b> (each value is clamped to the schema's valid range):
 *
 * <ul>
 *   <li>age_years ~ Normal(46, 15) rounded, clamped to 18–90; sex female 54%, male 44%, other
 *       1%, unknown 1%; bmi ~ LogNormal(median 27, σ 0.17), one decimal, 15–60.
 *   <li>sleep_position: side 55%, back 20%, stomach 12%, combination 13%.
 *   <li>mattress_age_years ~ LogNormal(median 6.5 y, σ 0.6), one decimal, 0.1–40 (about 90%
 *       between 1 and 15 years, mean about 7.8). mattress_firmness: soft 12%, medium 33%,
 *       medium_firm 38%, firm 17%. mattress_type: innerspring 36%, memory_foam 28%, hybrid
 *       16%, latex 9%, other 5%, air 4%, water 2%.
 *   <li>Props depend on position (side / back / stomach / combination): pillow_between_knees
 *       45 / 8 / 6 / 25%; pillow_under_knees 5 / 35 / 4 / 12%; lumbar_roll 8 / 18 / 5 / 10%;
 *       pillow_under_hips 3 / 3 / 30 / 10%.
 *       exercise_days_week 0–7 with weights 20, 12, 15, 16, 12, 10, 6, 9%.
 *   <li>changed_mattress: yes with probability 0.45 + 0.02 × (mattress age − 7.8), within
 *       0.15–0.85 (about 45% overall, more often with older mattresses). weeks_since_change:
 *       a whole number of weeks, uniform 2–26, for changers; blank for non-changers. The new
 *       mattress of a changer: new_mattress_firmness soft 8%, medium 30%, medium_firm 45%,
 *       firm 17%; new_mattress_type innerspring 25%, memory_foam 33%, hybrid 22%, latex 12%,
 *       other 4%, air 3%, water 1%; both blank for non-changers.
 *   <li>pain_morning_pre = Normal(4.0, 1.5) + 0.15 per mattress year above 6.5 + position
 *       (side 0, back +0.3, stomach +1.2, combination +0.5) + firmness (soft +0.6, medium
 *       +0.1, medium_firm −0.2, firm +0.4) + 0.02 per year of age above 46 + 0.04 per bmi
 *       unit above 27 − 0.12 per exercise day above 3 − 0.3 for a side sleeper with a pillow
 *       between the knees or a back sleeper with one under the knees. pain_night_pre =
 *       morning − 0.5 + Normal(0, 1). sleep_quality_pre = 8 − 0.45 × mean baseline pain +
 *       Normal(0, 1.2).
 *   <li>Change in morning pain: Normal(−2.2, 1.8) for changers, Normal(−0.2, 0.9) for
 *       non-changers; night pain changes by 0.8 × that + Normal(0, 0.8); sleep quality moves
 *       the other way: −0.6 × mean pain change + Normal(0, 0.8). After clamping to 0–10,
 *       changers' morning pain falls by about 2 points on average (about 6 in 10 by 2 or
 *       more, about 8% get worse, about 9% unchanged); non-changers' by about 0.2.
 *   <li>30% of respondents are diary respondents whose scores are averages with one decimal;
 *       the others give whole points.
 *   <li>pain_duration_weeks ~ LogNormal(median 26, σ 1.1), whole weeks, 1–2600 (about 10% six
 *       weeks or less).
 *   <li>Red flags: leg numbness 3.5%, weight loss or fever 1%, bladder or bowel 1%, after
 *       injury 3%, worsening 2.5%, independently.
 *   <li>Drop-out: 5% of respondents have all {@code _post} outcomes blank. Item non-response:
 *       then every cell except respondent_id and sleep_position is blank with probability 3%.
 *   <li>The variables added after the first version (pillow_under_hips, new_mattress_firmness,
 *       new_mattress_type) come from a second stream, seeded from the seed, so that the other
 *       columns of a file keep their values for the same seed; they move no outcome.
 * </ul>
 *
 * <p><b>More waves.</b> {@link #withWaves} names the waves of the long layout ({@code
 * baseline, week 2, week 4, week 12}), in time order as a long file's labels are ordered without
 * a plan; their weeks come from the labels (equally spaced when the labels give none). Two
 * labels only rename {@code pre} and {@code post}. With three or more, each respondent has a row
 * for each wave answered, respondent-level values on the first; the outcomes between the first
 * and the last wave, drop-out and missed waves are {@link WaveModel}'s, drawn from a third
 * stream seeded from the seed, so the first and last waves keep the two-wave values.
 *
 * <p>Instances are immutable; {@code withSeed(s).with(layout)} configures one.
 */
public final class SurveyGenerator {

  /** Wide: one row per respondent. Long: one row per respondent and wave. */
  public enum Layout {
    WIDE,
    LONG
  }

  private static final Var[] PRE = {
    Var.PAIN_MORNING_PRE, Var.PAIN_NIGHT_PRE, Var.SLEEP_QUALITY_PRE
  };
  private static final Var[] POST = {
    Var.PAIN_MORNING_POST, Var.PAIN_NIGHT_POST, Var.SLEEP_QUALITY_POST
  };
  /** The columns after respondent_id in the wide layout. */
  private static final Var[] WIDE_COLUMNS = Arrays.copyOfRange(Var.ALL, 1, Var.ALL.length);
  /** The respondent-level columns of the long layout, after the outcomes. */
  private static final Var[] RESPONDENT_LEVEL =
      Arrays.stream(WIDE_COLUMNS).filter(v -> !v.isOutcome()).toArray(Var[]::new);

  /**
   * Mixed into the seed of the second stream, from which the variables added after the first
   * version are drawn ({@link Var#isSecondStream}).
   */
  private static final long SECOND_STREAM = 0x5ee9_57a7_2026_0014L;
  /** Mixed into the seed of the third stream, from which {@link WaveModel} draws. */
  private static final long WAVES_STREAM = 0x3a7e_5000_2026_0015L;
  private static final List<String> TWO_WAVES = List.of("pre", "post");

  private final long seed;
  private final Layout layout;
  private final List<String> waves;

  private SurveyGenerator(long seed, Layout layout, List<String> waves) {
    this.seed = seed;
    this.layout = layout;
    this.waves = waves;
  }

  /** A generator for {@code seed}, writing the {@link Layout#WIDE} layout. */
  public static SurveyGenerator withSeed(long seed) {
    return new SurveyGenerator(seed, Layout.WIDE, TWO_WAVES);
  }

  /** A copy of this generator that writes {@code layout}. */
  public SurveyGenerator with(Layout layout) {
    return new SurveyGenerator(seed, Objects.requireNonNull(layout, "layout"), waves);
  }

  /**
   * A copy that writes these waves (labels in time order) in the long layout; the default is
   * {@code pre, post}.
   *
   * @throws IllegalArgumentException with fewer than two labels, a label that is blank or holds a
   *     comma, a quote or a character outside printable ASCII, or labels not in time order
   */
  public SurveyGenerator withWaves(List<String> labels) {
    List<String> copy = labels.stream().map(String::strip).toList();
    if (copy.size() < 2) {
      throw new IllegalArgumentException("waves: give two or more labels, not " + copy.size());
    }
    for (String label : copy) {
      if (label.isEmpty() || !label.chars().allMatch(c -> c >= ' ' && c < 127 && c != ','
          && c != '"')) {
        throw new IllegalArgumentException("waves: \"" + label + "\" is not a label to write"
            + " (printable ASCII without commas or quotes)");
      }
    }
    if (copy.size() > 2) {
      List<String> ordered = Waves.builtIn().place(copy).waves().stream()
          .map(Waves.Placed::label).toList();
      if (!ordered.equals(copy) || ordered.size() != copy.size()) {
        throw new IllegalArgumentException("waves: list them in time order, as sleepstat reads"
            + " them back: " + String.join(", ", ordered));
      }
    }
    return new SurveyGenerator(seed, layout, copy);
  }

  /**
   * Writes the header and {@code rows} respondents to {@code out} (two lines per respondent in
   * the long layout), then flushes {@code out}; it does not close it.
   *
   * @throws IllegalArgumentException if {@code rows} is negative
   */
  public void write(long rows, Writer out) throws IOException {
    if (rows < 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "rows %d < 0", rows));
    }
    Objects.requireNonNull(out, "out");
    CsvBuffer csv = new CsvBuffer(out);
    writeHeader(csv);
    SplitMix64 rng = new SplitMix64(seed);
    SplitMix64 second = new SplitMix64(new SplitMix64(seed ^ SECOND_STREAM).nextLong());
    int[] v = new int[Var.ALL.length];
    int idWidth = idWidth(rows);
    if (waves.size() > 2) {
      if (layout != Layout.LONG) {
        throw new IllegalStateException("three or more waves need the long layout");
      }
      writeWaves(rows, csv, rng, second, v, idWidth);
      csv.drain();
      out.flush();
      return;
    }
    String pre = "," + waves.get(0);
    String post = "," + waves.get(1);
    for (long n = 1; n <= rows; n++) {
      RespondentModel.draw(rng, second, v);
      if (layout == Layout.WIDE) {
        id(csv, n, idWidth);
        cells(csv, WIDE_COLUMNS, v);
        csv.endLine();
      } else {
        id(csv, n, idWidth);
        csv.append(pre);
        cells(csv, PRE, v);
        cells(csv, RESPONDENT_LEVEL, v);
        csv.endLine();
        id(csv, n, idWidth);
        csv.append(post);
        cells(csv, POST, v);
        for (int i = 0; i < RESPONDENT_LEVEL.length; i++) {
          csv.comma();
        }
        csv.endLine();
      }
    }
    csv.drain();
    out.flush();
  }

  private void writeWaves(long rows, CsvBuffer csv, SplitMix64 rng, SplitMix64 second, int[] v,
      int idWidth) throws IOException {
    List<Waves.Placed> placed = Waves.builtIn().place(waves).waves();
    double[] weeks = new double[placed.size()];
    boolean known = placed.stream().allMatch(w -> w.weeks().isPresent());
    for (int w = 0; w < weeks.length; w++) {
      weeks[w] = known ? placed.get(w).weeks().getAsDouble() - placed.get(0).weeks().getAsDouble()
          : w;
    }
    WaveModel model = new WaveModel(weeks);
    SplitMix64 third = new SplitMix64(new SplitMix64(seed ^ WAVES_STREAM).nextLong());
    double[] latent = new double[8];
    boolean[] present = new boolean[weeks.length];
    int[][] values = new int[weeks.length][3];
    for (long n = 1; n <= rows; n++) {
      RespondentModel.draw(rng, second, v, latent);
      model.draw(third, v, latent, present, values);
      for (int w = 0; w < weeks.length; w++) {
        if (!present[w]) {
          continue;
        }
        id(csv, n, idWidth);
        csv.comma();
        csv.append(waves.get(w));
        for (int value : values[w]) {
          csv.comma();
          if (value != Var.MISSING) {
            csv.appendTenths(value);
          }
        }
        if (w == 0) {
          cells(csv, RESPONDENT_LEVEL, v);
        } else {
          for (int i = 0; i < RESPONDENT_LEVEL.length; i++) {
            csv.comma();
          }
        }
        csv.endLine();
      }
    }
  }

  /** Digits in an id: 7, or as many as the largest respondent number needs. */
  static int idWidth(long rows) {
    return Math.max(7, Long.toString(rows).length());
  }

  private void writeHeader(CsvBuffer csv) throws IOException {
    csv.append(Var.RESPONDENT_ID.column);
    if (layout == Layout.WIDE) {
      names(csv, WIDE_COLUMNS);
    } else {
      csv.append(",wave");
      for (Var var : PRE) {
        csv.comma();
        csv.append(var.column.substring(0, var.column.length() - Variable.PRE_SUFFIX.length()));
      }
      names(csv, RESPONDENT_LEVEL);
    }
    csv.endLine();
  }

  private static void names(CsvBuffer csv, Var[] columns) {
    for (Var var : columns) {
      csv.comma();
      csv.append(var.column);
    }
  }

  private static void id(CsvBuffer csv, long n, int width) {
    csv.append("R");
    csv.appendDigits(n, width);
  }

  /** A comma, then each column's cell (nothing for a missing value). */
  private static void cells(CsvBuffer csv, Var[] columns, int[] v) {
    for (Var var : columns) {
      csv.comma();
      int value = v[var.ordinal()];
      if (value == Var.MISSING) {
        continue;
      }
      switch (var.kind) {
        case INTEGER:
          csv.appendInt(value);
          break;
        case TENTHS:
          csv.appendTenths(value);
          break;
        case LEVEL:
          csv.append(var.levels[value]);
          break;
        default:
          throw new IllegalStateException("not a cell: " + var);
      }
    }
  }
}
