package org.sleepstat.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sleepstat.core.schema.Codebook;
import org.sleepstat.core.schema.Variable;

/** The generator's variables are the built-in codebook's, in its order, with its levels. */
class VarTest {
  @Test
  void theGeneratorWritesTheBuiltInCodebooksVariablesAndLevels() {
    List<Variable> codebook = Codebook.builtIn().variables();
    assertThat(Arrays.stream(Var.ALL).map(v -> v.column).toList())
        .isEqualTo(codebook.stream().map(Variable::name).toList());
    for (Var v : Var.ALL) {
      if (v.kind == Var.Kind.LEVEL) {
        assertThat(List.of(v.levels)).as(v.column)
            .isEqualTo(Codebook.builtIn().variable(v.column).orElseThrow().levels());
      }
    }
  }
}
