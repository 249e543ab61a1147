package org.kroniek.ingest.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
    private static final String DUTCH = "De gemeenteraad van Amersfoort heeft dinsdagavond besloten om de bouw "
            + "van driehonderd nieuwe woningen in de binnenstad goed te keuren.";
    private static final String ENGLISH = "The city council voted on Tuesday evening to approve the construction "
            + "of three hundred new homes in the town centre.";
    private static final String GERMAN = "Der Stadtrat hat am Dienstagabend beschlossen, den Bau von dreihundert "
            + "neuen Wohnungen in der Innenstadt zu genehmigen.";

    private final LanguageIdentifier identifier = new LanguageIdentifier();

    @Test
    void identifiesDutchEnglishAndGerman() {
        long load = LanguageIdentifier.modelLoadMillis();
        System.out.println("langdetect-183 model load: " + load + " ms");
        assertThat(identifier.identify(DUTCH)).satisfies(g -> {
            assertThat(g.language()).isEqualTo("nl");
            assertThat(g.basis()).isEqualTo(LanguageGuess.Basis.MODEL);
            assertThat(g.confidence()).isBetween(0.0, 1.0);
        });
        assertThat(identifier.identify(ENGLISH).language()).isEqualTo("en");
        assertThat(identifier.identify(GERMAN).language()).isEqualTo("de");
    }

    @Test
    void shortDutchSentencesThatTheModelCallsAfrikaansAreDutch() {
        assertThat(identifier.identify("Het kabinet wil meer geld voor defensie.").language()).isEqualTo("nl");
        assertThat(identifier.identify("Minister treedt af na kritiek uit de Kamer").language()).isEqualTo("nl");
    }

    @Test
    void shortTextWithoutHintDefaultsToDutch() {
        LanguageGuess guess = identifier.identify("Kabinet valt");
        assertThat(guess.language()).isEqualTo("nl");
        assertThat(guess.basis()).isEqualTo(LanguageGuess.Basis.DEFAULT);
        assertThat(identifier.identify("   ").language()).isEqualTo("nl");
        assertThat(identifier.identify(null).language()).isEqualTo("nl");
    }

    @Test
    void hintIsTrustedAndNormalised() {
        assertThat(identifier.identify("Kabinet valt", "en-GB")).isEqualTo(
                new LanguageGuess("en", 1.0, LanguageGuess.Basis.HINT));
        assertThat(identifier.identify(ENGLISH, "nl_NL").language()).isEqualTo("nl");
        assertThat(identifier.identify(DUTCH, "dut").language()).isEqualTo("nl");
        // Hints that name no language are ignored.
        assertThat(identifier.identify(ENGLISH, "und").basis()).isEqualTo(LanguageGuess.Basis.MODEL);
        assertThat(identifier.identify(ENGLISH, "x-klingon").language()).isEqualTo("en");
        assertThat(identifier.identify(ENGLISH, " ").language()).isEqualTo("en");
    }

    @Test
    void longTextsAreSampled() {
        String longText = (DUTCH + " ").repeat(2000);
        long start = System.nanoTime();
        assertThat(identifier.identify(longText).language()).isEqualTo("nl");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2000);
    }

    @Test
    void safeToShareAcrossThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String text = i % 2 == 0 ? DUTCH : ENGLISH;
                results.add(pool.submit(() -> identifier.identify(text).language()));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(i % 2 == 0 ? "nl" : "en");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
