package org.kroniek.store.stories;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.kroniek.store.StoreAddress;
import org.kroniek.testsupport.PostgresServer;

/** {@link StoryLinkingContract} on a PostgreSQL store. */
class PostgresStoryLinkingTest extends StoryLinkingContract {
    @Override
    StoreAddress newStore() {
        String unavailable = PostgresServer.unavailableReason();
        assumeTrue(unavailable == null, unavailable);
        return StoreAddress.parse(PostgresServer.shared().createDatabase("stories"));
    }
}
