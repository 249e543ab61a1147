package org.kroniek.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kroniek.core.Document;
import org.kroniek.core.Entity;
import org.kroniek.core.Pipeline;
import org.kroniek.core.Stage;
import org.kroniek.core.Token;

class NlpPipelinesTest {

    @Test
    void standardPipelineRunsEveryStageInDependencyOrder() {
        Pipeline pipeline = NlpPipelines.standard();
        assertThat(pipeline.stages()).extracting(Stage::name).containsExactly("tokenize", "pos", "ner", "actors", "time", "events");
    }

    @Test
    void aDutchSentenceGetsTokensTagsLemmasAndEntities() {
        Document doc = new Document("d", "Minister Jan de Vries sprak dinsdag in Brussel met de Europese Commissie.");
        doc.setLanguage("nl");
        doc.setDct("2016-12-28");
        doc.setDctGranularity(org.kroniek.core.DctGranularity.DAY);
        NlpPipelines.standard().process(doc);

        assertThat(doc.getSentences()).hasSize(1);
        assertThat(doc.getTokens()).hasSize(13).allSatisfy(t -> assertThat(t.pos()).isNotNull());
        Token spoke = doc.getTokens().get(4);
        assertThat(doc.span(spoke.start(), spoke.end())).isEqualTo("sprak");
        assertThat(spoke.pos()).isEqualTo("VERB");
        assertThat(spoke.lemma()).isEqualTo("spreken");
        assertThat(doc.getTimexes()).extracting(t -> t.text(), t -> t.value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dinsdag", "2016-12-27"));
        assertThat(doc.getEntities()).extracting(Entity::text, Entity::type)
                .contains(org.assertj.core.groups.Tuple.tuple("Jan de Vries", "PER"),
                        org.assertj.core.groups.Tuple.tuple("Brussel", "LOC"));
    }
}
