package org.kroniek.store.stories;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.store.StoreAddress;

/** {@link StoryLinkingContract} on a store directory. */
class StoryLinkingTest extends StoryLinkingContract {
    @TempDir
    Path dir;

    @Override
    StoreAddress newStore() {
        return StoreAddress.directory(dir);
    }
}
