package org.kroniek.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpLoadTest {
    @Test
    void pathsAreReportedByEndpoint() {
        assertThat(HttpLoad.endpoint("/api/stories/12/timeline")).isEqualTo("/api/stories/{id}/timeline");
        assertThat(HttpLoad.endpoint("/api/search?q=haven&from=2016-06")).isEqualTo("/api/search");
        assertThat(HttpLoad.endpoint("/api/documents/7")).isEqualTo("/api/documents/{id}");
        assertThat(HttpLoad.endpoint("/api/documents/by-id/a1")).isEqualTo("/api/documents/by-id/a1");
    }
}
