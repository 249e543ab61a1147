package org.kroniek.store.stories;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.core.DocumentJson;
import org.kroniek.store.KroniekStore;
import org.kroniek.store.actors.ActorGraph;
import org.kroniek.store.export.EventTableExport;
import org.kroniek.store.export.JsonLdExport;
import org.kroniek.store.export.JsonLinesExport;
import org.kroniek.store.timeline.Timeline;
import org.kroniek.store.timeline.TimelineEntry;

/** Timelines, the actor graph and the exports over a store whose layers the test sets itself. */
class TimelineAndExportTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void ingest() {
        LinkedStore.write(dir, SyriaArticles.talks(), SyriaArticles.port(), SyriaArticles.scaleDown());
    }

    @Test
    void aStoryTimelineIsInDateOrderWithEveryReportOfAnEvent() {
        try (KroniekStore store = KroniekStore.openForReading(dir)) {
            List<TimelineEntry> timeline = new Timeline(store.connection()).forStory(1);
            assertThat(timeline).extracting(e -> e.date() + " " + e.type()).containsExactly(
                    "2016-12 SEIZE", "2016-12-27 STATEMENT", "2017-01-06 RETREAT", "2017-01-23 CONSULT", "2017-02 CONSULT");
            TimelineEntry astana = timeline.get(3);
            assertThat(astana.location()).isEqualTo("Astana");
            assertThat(astana.documents()).isEqualTo(2);
            assertThat(astana.sources()).extracting(s -> s.documentId()).containsExactly("talks", "scale-down");
            assertThat(astana.sources().get(0).sentenceText())
                    .isEqualTo("Russia wants the Syrian government and the rebels to meet for peace talks in Astana in January.");
            assertThat(astana.sources().get(1).sentenceText()).contains("expected to meet in Astana later this month");
            assertThat(astana.sources().get(1).mode()).isEqualTo("planned");
        }
    }

    @Test
    void anActorTimelineFindsItsEventsByNameOrByCountry() {
        try (KroniekStore store = KroniekStore.openForReading(dir)) {
            Timeline timeline = new Timeline(store.connection());
            assertThat(timeline.forActor("Sergey Lavrov")).extracting(TimelineEntry::type).containsExactly("STATEMENT");
            assertThat(timeline.forActor("rus")).extracting(TimelineEntry::type).containsExactly("STATEMENT", "RETREAT");
            assertThat(timeline.forActor("nobody")).isEmpty();
        }
    }

    @Test
    void theGraphCountsEventsOnceHoweverOftenReported() {
        try (KroniekStore store = KroniekStore.openForReading(dir)) {
            List<ActorGraph.Edge> edges = new ActorGraph(store.connection()).around("SYR:GOV");
            assertThat(edges).extracting(e -> e.actor() + " " + e.type() + " " + e.target() + " " + e.events() + "/" + e.mentions())
                    .containsExactly("SYR:GOV CONSULT SYR:OPP 2/2", "SYR:GOV SEIZE SYR:OPP 1/1", "SYR:OPP CONSULT SYR:GOV 1/1");
            assertThat(edges.get(0).actorName()).isEqualTo("Syrian government");
        }
    }

    @Test
    void theEventTableHasOneRowPerEventWithItsFirstSource() {
        StringWriter csv = new StringWriter();
        try (KroniekStore store = KroniekStore.openForReading(dir)) {
            assertThat(new EventTableExport(store.connection()).write(new PrintWriter(csv))).isEqualTo(6);
        }
        List<String> lines = csv.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", EventTableExport.COLUMNS))
                .startsWith("event_id,date,date_from_document,actor1_code,actor1_name,actor2_code,actor2_name,event_type");
        assertThat(lines).hasSize(7);
        String astana = lines.stream().filter(l -> l.contains(",Astana,")).findFirst().orElseThrow();
        assertThat(astana).startsWith("100000,2017-01-23,false,SYR:GOV,Syrian government,SYR:OPP,,CONSULT,planned,Astana,2,2,talks,test/talks.txt,2016-12-27,0,")
                .contains(",Russia wants the Syrian government and the rebels to meet for peace talks in Astana in January.,")
                .endsWith(",meet,0.80,1");
    }

    @Test
    void jsonLdDescribesArticlesStoriesAndEvents() throws Exception {
        JsonNode root;
        try (KroniekStore store = KroniekStore.openForReading(dir)) {
            root = DocumentJson.mapper().valueToTree(new JsonLdExport(store.connection()).build());
        }
        assertThat(root.at("/@context/@vocab").asText()).isEqualTo("https://schema.org/");
        assertThat(root.at("/@context/kr").asText()).isEqualTo(JsonLdExport.VOCABULARY);
        JsonNode article = find(root, "urn:kroniek:article:1");
        assertThat(article.get("@type").asText()).isEqualTo("NewsArticle");
        assertThat(article.get("headline").asText()).startsWith("Russia wants Syrian government");
        assertThat(article.get("datePublished").asText()).isEqualTo("2016-12-27");
        assertThat(article.at("/isPartOf/@id").asText()).isEqualTo("urn:kroniek:story:1");
        JsonNode event = find(root, "urn:kroniek:event:100000");
        assertThat(event.get("@type").toString()).isEqualTo("[\"Event\",\"kr:CONSULT\"]");
        assertThat(event.at("/location/name").asText()).isEqualTo("Astana");
        assertThat(event.at("/kr:actor/identifier").asText()).isEqualTo("SYR:GOV");
        assertThat(event.get("kr:report")).hasSize(2);
        assertThat(event.get("subjectOf")).hasSize(2);
        assertThat(find(root, "urn:kroniek:story:1").get("@type").asText()).isEqualTo("CreativeWorkSeries");
    }

    @Test
    void jsonLinesCarryEveryLayerWithStoryAndEventIds() throws Exception {
        StringWriter out = new StringWriter();
        try (KroniekStore store = KroniekStore.openForReading(dir)) {
            assertThat(new JsonLinesExport(store).write(new PrintWriter(out))).isEqualTo(3);
        }
        List<String> lines = out.toString().lines().toList();
        JsonNode third = DocumentJson.mapper().readTree(lines.get(2));
        assertThat(third.get("id").asText()).isEqualTo("scale-down");
        assertThat(third.get("story").asLong()).isEqualTo(1);
        assertThat(third.get("sentences")).hasSize(3);
        assertThat(third.at("/events/1/eventId").asLong()).isEqualTo(100000);
        assertThat(third.at("/entities/0/canonical").asText()).isEqualTo("Russia");
        // Readable again as analysed documents.
        assertThat(DocumentJson.fromJson(lines.get(2)).getEvents()).hasSize(3);
    }

    private static JsonNode find(JsonNode root, String id) {
        for (JsonNode node : root.get("@graph")) {
            if (node.path("@id").asText().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("no node " + id);
    }
}
