package org.kroniek.app.ingest;

import java.nio.file.Path;
import org.kroniek.store.StoreLocation;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the commands that use a store. */
public final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR",
            description = "Store directory (default: $" + StoreLocation.ENVIRONMENT_VARIABLE + ", else ./"
                    + StoreLocation.DEFAULT_DIRECTORY + ").")
    Path store;

    public Path directory() {
        return StoreLocation.resolve(store);
    }
}
