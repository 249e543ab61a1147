package org.kroniek.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.store.search.QuerySyntaxException;
import org.kroniek.store.search.SearchRequest;

/** {@link SearchContract} on a store directory (Lucene), plus the query syntax only Lucene has. */
class SearchTest extends SearchContract {
    @TempDir
    static Path dir;

    @Override
    StoreAddress newStore() {
        return StoreAddress.directory(dir);
    }

    @Test
    void wildcardsInsideAWordWork() throws Exception {
        assertThat(only(SearchRequest.of("delega*e")).id()).isEqualTo("wenen");
    }

    @Test
    void colonsInAnActorCodeMayBeEscapedOrNot() throws Exception {
        assertThat(only(SearchRequest.of("actor:BLV:GOV")).id()).isEqualTo("wenen");
        assertThat(only(SearchRequest.of("actor:blv\\:gov")).id()).isEqualTo("wenen");
        assertThat(only(SearchRequest.of("actor:\"blv:gov\" AND delegatie")).id()).isEqualTo("wenen");
    }

    @Test
    void aBrokenRegularExpressionIsAClearError() {
        // a /.../ term is a Lucene regular expression; a broken one is the user's syntax error, not a crash
        assertThatThrownBy(() -> count(SearchRequest.of("haven/html\"te/")))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("cannot parse the query");
    }
}
