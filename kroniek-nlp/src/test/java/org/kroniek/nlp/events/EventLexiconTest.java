package org.kroniek.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EventLexiconTest {

    @Test
    void bundledLexiconsLoad() {
        EventLexicon nl = EventLexicon.forLanguage("nl");
        assertThat(nl.single("beschuldigen")).extracting(LexiconEntry::type).contains("ACCUSE");
        assertThat(nl.single("oproepen")).extracting(LexiconEntry::type).contains("REQUEST");
        assertThat(nl.compoundHead("luchtaanval")).isEqualTo("aanval");
        assertThat(nl.compoundHead("aanval")).isNull();
        assertThat(EventLexicon.forLanguage("en").single("attacked")).extracting(LexiconEntry::type)
                .contains("ASSAULT");
    }

    @Test
    void optionsAreParsed() throws Exception {
        EventLexicon lexicon = EventLexicon.read("xx", new ByteArrayInputStream(
                "REQUEST\troepen\tparticle=op\tweak\nCONSULT\tin gesprek\n".getBytes(StandardCharsets.UTF_8)));
        LexiconEntry entry = lexicon.single("roepen").get(0);
        assertThat(entry.particle()).isEqualTo("op");
        assertThat(entry.weak()).isTrue();
        assertThat(lexicon.single("oproepen")).hasSize(1);
        assertThat(lexicon.phrasesStartingWith("in").get(0).words()).containsExactly("in", "gesprek");
    }

    @Test
    void objectPatternsAreParsed() throws Exception {
        EventLexicon lexicon = EventLexicon.read("xx", new ByteArrayInputStream(
                "CONCEDE\tlifted\tverb object=curfew|curfews\nAID\tgave\twith=aid\n".getBytes(StandardCharsets.UTF_8)));
        LexiconEntry lifted = lexicon.single("lifted").get(0);
        assertThat(lifted.with()).containsExactlyInAnyOrder("curfew", "curfews");
        assertThat(lifted.object()).isTrue();
        assertThat(lifted.pos()).isEqualTo("VERB");
        assertThat(lexicon.single("gave").get(0).object()).isFalse();
    }

    @Test
    void unknownKindsAreRejected() {
        assertThatThrownBy(() -> EventLexicon.read("xx", new ByteArrayInputStream(
                "FIGHT\tvechten\n".getBytes(StandardCharsets.UTF_8)))).hasMessageContaining("unknown kind");
    }
}
