package org.kroniek.nlp.conllu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConlluReaderTest {
    @Test
    void readsWordsAndSkipsRangesAndEmptyNodes() throws Exception {
        String text = """
                # sent_id = s1
                # text = Hij gaat naar de stad.
                1\tHij\thij\tPRON\tVNW\t_\t2\tnsubj\t_\t_
                2-3\tgaatje\t_\t_\t_\t_\t_\t_\t_\t_
                2\tgaat\tgaan\tVERB\tWW\t_\t0\troot\t_\t_
                2.1\t_\t_\t_\t_\t_\t_\t_\t_\t_
                3\tstad\tstad\tNOUN\tN\t_\t2\tobl\t_\t_

                1\tJa\tja\tINTJ\tTSW\t_\t0\troot\t_\t_
                """;
        List<ConlluSentence> sentences = ConlluReader.read(new BufferedReader(new StringReader(text)), "test");
        assertThat(sentences).hasSize(2);
        assertThat(sentences.get(0).id()).isEqualTo("s1");
        assertThat(sentences.get(0).forms()).containsExactly("Hij", "gaat", "stad");
        assertThat(sentences.get(0).tokens().get(1)).isEqualTo(new ConlluToken("gaat", "gaan", "VERB", "WW"));
        assertThat(sentences.get(1).id()).isNull();
    }

    @Test
    void keepsTheSurfaceViewTextAndLayoutMarks() throws Exception {
        String text = """
                # newdoc id = d1
                # newpar
                # sent_id = s1
                # text = Hij gaatje.
                1\tHij\thij\tPRON\tVNW\t_\t2\tnsubj\t_\t_
                2-3\tgaatje\t_\t_\t_\t_\t_\t_\t_\t_
                2\tgaat\tgaan\tVERB\tWW\t_\t0\troot\t_\t_
                3\tje\tje\tPRON\tVNW\t_\t2\tobj\t_\t_
                4\t.\t.\tPUNCT\tLET\t_\t2\tpunct\t_\t_

                1\tJa\tja\tINTJ\tTSW\t_\t0\troot\t_\t_
                2\t!\t!\tPUNCT\tLET\t_\t1\tpunct\t_\t_
                """;
        List<ConlluSentence> sentences = ConlluReader.read(new BufferedReader(new StringReader(text)), "test");
        ConlluSentence first = sentences.get(0);
        assertThat(first.text()).isEqualTo("Hij gaatje.");
        assertThat(first.newDoc()).isTrue();
        assertThat(first.newPar()).isTrue();
        assertThat(first.surfaceTokens()).containsExactly("Hij", "gaatje", ".");
        assertThat(first.forms()).containsExactly("Hij", "gaat", "je", ".");
        ConlluSentence second = sentences.get(1);
        assertThat(second.text()).as("rebuilt from the tokens without a # text comment").isEqualTo("Ja !");
        assertThat(second.newDoc()).isFalse();
        assertThat(second.newPar()).isFalse();
    }

    @Test
    void namesTheFileAndLineOfABrokenRow() {
        String text = "1\tHij\thij\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> ConlluReader.read(new BufferedReader(new StringReader(text)), "bad.conllu"))
                .hasMessageContaining("bad.conllu:1");
    }
}
