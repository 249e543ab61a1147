package org.kroniek.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IobChunkerTest {
    @Test
    void readsIob2Chunks() {
        String[] tags = {"B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC"};
        assertThat(IobChunker.chunks(tags)).containsExactly(
                new Chunk(0, 2, "PER"), new Chunk(3, 4, "LOC"), new Chunk(4, 6, "LOC"));
    }

    @Test
    void readsIob1AndStrayInsideTagsLikeConlleval() {
        // IOB1: I- opens a chunk; a type change inside also opens one.
        String[] tags = {"I-ORG", "I-ORG", "I-PER", "O", "I-MISC"};
        assertThat(IobChunker.chunks(tags)).containsExactly(
                new Chunk(0, 2, "ORG"), new Chunk(2, 3, "PER"), new Chunk(4, 5, "MISC"));
    }

    @Test
    void convertsToIob2Labels() {
        int[] labels = NerLabels.toIob2Labels(new String[] {"I-LOC", "I-LOC", "O", "I-PER"});
        assertThat(labels).containsExactly(NerLabels.begin(1), NerLabels.inside(1), NerLabels.O, NerLabels.begin(0));
    }
}
