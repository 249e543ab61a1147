package org.kroniek.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentJsonTest {

    private static Document sample() {
        Document doc = new Document("d1", "De Syrische regering praat. Dinsdag.");
        doc.setSource("samples/a.txt");
        doc.setLanguage("nl");
        doc.setDct("2016-12-27T12:57");
        doc.setDctGranularity(DctGranularity.MINUTE);
        doc.setSentences(List.of(new Sentence(0, 27), new Sentence(28, 36, true)));
        doc.setTokens(List.of(new Token(0, 2, "DET", "de")));
        doc.setEntities(List.of(new Entity(3, 11, "Syrische", "MISC", "Syria", "SYR:GOV", 0.9)));
        doc.setMentions(List.of(new Mention(3, 11, "Syrische", "Syria", "SYR:GOV", "name", -1, 0.9)));
        doc.setTimexes(List.of(new Timex(28, 35, "Dinsdag", "DATE", "2016-12-27", null)));
        doc.setEvents(List.of(new Event(new Trigger(20, 26, "praat."), "CONSULT", "SYR:GOV", null, null,
                "2016-12-27", "asserted", null, 0, 0.5)));
        doc.getMetadata().put("feed", "x");
        return doc;
    }

    @Test
    void writesTheContractFieldNames() throws Exception {
        JsonNode json = DocumentJson.mapper().readTree(DocumentJson.toLine(sample()));
        assertThat(json.get("dct").asText()).isEqualTo("2016-12-27T12:57");
        assertThat(json.get("dctGranularity").asText()).isEqualTo("minute");
        assertThat(json.get("sentences").get(0).has("heading")).isFalse();
        assertThat(json.get("sentences").get(1).get("heading").asBoolean()).isTrue();
        assertThat(json.get("timexes").get(0).has("mod")).as("null mod is written as null").isTrue();
        assertThat(json.get("events").get(0).get("trigger").get("text").asText()).isEqualTo("praat.");
        assertThat(json.get("metadata").get("feed").asText()).isEqualTo("x");
    }

    @Test
    void roundTripsEveryLayer() {
        Document original = sample();
        Document copy = DocumentJson.fromJson(DocumentJson.toPrettyJson(original));
        assertThat(copy.getText()).isEqualTo(original.getText());
        assertThat(copy.getDctGranularity()).isEqualTo(DctGranularity.MINUTE);
        assertThat(copy.getSentences()).isEqualTo(original.getSentences());
        assertThat(copy.getTokens()).isEqualTo(original.getTokens());
        assertThat(copy.getEntities()).isEqualTo(original.getEntities());
        assertThat(copy.getMentions()).isEqualTo(original.getMentions());
        assertThat(copy.getTimexes()).isEqualTo(original.getTimexes());
        assertThat(copy.getEvents()).isEqualTo(original.getEvents());
        assertThat(copy.getMetadata()).containsEntry("feed", "x");
    }

    @Test
    void rejectsBrokenJsonWithAMessage() {
        assertThatThrownBy(() -> DocumentJson.fromJson("{\"id\": "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a kroniek document");
    }

    @Test
    void spansMustBeOrdered() {
        assertThatThrownBy(() -> new Token(5, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Sentence(-1, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
