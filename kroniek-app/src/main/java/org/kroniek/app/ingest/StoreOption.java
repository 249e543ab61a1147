package org.kroniek.app.ingest;

import java.nio.file.Path;
import org.kroniek.store.StoreAddress;
import org.kroniek.store.StoreLocation;
import picocli.CommandLine.Option;

/** The {@code --store DIR|URL} option shared by the commands that use a store. */
public final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR|URL",
            description = "Store directory, or a PostgreSQL database as postgresql://USER@HOST:PORT/DB (password"
                    + " from the URL or $PGPASSWORD) (default: $" + StoreLocation.ENVIRONMENT_VARIABLE + ", else ./"
                    + StoreLocation.DEFAULT_DIRECTORY + ").")
    String store;

    /** The store to use: a directory or a PostgreSQL database. */
    public StoreAddress location() {
        return StoreLocation.resolveAddress(store);
    }

    /** The store as typed (option, else $KRONIEK_STORE, else the default directory), for a job's writers. */
    public String text() {
        return StoreLocation.resolveText(store, System.getenv());
    }

    /** The store directory; a clear error when the store is a PostgreSQL database. */
    public Path directory() {
        return location().path();
    }
}
