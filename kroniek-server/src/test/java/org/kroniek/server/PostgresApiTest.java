package org.kroniek.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kroniek.store.StoreAddress;
import org.kroniek.testsupport.PostgresServer;

/** The JSON API over a PostgreSQL store: the same answers as over a store directory ({@link ApiTest}). */
class PostgresApiTest {
    static TestServer http;

    @BeforeAll
    static void start() {
        String unavailable = PostgresServer.unavailableReason();
        assumeTrue(unavailable == null, unavailable);
        http = new TestServer(StoreAddress.parse(PostgresServer.shared().createDatabase("api")), 64 * 1024,
                Duration.ofSeconds(2));
        HttpResponse<String> stored = http.post("/api/documents", "application/json", ApiTest.NIJMEGEN);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        if (http != null) {
            http.close();
        }
    }

    @Test
    void searchFindsTheStoredDocumentAndServesItsLayers() throws Exception {
        JsonNode hits = ApiTest.json(http.get("/api/search?q=stadhuis&facets=true"));
        assertThat(hits.get("total").asLong()).isEqualTo(1);
        JsonNode hit = hits.get("items").get(0);
        assertThat(hit.get("id").asText()).isEqualTo("nijmegen");
        assertThat(hit.get("snippets").get(0).asText()).contains("<mark>stadhuis</mark>");
        assertThat(hits.get("facets").get("months").get(0).get("value").asText()).isEqualTo("2024-03");

        JsonNode document = ApiTest.json(http.get("/api/documents/" + hit.get("seq").asLong()));
        assertThat(document.get("dct").asText()).isEqualTo("2024-03-05");
        assertThat(document.get("sentences").size()).isEqualTo(2);
        assertThat(document.get("entities").size()).isPositive();
        assertThat(document.get("ingestedAt").asText()).as("camelCase JSON names survive PostgreSQL").isNotEmpty();
        assertThat(ApiTest.json(http.get("/api/documents/by-id/nijmegen")).get("seq").asLong())
                .isEqualTo(hit.get("seq").asLong());
    }

    @Test
    void storingTheSameDocumentAgainChangesNothing() throws Exception {
        HttpResponse<String> again = http.post("/api/documents", "application/json", ApiTest.NIJMEGEN);
        assertThat(again.statusCode()).as(again.body()).isLessThan(300);
        assertThat(ApiTest.json(http.get("/api/search?q=stadhuis")).get("total").asLong()).isEqualTo(1);
    }

    @Test
    void storiesEventsAndActorsAreListed() throws Exception {
        JsonNode stories = ApiTest.json(http.get("/api/stories"));
        assertThat(stories.get("items").size()).isPositive();
        assertThat(stories.get("items").get(0).get("firstDay").asText()).isEqualTo("2024-03-05");
        JsonNode story = ApiTest.json(http.get("/api/stories/" + stories.get("items").get(0).get("id").asLong()));
        assertThat(story.get("documents").size()).isPositive();
        JsonNode events = ApiTest.json(http.get("/api/events?from=2016-01&to=2017-12&actor=SYR&type=consult"));
        assertThat(events.get("total").asLong()).isZero();
        JsonNode actors = ApiTest.json(http.get("/api/actors?q=nijmegen&limit=5"));
        assertThat(actors.get("total").asLong()).isPositive();
        long actor = actors.get("items").get(0).get("id").asLong();
        assertThat(ApiTest.json(http.get("/api/actors/" + actor)).get("activity").get(0).get("day").asText())
                .isEqualTo("2024-03-05");
        assertThat(ApiTest.json(http.get("/api/actors/" + actor + "/graph")).get("nodes").size()).isPositive();
    }

    @Test
    void aBadQueryIsA400WithAMessage() throws Exception {
        HttpResponse<String> response = http.get("/api/search?q=ha*en");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ApiTest.json(response).get("error").get("message").asText()).contains("not supported");
    }
}
