package org.kroniek.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.kroniek.store.search.QuerySyntaxException;
import org.kroniek.store.search.SearchRequest;
import org.kroniek.testsupport.PostgresServer;

/** {@link SearchContract} on a PostgreSQL store (its own text search, our syntax translated to tsquery). */
class PostgresSearchTest extends SearchContract {
    @Override
    StoreAddress newStore() {
        String unavailable = PostgresServer.unavailableReason();
        assumeTrue(unavailable == null, unavailable);
        return StoreAddress.parse(PostgresServer.shared().createDatabase("search"));
    }

    @Test
    void wildcardsInsideAWordAreAClearError() {
        assertThatThrownBy(() -> count(SearchRequest.of("ha*en")))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("not supported on a PostgreSQL store");
    }
}
