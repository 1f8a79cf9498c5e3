package org.sleepstat.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sleepstat.core.generate.SurveyGenerator.Layout;

/**
 * The variables added after the first version come from a second stream: every column the first
 * version wrote keeps its values for the same seed. The committed files were written by the
 * first version (commit 8f7425e, {@code sleepstat generate --seed=14 --rows=300} and {@code
 * --seed=15 --rows=100 --layout=LONG}); see the README beside them.
 */
class SecondStreamTest {
  private static final List<String> ADDED =
      List.of("pillow_under_hips", "new_mattress_firmness", "new_mattress_type");

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "first-version-wide-seed14.csv, WIDE, 14, 300",
    "first-version-long-seed15.csv, LONG, 15, 100"
  })
  void theFirstVersionsColumnsKeepTheirBytesForTheSameSeed(String file, Layout layout,
      long seed, long rows) throws IOException {
    List<String> old = lines(resource(file));
    List<String> now = lines(generate(seed, layout, rows));
    assertThat(now).hasSameSizeAs(old);

    List<String> oldHeader = List.of(cells(old.get(0)));
    List<String> newHeader = List.of(cells(now.get(0)));
    List<String> added = new ArrayList<>(newHeader);
    added.removeAll(oldHeader);
    assertThat(added).containsExactlyElementsOf(ADDED);
    assertThat(Arrays.stream(Var.ALL).filter(Var::isSecondStream).map(v -> v.column))
        .containsExactlyElementsOf(ADDED);

    int[] kept = oldHeader.stream().mapToInt(newHeader::indexOf).toArray();
    for (int line = 0; line < old.size(); line++) {
      String[] cells = cells(now.get(line));
      String[] without = Arrays.stream(kept).mapToObj(c -> cells[c]).toArray(String[]::new);
      assertThat(String.join(",", without)).as("line %d", line + 1).isEqualTo(old.get(line));
    }
  }

  @Test
  void theNewMattressIsBlankForNonChangersAndHipPillowsFollowStomachSleeping() throws IOException {
    List<String> lines = lines(generate(3, Layout.WIDE, 4000));
    List<String> header = List.of(cells(lines.get(0)));
    int changed = header.indexOf("changed_mattress");
    int position = header.indexOf("sleep_position");
    int hips = header.indexOf("pillow_under_hips");
    int firmness = header.indexOf("new_mattress_firmness");
    int type = header.indexOf("new_mattress_type");
    int changers = 0;
    int changersWithFirmness = 0;
    int[] yes = new int[2];
    int[] all = new int[2];
    for (String line : lines.subList(1, lines.size())) {
      String[] c = cells(line);
      if (c[changed].equals("no")) {
        assertThat(c[firmness] + c[type]).as(line).isEmpty();
      } else if (c[changed].equals("yes")) {
        changers++;
        changersWithFirmness += c[firmness].isEmpty() ? 0 : 1;
      }
      int stomach = c[position].equals("stomach") ? 1 : 0;
      if (!c[hips].isEmpty()) {
        all[stomach]++;
        yes[stomach] += c[hips].equals("yes") ? 1 : 0;
      }
    }
    // blank only by item non-response (3%) among changers
    assertThat((double) changersWithFirmness / changers).isBetween(0.94, 0.995);
    // 30% of stomach sleepers against 3-10% of the others
    assertThat((double) yes[1] / all[1]).isBetween(0.22, 0.38);
    assertThat((double) yes[0] / all[0]).isBetween(0.02, 0.08);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = SecondStreamTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String generate(long seed, Layout layout, long rows) throws IOException {
    StringWriter out = new StringWriter();
    SurveyGenerator.withSeed(seed).with(layout).write(rows, out);
    return out.toString();
  }

  /** The lines of {@code text}, which ends with a line end. */
  private static List<String> lines(String text) {
    assertThat(text).endsWith("\n");
    return List.of(text.substring(0, text.length() - 1).split("\n", -1));
  }

  /** Cells of one line; the generator never quotes, so a plain split is exact. */
  private static String[] cells(String line) {
    return line.split(",", -1);
  }
}
