package org.kroniek.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordedResultsTest {
    @TempDir
    Path dir;

    @Test
    void readsTheGateTable() throws Exception {
        Path results = dir.resolve("RESULTS.md");
        Files.writeString(results, """
                # Results
                | gate | recorded | command |
                |---|---|---|
                | `ner_testb_f1` | 0.8235 | kroniek eval ner |
                | `pos_alpino_upos` | 0.95 | kroniek eval pos |
                """);
        assertThat(RecordedResults.gate(results, "ner_testb_f1")).isEqualTo(0.8235);
        assertThat(RecordedResults.gate(results, "pos_alpino_upos")).isEqualTo(0.95);
        assertThatThrownBy(() -> RecordedResults.gate(results, "missing")).hasMessageContaining("no gate `missing`");
    }

    @Test
    void theProjectRecordsEveryGateTheTestsUse() {
        for (String gate : new String[] {"ner_testb_f1", "pos_alpino_upos", "pos_alpino_lemma",
            "tokenize_alpino_token_f1", "seeds_entity_f1"}) {
            assertThat(RecordedResults.gate(gate)).as(gate).isBetween(0.0, 1.0);
        }
    }
}
