package org.kroniek.nlp.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kroniek.core.Sentence;

/** The two seed articles in ../shared/seeds: headings and sentence boundaries a reader sees at a glance. */
class SeedArticlesTest {
    private static final Path SEEDS = Path.of(System.getProperty("kroniek.shared", "../../shared")).resolve("seeds");

    /** The article body: the seed header (" date 2016-12 byline ...") is stripped as a reader would. */
    private static String body(String file, String headerEnd) throws IOException {
        Path path = SEEDS.resolve(file);
        assumeTrue(Files.exists(path), "../shared absent: skipped seed article test (" + path + ")");
        String raw = Files.readString(path, StandardCharsets.UTF_8);
        int cut = raw.indexOf(headerEnd);
        assertThat(cut).isGreaterThanOrEqualTo(0);
        return raw.substring(cut + headerEnd.length());
    }

    private static List<String> headings(String text) {
        return SentenceSplitterTest.split("nl", text).stream().filter(Sentence::heading)
                .map(s -> text.substring(s.start(), s.end())).toList();
    }

    private static List<String> sentences(String text) {
        return SentenceSplitterTest.sentences(text);
    }

    @Test
    void firstSeedHasOneHeadingAndKeepsNamesWhole() throws IOException {
        String text = body("000_228ee1aeedee97dc.txt", "ANP\n");
        assertThat(headings(text)).containsExactly("Aleppo");
        List<String> sentences = sentences(text);
        assertThat(sentences).contains(
                "Iran, Turkije en de Syrische president Bashar al-Assad hebben al laten weten dat ze van de "
                        + "partij zullen zijn.",
                "Aleppo");
        assertThat(sentences).allSatisfy(s -> assertThat(s).doesNotStartWith("Assad").doesNotEndWith("al-"));
        assertThat(sentences.getFirst()).startsWith("De Syrische regering").endsWith("met elkaar in gesprek.");
        assertThat(TokenizerTest.surface(Tokenizer.dutch(), text))
                .contains("staakt-het-vuren", "Saudi-Arabië", "Oost-Oekraïne", "al-Assad", "(", "HNC", ")");
    }

    @Test
    void secondSeedHasFourHeadings() throws IOException {
        String text = body("001_b89194313d8a468f.txt", "date 2017-01 ");
        assertThat(headings(text)).containsExactly("De partijen", "Staakt-het-vuren", "Turkije", "Rusland");
        List<String> sentences = sentences(text);
        assertThat(sentences.getFirst())
                .isEqualTo("Vertegenwoordigers van de oppositie en Assad zullen echter niet direct met elkaar spreken.");
        assertThat(sentences).contains("Turkije",
                "Turkije is altijd fel tegenstander van Assad geweest, maar volgens vice-premier Mehmet Sismek kan "
                        + "Turkije het standpunt dat Assad sowieso moet vertrekken, niet langer vasthouden.",
                "De VN-gezant voor Syrië, Staffan de Mistura, zegt die gesprekken in Zwitserland in februari te "
                        + "willen hervatten.");
    }

    @Test
    void noSentenceEndsAfterDhrInASeedLikeText() {
        String text = "Volgens dhr. Lavrov praten de partijen. De VN-gezant, dhr. De Mistura, is er ook.";
        assertThat(sentences(text)).containsExactly("Volgens dhr. Lavrov praten de partijen.",
                "De VN-gezant, dhr. De Mistura, is er ook.");
    }
}
