package org.sleepstat.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SelectionBuilderTest {
  @ParameterizedTest(name = "share selected {0}")
  @ValueSource(doubles = {0.0, 0.01, 0.3, 0.5, 0.51, 0.7, 0.99, 1.0})
  void everySelectedRowIsFoundInOrderWhicheverWayItIsStored(double share) {
    Random random = new Random(Double.hashCode(share));
    for (int size : new int[] {0, 1, 2, 7, 64, 1000, 4097}) {
      List<Integer> expected = new ArrayList<>();
      Selection.Builder builder = new Selection.Builder(size);
      for (int row = 0; row < size; row++) {
        if (random.nextDouble() < share) {
          builder.add(row);
          expected.add(row);
        }
      }
      Selection selection = builder.build();

      assertThat(selection.size()).as("size %d", size).isEqualTo(expected.size());
      for (int k = 0; k < expected.size(); k++) {
        assertThat(selection.row(k)).as("row %d of %d", k, size).isEqualTo(expected.get(k));
      }
      PrimitiveIterator.OfInt rows = selection.iterator();
      for (int k = 0; k < expected.size(); k++) {
        assertThat(rows.nextInt()).as("step %d of %d", k, size).isEqualTo(expected.get(k));
      }
      assertThat(rows.hasNext()).isFalse();
      assertThat(selection.toArray())
          .containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
      assertThatThrownBy(() -> selection.row(expected.size()))
          .isInstanceOf(IndexOutOfBoundsException.class);
    }
  }
}
