package org.kroniek.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kroniek.core.Document;
import org.kroniek.core.Entity;
import org.kroniek.core.Sentence;
import org.kroniek.core.Token;

/** The shipped model through the stage, on sentences written for this test. */
class NerStageTest {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'][\\p{L}\\p{N}]+)*|\\S");
    private final NerStage stage = new NerStage();

    @Test
    void findsNamesInADutchSentence() {
        Document doc = document("De Russische minister Sergej Lavrov sprak dinsdag in Moskou met de Syrische "
                + "president Bashar al-Assad.");
        stage.process(doc);
        assertThat(doc.getEntities()).extracting(Entity::text, Entity::type).contains(
                org.assertj.core.groups.Tuple.tuple("Russische", "MISC"),
                org.assertj.core.groups.Tuple.tuple("Sergej Lavrov", "PER"),
                org.assertj.core.groups.Tuple.tuple("Moskou", "LOC"),
                org.assertj.core.groups.Tuple.tuple("Syrische", "MISC"));
        for (Entity e : doc.getEntities()) {
            assertThat(e.text()).isEqualTo(doc.getText().substring(e.start(), e.end()));
            assertThat(e.confidence()).isBetween(0.0, 1.0);
            assertThat(e.canonical()).isNull();
            assertThat(e.actor()).isNull();
        }
    }

    @Test
    void capitalsHeadingIsNotTaggedWholesale() {
        String heading = "RUSLAND EN TURKIJE WILLEN SNEL EEN BESTAND IN HET NOORDEN VAN SYRIË";
        Document doc = document(heading + "\n\nDe gesprekken in Astana beginnen volgende week.",
                new Sentence(0, heading.length(), true));
        stage.process(doc);
        List<String> inHeading = doc.getEntities().stream().filter(e -> e.end() <= heading.length())
                .map(Entity::text).toList();
        assertThat(inHeading).doesNotContain("EN", "WILLEN", "SNEL", "EEN", "BESTAND", "IN", "HET", "VAN");
        assertThat(inHeading.size()).isLessThanOrEqualTo(4);
    }

    @Test
    void labelsAOneWordHeading() {
        String text = "Aleppo\n\nDe val van Aleppo wordt in Moskou gezien als een overwinning.";
        Document doc = document(text, new Sentence(0, 6, true));
        stage.process(doc);
        assertThat(doc.getEntities()).extracting(Entity::start, Entity::type).contains(
                org.assertj.core.groups.Tuple.tuple(0, "LOC"));
    }

    @Test
    void tagsAllTokensAsOneSentenceWhenThereAreNoSentences() {
        Document doc = document("Lavrov zei niet waar de gesprekken plaatsvinden.");
        doc.setSentences(List.of());
        stage.process(doc);
        assertThat(doc.getEntities()).extracting(Entity::text).contains("Lavrov");
    }

    @Test
    void englishGetsNoEntitiesYet() {
        Document doc = document("Sergey Lavrov met Bashar al-Assad in Damascus.");
        doc.setLanguage("en");
        stage.process(doc);
        assertThat(doc.getEntities()).isEmpty();
        assertThat(stage.name()).isEqualTo("ner");
    }

    /** A document with regex tokens and, unless given, one sentence per paragraph. */
    static Document document(String text, Sentence... headings) {
        Document doc = new Document("test", text);
        doc.setLanguage("nl");
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.start(), m.end()));
        }
        doc.setTokens(tokens);
        List<Sentence> sentences = new ArrayList<>(List.of(headings));
        int from = headings.length == 0 ? 0 : headings[headings.length - 1].end();
        for (String para : text.substring(from).split("\n\n")) {
            int start = text.indexOf(para, from);
            if (!para.isBlank()) {
                sentences.add(new Sentence(start, start + para.length()));
            }
            from = start + para.length();
        }
        doc.setSentences(sentences);
        return doc;
    }
}
