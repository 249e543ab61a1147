package org.kroniek.store;

import java.nio.file.Path;
import java.util.Map;

/** Which store directory a command uses: {@code --store DIR}, else {@code $KRONIEK_STORE}, else {@code ./kroniek-data}. */
public final class StoreLocation {
    public static final String ENVIRONMENT_VARIABLE = "KRONIEK_STORE";
    public static final String DEFAULT_DIRECTORY = "kroniek-data";

    private StoreLocation() {
    }

    public static Path resolve(Path option, Map<String, String> environment) {
        if (option != null) {
            return option;
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment);
        }
        return Path.of(DEFAULT_DIRECTORY);
    }

    public static Path resolve(Path option) {
        return resolve(option, System.getenv());
    }
}
